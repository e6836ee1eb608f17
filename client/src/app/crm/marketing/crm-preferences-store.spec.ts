import { HttpResponse, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { CommonErrorCode } from '@guichet/contracts';
import { adminSession, staffSession } from '../../../testing/session-info';
import { SessionStore } from '../../core/session/session-store';
import { CrmPreferencesStore } from './crm-preferences-store';

describe(CrmPreferencesStore.name, () => {
  let http: HttpTestingController;
  let store: CrmPreferencesStore;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(CrmPreferencesStore);
    signInAs(staffSession());
  });

  afterEach(() => {
    http.verify();
  });

  const signInAs = (session: ReturnType<typeof staffSession>) =>
    TestBed.inject(SessionStore).accept(new HttpResponse({ body: session }));
  const answer = async (load: Promise<boolean | null>, excludeMarketingOptOut: boolean) => {
    http.expectOne('/api/crm/preferences').flush({ excludeMarketingOptOut });
    return load;
  };

  it('asks the server once, then answers from memory, saved changes included', async () => {
    await expect(answer(store.load(), false)).resolves.toBe(false);
    await expect(store.load()).resolves.toBe(false);

    const saved = new Promise((resolve) => store.save(true).subscribe(resolve));
    http.expectOne({ method: 'PUT', url: '/api/crm/preferences' }).flush({
      excludeMarketingOptOut: true,
    });
    await saved;

    await expect(store.load()).resolves.toBe(true);
  });

  it("asks again for another account signed in on the same page: never someone else's default", async () => {
    await expect(answer(store.load(), true)).resolves.toBe(true);

    signInAs(adminSession({ account: { id: 'a1b2c3d4-0000-4000-8000-0000000000ad' } }));
    expect(store.excludeMarketingOptOut()).toBeNull();
    await expect(answer(store.load(), false)).resolves.toBe(false);
  });

  it('answers null when the server could not say, and asks again next time', async () => {
    const load = store.load();
    http
      .expectOne('/api/crm/preferences')
      .flush(
        { code: CommonErrorCode.Internal, message: 'boom' },
        { status: 500, statusText: 'Server Error' },
      );
    await expect(load).resolves.toBeNull();

    await expect(answer(store.load(), true)).resolves.toBe(true);
  });
});
