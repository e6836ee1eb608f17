import { sensitiveCategoriesIn } from './sensitive-text';

describe('sensitiveCategoriesIn', () => {
  it('finds health, religion, opinions, offences and insults in French remarks', () => {
    expect(sensitiveCategoriesIn('Hospitalisée pour un cancer, rappeler en mai')).toEqual([
      'health',
    ]);
    expect(sensitiveCategoriesIn('Ne pas appeler pendant le ramadan')).toEqual(['religion']);
    expect(sensitiveCategoriesIn('Il est délégué syndical à la CGT')).toEqual(['opinions']);
    expect(sensitiveCategoriesIn('A un casier judiciaire chargé')).toEqual(['offences']);
    expect(sensitiveCategoriesIn('Client désagréable, un vrai connard')).toEqual(['insults']);
  });

  it('finds the same categories in English remarks', () => {
    expect(sensitiveCategoriesIn('On sick leave until June')).toEqual(['health']);
    expect(sensitiveCategoriesIn('Goes to church every Sunday')).toEqual(['religion']);
    expect(sensitiveCategoriesIn('Shop steward of the trade union')).toEqual(['opinions']);
    expect(sensitiveCategoriesIn('Was convicted of fraud in 2019')).toEqual(['offences']);
    expect(sensitiveCategoriesIn('What a moron')).toEqual(['insults']);
  });

  it('ignores case and accents, and lists several categories in a fixed order', () => {
    expect(sensitiveCategoriesIn('HOPITAL')).toEqual(['health']);
    expect(sensitiveCategoriesIn('l’hôpital')).toEqual(['health']);
    expect(sensitiveCategoriesIn('Condamné, et en plus malade')).toEqual(['health', 'offences']);
    expect(sensitiveCategoriesIn('garde-à-vue')).toEqual(['offences']);
  });

  it('matches whole words only, so ordinary business notes pass', () => {
    expect(sensitiveCategoriesIn('Le syndic de copropriété valide le devis')).toEqual([]);
    expect(sensitiveCategoriesIn('Pros and cons of the premium plan')).toEqual([]);
    expect(sensitiveCategoriesIn('Converted to the annual contract, billing in June')).toEqual([]);
    expect(sensitiveCategoriesIn('Rendez-vous au salon de la santé, stand 12')).toEqual([]);
    expect(sensitiveCategoriesIn('Still waiting for the signed order')).toEqual([]);
    expect(sensitiveCategoriesIn('Conseil en organisation, très satisfait')).toEqual([]);
    expect(sensitiveCategoriesIn('')).toEqual([]);
  });
});
