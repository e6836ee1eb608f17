import { hash as hashOnPool } from '@node-rs/argon2';
import { PasswordHasher } from './password-hasher';

describe(PasswordHasher.name, () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and the OWASP parameters, a new salt each time, and verifies', async () => {
    const first = await hasher.hash('Correct horse battery staple');
    const second = await hasher.hash('Correct horse battery staple');
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(second).not.toBe(first);
    expect(first).not.toContain('Correct horse');
    await expect(hasher.verify(first, 'Correct horse battery staple')).resolves.toBe(true);
    await expect(hasher.verify(first, 'correct horse battery staple')).resolves.toBe(false);
  });

  it('answers each of many concurrent checks with its own result', async () => {
    const phc = await hasher.hash('right');
    const attempts = Array.from({ length: 9 }, (_, i) => (i % 3 === 0 ? 'right' : `wrong-${i}`));
    const verdicts = await Promise.all(attempts.map((password) => hasher.verify(phc, password)));
    expect(verdicts).toEqual(attempts.map((password) => password === 'right'));
  });

  it('verifies hashes made elsewhere with other parameters (to be upgraded at sign-in)', async () => {
    const older = await hashOnPool('s3cret', { memoryCost: 8192, timeCost: 3, parallelism: 1 });
    await expect(hasher.verify(older, 's3cret')).resolves.toBe(true);
    await expect(hasher.verify(older, 'S3cret')).resolves.toBe(false);
  });

  it('refuses a malformed hash and goes on answering the next checks', async () => {
    await expect(hasher.verify('$argon2id$not-a-hash', 'anything')).rejects.toThrow();
    const phc = await hasher.hash('still working');
    await expect(hasher.verify(phc, 'still working')).resolves.toBe(true);
  });
});
