import { TestBed } from '@angular/core/testing';
import { QrCode } from './qr-code';

describe(QrCode.name, () => {
  const render = async (text: string) => {
    const fixture = TestBed.createComponent(QrCode);
    fixture.componentRef.setInput('text', text);
    fixture.componentRef.setInput('label', 'QR code à scanner');
    await fixture.whenStable();
    const svg = (fixture.nativeElement as HTMLElement).querySelector('svg')!;
    const [, , width] = (svg.getAttribute('viewBox') ?? '').split(' ').map(Number);
    const dark = new Set(
      [...(svg.querySelector('path')?.getAttribute('d') ?? '').matchAll(/M(\d+) (\d+)/g)].map(
        ([, x, y]) => `${x},${y}`,
      ),
    );
    return { svg, width: width ?? 0, dark };
  };

  it('is an image named for screen readers', async () => {
    const { svg } = await render('otpauth://totp/Guichet:70016968?secret=JBSWY3DP&issuer=Guichet');

    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('QR code à scanner');
  });

  it('draws a QR symbol: a square of 21 + 4n modules with a quiet zone and finder patterns', async () => {
    const { width, dark } = await render(
      'otpauth://totp/Guichet:ADMIN001?secret=ABC&issuer=Guichet',
    );
    const modules = width - 8;

    expect((modules - 21) % 4).toBe(0);
    // The quiet zone (4 modules) is blank; the top-left finder starts with a dark 7×7 border.
    expect(dark.has('3,4')).toBe(false);
    for (const [x, y] of [
      [4, 4],
      [10, 4],
      [4, 10],
      [10, 10],
      [7, 7],
    ]) {
      expect(dark.has(`${x},${y}`)).toBe(true);
    }
    expect(dark.has('5,5')).toBe(false);
  });

  it('grows with what it holds', async () => {
    const short = await render('otpauth://totp/A?secret=JBSWY3DP');
    const long = await render(`otpauth://totp/Guichet:${'X'.repeat(60)}?secret=${'A'.repeat(32)}`);

    expect(long.width).toBeGreaterThan(short.width);
  });
});
