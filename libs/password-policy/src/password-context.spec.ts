import { contextWords } from './password-context';

describe('contextWords', () => {
  it('takes the words of each part of the context, folded, with their source', () => {
    expect(
      contextWords({
        workspaceName: 'Cabinet Lefèvre & Associés',
        workspaceCode: 'lefevre',
        firstName: 'Jean-Pierre',
        lastName: 'Durandal',
        email: 'jp.durandal@fiduciaire-azur.fr',
        accessCode: 'GEST0042',
        otherWords: ['Marché'],
      }),
    ).toEqual([
      { word: 'cabinet', source: 'workspace' },
      { word: 'lefevre', source: 'workspace' },
      { word: 'associes', source: 'workspace' },
      { word: 'cabinetlefevreassocies', source: 'workspace' },
      { word: 'jean', source: 'name' },
      { word: 'pierre', source: 'name' },
      { word: 'jeanpierre', source: 'name' },
      { word: 'durandal', source: 'name' },
      { word: 'jeanpierredurandal', source: 'name' },
      { word: 'durandaljeanpierre', source: 'name' },
      { word: 'jpdurandal', source: 'email' },
      { word: 'fiduciaire', source: 'email' },
      { word: 'azur', source: 'email' },
      { word: 'fiduciaireazur', source: 'email' },
      { word: 'gest0042', source: 'access-code' },
      { word: 'marche', source: 'other' },
    ]);
  });

  it('drops words under 4 characters and the top-level domain', () => {
    expect(contextWords({ firstName: 'Léa', lastName: 'Roy', email: 'lea@roy.fr' })).toEqual([
      { word: 'learoy', source: 'name' },
      { word: 'roylea', source: 'name' },
    ]);
  });

  it('has nothing for an empty context', () => {
    expect(contextWords({})).toEqual([]);
    expect(contextWords({ email: null, firstName: '' })).toEqual([]);
  });
});
