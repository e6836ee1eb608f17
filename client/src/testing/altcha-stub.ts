/**
 * Stands in for the `altcha` package under Jest (client/jest.config.cjs maps the import here):
 * the real widget needs Web Workers and a secure context, which jsdom has not. This element keeps
 * the widget's surface (`verify`, `reset`, the `statechange` event); `solveCaptcha()` plays the
 * end of a proof of work.
 */
export class FakeAltchaWidget extends HTMLElement {
  /** How many times a new proof of work was started. */
  verifications = 0;

  verify(): Promise<null> {
    this.verifications++;
    this.emit('verifying');
    return Promise.resolve(null);
  }

  reset(): void {
    this.emit('unverified');
  }

  configure(): Promise<void> {
    return Promise.resolve();
  }

  /** Dispatches `statechange` as the widget does (`{ state, payload }`). */
  emit(state: string, payload: string | null = null): void {
    this.dispatchEvent(new CustomEvent('statechange', { detail: { state, payload } }));
  }
}

if (!customElements.get('altcha-widget')) {
  customElements.define('altcha-widget', FakeAltchaWidget);
}

const wording = new Map<string, Record<string, string>>([['en', {}]]);
// The part of the `$altcha` global the application uses: the wording registry.
globalThis.$altcha ??= {
  i18n: {
    get: (name: string) => wording.get(name) ?? {},
    set: (name: unknown, value?: Record<string, string>) => {
      if (typeof name === 'string' && value) wording.set(name, value);
    },
  },
} as unknown as typeof globalThis.$altcha;
