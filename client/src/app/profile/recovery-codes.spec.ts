import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { type ComponentFixture, TestBed } from '@angular/core/testing';
import { answerSessionCheck, sessionInfo } from '../../testing/session-info';
import { provideI18n } from '../core/i18n';
import { RecoveryCodes } from './recovery-codes';

const codes = ['AAAAA-BBBBB', 'CCCCC-DDDDD'];
const expectedText =
  'Codes de secours Guichet — Cabinet Demo — 70016968\n' +
  "Chaque code ne sert qu'une fois.\n\nAAAAA-BBBBB\nCCCCC-DDDDD\n";

describe(RecoveryCodes.name, () => {
  let fixture: ComponentFixture<RecoveryCodes>;
  let finished: jest.Mock;

  beforeEach(async () => {
    localStorage.clear();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideI18n()],
    });
    answerSessionCheck(sessionInfo());
    fixture = TestBed.createComponent(RecoveryCodes);
    fixture.componentRef.setInput('codes', codes);
    finished = jest.fn();
    fixture.componentInstance.finished.subscribe(finished);
    await fixture.whenStable();
  });

  afterEach(() => {
    jest.restoreAllMocks();
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  const byTestId = <T extends Element = HTMLElement>(testId: string) =>
    (fixture.nativeElement as HTMLElement).querySelector<T>(`[data-testid="${testId}"]`);
  const status = () => byTestId('recovery-status')?.textContent.trim();

  it('copies the codes with the account they open, and says so', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });

    byTestId<HTMLButtonElement>('recovery-copy')!.click();
    await fixture.whenStable();

    expect(writeText).toHaveBeenCalledWith(expectedText);
    expect(status()).toBe('Les codes sont copiés dans le presse-papiers.');
  });

  it('asks the user to copy by hand when the browser refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      configurable: true,
    });

    byTestId<HTMLButtonElement>('recovery-copy')!.click();
    await fixture.whenStable();

    expect(status()).toBe('La copie a échoué : sélectionnez les codes et copiez-les vous-même.');
  });

  it('downloads the same text as a file', async () => {
    let saved: Blob | undefined;
    // jsdom has no object URLs.
    URL.createObjectURL = jest.fn((blob: Blob) => {
      saved = blob;
      return 'blob:codes';
    });
    URL.revokeObjectURL = jest.fn();
    const clicked = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('codes-de-secours-guichet.txt');
      expect(this.href).toBe('blob:codes');
    });

    byTestId<HTMLButtonElement>('recovery-download')!.click();

    expect(clicked).toHaveBeenCalledTimes(1);
    expect(saved?.type).toBe('text/plain;charset=utf-8');
    // jsdom's Blob has no text(); FileReader reads it as a browser would.
    const content = await new Promise<unknown>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(reader.result);
      reader.readAsText(saved!);
    });
    expect(content).toBe(expectedText);
  });

  it('lets the user go on only once they say the codes are saved', async () => {
    const done = byTestId<HTMLButtonElement>('recovery-done')!;
    expect(done.disabled).toBe(true);

    byTestId('recovery-acknowledge')?.querySelector('input')?.click();
    await fixture.whenStable();
    expect(done.disabled).toBe(false);
    done.click();

    expect(finished).toHaveBeenCalledTimes(1);
  });
});
