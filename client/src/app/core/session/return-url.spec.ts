import { safeReturnUrl } from './return-url';

describe(safeReturnUrl.name, () => {
  it.each(['/home', '/admin/outbox?page=2', '/home#top'])('keeps a path of the app: %s', (url) => {
    expect(safeReturnUrl(url)).toBe(url);
  });

  it.each([
    null,
    '',
    'home',
    '//evil.example/path',
    '/\\evil.example',
    'https://evil.example',
    'javascript:alert(1)',
    '/\t/evil.example',
    '/login',
    '/login?returnUrl=%2Fhome',
    '/w/demo/login',
  ])('refuses %p', (url) => {
    expect(safeReturnUrl(url)).toBeNull();
  });
});
