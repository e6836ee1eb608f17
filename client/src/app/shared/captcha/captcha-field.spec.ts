import { ChangeDetectionStrategy, Component, signal, viewChild } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { captchaWidget, solveCaptcha } from '../../../testing/captcha';
import { CaptchaField } from './captcha-field';

@Component({
  selector: 'app-captcha-host',
  imports: [CaptchaField],
  template: `<app-captcha-field (payloadChange)="payloads.update((all) => [...all, $event])" />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class CaptchaHost {
  readonly field = viewChild.required(CaptchaField);
  readonly payloads = signal<(string | null)[]>([]);
}

describe(CaptchaField.name, () => {
  beforeEach(() => {
    localStorage.clear();
  });

  const render = async () => {
    const fixture = TestBed.createComponent(CaptchaHost);
    await fixture.whenStable();
    return { fixture, host: fixture.componentInstance };
  };

  it('gives the answer once the proof of work is done, and says so politely', async () => {
    const { fixture, host } = await render();
    expect(host.field().payload()).toBeNull();

    solveCaptcha('payload-1');
    await fixture.whenStable();

    expect(host.field().payload()).toBe('payload-1');
    expect(host.payloads()).toEqual(['payload-1']);
    const status = (fixture.nativeElement as HTMLElement).querySelector(
      '[data-testid="captcha-status"]',
    );
    expect(status?.getAttribute('role')).toBe('status');
    expect(status?.textContent.trim()).toBe('Vérification anti-robot terminée.');
  });

  it('drops the answer and solves a new challenge on reset', async () => {
    const { fixture, host } = await render();
    solveCaptcha('payload-1');
    const before = captchaWidget().verifications;

    host.field().reset();
    await fixture.whenStable();

    expect(host.field().payload()).toBeNull();
    expect(captchaWidget().verifications).toBe(before + 1);
    expect(host.payloads()).toEqual(['payload-1', null]);
  });

  it('starts again by itself when a challenge expires', async () => {
    const { fixture, host } = await render();
    solveCaptcha('payload-1');
    const before = captchaWidget().verifications;

    captchaWidget().emit('expired');
    await fixture.whenStable();

    expect(host.field().payload()).toBeNull();
    expect(captchaWidget().verifications).toBe(before + 1);
  });

  it('says when the check failed', async () => {
    const { fixture } = await render();

    captchaWidget().emit('error');
    await fixture.whenStable();

    expect(
      (fixture.nativeElement as HTMLElement)
        .querySelector('[data-testid="captcha-status"]')
        ?.textContent.trim(),
    ).toBe('La vérification anti-robot a échoué. Cochez la case pour réessayer.');
  });
});
