import { measureSms } from './sms-segments';
import { shortenFirmName, toGsm7FirmName } from './sms-firm-name';

describe(toGsm7FirmName.name, () => {
  it('keeps the accents GSM-7 has and drops the others', () => {
    expect(toGsm7FirmName('Gérance Façade Fenêtre Île Hôtel Noël')).toBe(
      'Gérance Facade Fenetre Ile Hotel Noel',
    );
  });

  it('writes typographic punctuation plainly and drops what has no GSM-7 form', () => {
    const name = toGsm7FirmName('L’Œuvre « Syndic » — Paris… 🏠');
    expect(name).toBe('L\'OEuvre " Syndic " - Paris...');
    expect(measureSms(name).encoding).toBe('GSM-7');
  });

  it('turns line breaks and runs of spaces into one space', () => {
    expect(toGsm7FirmName('  Cabinet\n\tDegueldre  ')).toBe('Cabinet Degueldre');
  });
});

describe(shortenFirmName.name, () => {
  it('cuts at a word boundary when it keeps at least half of the length', () => {
    expect(shortenFirmName('Cabinet Degueldre Gestion', 20)).toBe('Cabinet Degueldre');
    expect(shortenFirmName('Cabinet Degueldre', 17)).toBe('Cabinet Degueldre');
  });

  it('cuts inside a word that is longer than half, without a dangling separator', () => {
    expect(shortenFirmName('Administrateurdebiens', 10)).toBe('Administra');
    expect(shortenFirmName('Dupont & Fils', 8)).toBe('Dupont');
  });
});
