import { parseAddresses } from './compose-message-page';
import { recipientStatus } from '../sent/sent-messages-page';

describe('secure messages (PARCEL-8)', () => {
  it('reads addresses one per line or separated by commas, lower-cased and deduplicated', () => {
    expect(parseAddresses(' A@x.fr,\nb@y.fr ; a@X.fr  ')).toEqual(['a@x.fr', 'b@y.fr']);
  });

  it('shows the furthest step an address reached', () => {
    const base = {
      id: '1',
      email: 'a@x.fr',
      notifiedAt: null,
      codeRequestedAt: null,
      openedAt: null,
      downloadedAt: null,
    };
    expect(recipientStatus(base)).toBe('messages.status.draft');
    expect(recipientStatus({ ...base, notifiedAt: 'x' })).toBe('messages.status.notified');
    expect(recipientStatus({ ...base, notifiedAt: 'x', codeRequestedAt: 'x' })).toBe(
      'messages.status.codeRequested',
    );
    expect(recipientStatus({ ...base, openedAt: 'x' })).toBe('messages.status.opened');
    expect(recipientStatus({ ...base, openedAt: 'x', downloadedAt: 'x' })).toBe(
      'messages.status.downloaded',
    );
  });
});
