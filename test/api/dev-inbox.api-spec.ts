import { CommonErrorCode, type DevInboxItem } from '@guichet/contracts';
import { startTestApp, type TestApp } from '../support/test-app';

describe('development inbox', () => {
  let testApp: TestApp;

  /** Asks the inbox until it holds `count` items (the worker runs in the background). */
  const inboxOf = async (count: number): Promise<DevInboxItem[]> => {
    for (let attempt = 0; attempt < 100; attempt++) {
      const items = (await testApp.http.get('/api/dev/inbox').expect(200)).body as DevInboxItem[];
      if (items.length >= count) return items;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`the dev inbox did not receive ${count} messages`);
  };

  beforeAll(async () => {
    testApp = await startTestApp({
      env: { NODE_ENV: 'development', PUBLIC_URL: 'https://portal.example/', OUTBOX_POLL_MS: '50' },
    });
  });

  afterAll(() => testApp.close());

  it('captures every template through a real SMTP hop, with links from PUBLIC_URL whatever the Host header says', async () => {
    const client = await testApp.client();
    const response = await client
      .post('/api/dev/inbox/samples')
      .set('Host', 'evil.example')
      .set('X-Forwarded-Host', 'evil.example')
      .send({ email: 'claire.martin@example.test', mobile: '06 12 34 56 78', language: 'en' })
      .expect(201);
    expect(response.body).toEqual({ queued: 13 });

    const items = await inboxOf(13);
    const mails = items.filter((item) => item.channel === 'mail');
    const texts = items.filter((item) => item.channel === 'sms');
    expect(mails).toHaveLength(12);
    expect(texts).toEqual([
      expect.objectContaining({ to: '+33612345678', text: expect.stringContaining('482913') }),
    ]);
    for (const mail of mails) {
      expect(mail.to).toBe('claire.martin@example.test');
      expect(mail.subject).toBeTruthy();
      expect(mail.html).toContain('Mrs Bataillon');
      expect(`${mail.html} ${mail.text}`).not.toContain('evil.example');
    }
    const links = mails.flatMap((mail) => mail.text.match(/https?:\/\/\S+/g) ?? []);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((link) => link.startsWith('https://portal.example/'))).toBe(true);
    const received = items.map((item) => Date.parse(item.receivedAt));
    expect(received).toEqual([...received].sort((a, b) => b - a));
  });

  it('refuses a malformed request with the fields at fault', async () => {
    const client = await testApp.client();
    const response = await client
      .post('/api/dev/inbox/samples')
      .send({ email: 'not-an-address', language: 'de' })
      .expect(422);
    expect(response.body.code).toBe(CommonErrorCode.ValidationFailed);
    expect(Object.keys(response.body.fields).sort()).toEqual(['email', 'language']);
  });
});

describe('outside development mode', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp();
  });

  afterAll(() => testApp.close());

  it('has no dev inbox at all', async () => {
    const client = await testApp.client();
    await client.get('/api/dev/inbox').expect(404);
    await client.post('/api/dev/inbox/samples').send({}).expect(404);
  });
});
