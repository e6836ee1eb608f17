import { parseClamdReply } from './clamd-scanner';
import { ScanUnavailableError } from './virus-scanner';

describe(parseClamdReply.name, () => {
  it('reads a clean answer and a threat', () => {
    expect(parseClamdReply('stream: OK\0')).toEqual({ clean: true });
    expect(parseClamdReply('stream: Eicar-Test-Signature FOUND\0')).toEqual({
      clean: false,
      threat: 'Eicar-Test-Signature',
    });
  });

  it('takes anything else as no verdict (fail closed)', () => {
    for (const reply of ['INSTREAM size limit exceeded. ERROR\0', '', 'stream: OK maybe']) {
      expect(() => parseClamdReply(reply)).toThrow(ScanUnavailableError);
    }
  });
});
