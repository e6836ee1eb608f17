import { blockListCandidates } from './block-list-candidates';

describe('blockListCandidates', () => {
  it('strips digit and symbol affixes and undoes leetspeak', () => {
    expect(blockListCandidates('P@ssw0rd!')).toContain('password');
    expect(blockListCandidates('Azerty123')).toContain('azerty');
    expect(blockListCandidates('2024!!Azerty')).toContain('azerty');
  });

  it('keeps a leading or trailing leetspeak character that belongs to the word', () => {
    expect(blockListCandidates('$oleil2024!')).toContain('soleil');
    expect(blockListCandidates('chocola7')).toContain('chocolat');
  });

  it('removes separators and finds the unit of a repeated word', () => {
    expect(blockListCandidates('Mot-de-passe')).toContain('motdepasse');
    expect(blockListCandidates('azertyazerty')).toContain('azerty');
  });

  it('finds the digits of a password that has no letter', () => {
    expect(blockListCandidates('123456!!')).toContain('123456');
  });

  it('ignores candidates under 3 characters', () => {
    expect(blockListCandidates('ab12345')).not.toContain('ab');
  });
});
