import type { FakeAltchaWidget } from './altcha-stub';

/** The CAPTCHA widget on the page (the Jest stand-in of `<altcha-widget>`). */
export function captchaWidget(): FakeAltchaWidget {
  const widget = document.querySelector<FakeAltchaWidget>('altcha-widget');
  if (!widget) throw new Error('no CAPTCHA widget on the page');
  return widget;
}

/** Ends the proof of work as the real widget would, with `payload` as its answer. */
export function solveCaptcha(payload = 'captcha-payload'): void {
  captchaWidget().emit('verified', payload);
}
