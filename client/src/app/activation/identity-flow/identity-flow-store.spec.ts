import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { IdentityErrorCode } from '@guichet/contracts';
import { answerFlow, apiError, atVerifyCode, flowState } from '../../../testing/identity-flow';
import { IdentityFlowStore } from './identity-flow-store';
import {
  FIRST_CONNECTION,
  IDENTITY_WIZARD,
  type IdentityWizardConfig,
  LEGACY_MIGRATION,
} from './identity-wizard';

describe(IdentityFlowStore.name, () => {
  let http: HttpTestingController;
  let store: IdentityFlowStore;

  const create = (config: IdentityWizardConfig) => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: IDENTITY_WIZARD, useValue: config },
        IdentityFlowStore,
      ],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(IdentityFlowStore);
  };

  afterEach(() => {
    http.verify();
  });

  describe('of the first connection', () => {
    beforeEach(() => create(FIRST_CONNECTION));

    it('resumes the server flow once per visit', async () => {
      const resuming = store.resume();
      await answerFlow(flowState({ step: 'contact' }));
      await resuming;

      expect(store.firstIncompleteStep()).toBe('contact');
      expect(store.canOpen('contact')).toBe(true);
      expect(store.canOpen('verify-code')).toBe(false);
      expect(store.canOpen('access-code')).toBe(false);
      expect(store.stage()).toBe(1);
      await store.resume();
      http.expectNone('/api/identity/flow');
    });

    it('starts at the access code when the browser has no flow', async () => {
      const resuming = store.resume();
      await answerFlow(null);
      await resuming;

      expect(store.state()).toBeNull();
      expect(store.firstIncompleteStep()).toBe('access-code');
    });

    it('ignores a flow of the other wizard', async () => {
      const resuming = store.resume();
      await answerFlow(flowState({ kind: 'legacy-migration', step: 'enter-email' }));
      await resuming;

      expect(store.firstIncompleteStep()).toBe('access-code');
    });

    it('is reset when the flow is cancelled, on the server and here', async () => {
      store.begin(atVerifyCode());
      expect(store.resendAvailableAt()).not.toBeNull();

      const cancelling = store.cancel();
      http.expectOne({ method: 'DELETE', url: '/api/identity/flow' }).flush(null, {
        status: 204,
        statusText: 'No Content',
      });
      await cancelling;

      expect(store.state()).toBeNull();
      expect(store.resendAvailableAt()).toBeNull();
      expect(store.firstIncompleteStep()).toBe('access-code');
      // Known to have no flow: nothing to ask the server.
      await store.resume();
      http.expectNone('/api/identity/flow');
    });

    it('is reset even when the server cannot be reached to cancel', async () => {
      store.begin(flowState());

      const cancelling = store.cancel();
      http.expectOne('/api/identity/flow').error(new ProgressEvent('error'));
      await cancelling;

      expect(store.state()).toBeNull();
    });

    it('asks the server again on the next visit, the flow may have moved on', async () => {
      store.begin(flowState({ step: 'contact' }));
      store.forget();

      const resuming = store.resume();
      await answerFlow(atVerifyCode());
      await resuming;

      expect(store.firstIncompleteStep()).toBe('verify-code');
    });

    it('goes back to the start saying why when the flow is gone', () => {
      store.begin(atVerifyCode());

      store.restart({ key: 'errors.IDENTITY_FLOW_ENDED' });

      expect(store.firstIncompleteStep()).toBe('access-code');
      expect(store.notice()).toEqual({ key: 'errors.IDENTITY_FLOW_ENDED' });
    });

    it('forgets the notice of an earlier flow when a new one starts', () => {
      store.restart({ key: 'errors.IDENTITY_FLOW_ENDED' });

      store.begin(flowState());

      expect(store.notice()).toBeNull();
    });
  });

  describe('of the legacy migration', () => {
    beforeEach(() => create(LEGACY_MIGRATION));

    it('starts the flow on entry when there is none', async () => {
      const resuming = store.resume();
      await answerFlow(null);
      http
        .expectOne({ method: 'POST', url: '/api/identity/legacy-migration' })
        .flush(flowState({ kind: 'legacy-migration', step: 'enter-email' }));
      await resuming;

      expect(store.firstIncompleteStep()).toBe('enter-email');
      expect(store.stage()).toBe(0);
    });

    it('resumes its own flow without starting another', async () => {
      const resuming = store.resume();
      await answerFlow(flowState({ kind: 'legacy-migration', step: 'link-sent' }));
      await resuming;

      expect(store.firstIncompleteStep()).toBe('link-sent');
      http.expectNone('/api/identity/legacy-migration');
    });

    it('says so when the flow can be neither resumed nor started', async () => {
      const resuming = store.resume();
      await answerFlow(null);
      apiError(http.expectOne('/api/identity/legacy-migration'), 503, 'COMMON_SERVICE_UNAVAILABLE');
      await resuming;

      expect(store.firstIncompleteStep()).toBeNull();
      expect(store.problem()).toBe('errors.COMMON_SERVICE_UNAVAILABLE');
    });

    it('starts a new flow after one was lost', async () => {
      store.begin(flowState({ kind: 'legacy-migration', step: 'contact' }));
      store.restart({ key: `errors.${IdentityErrorCode.FlowNotFound}` });

      const resuming = store.resume();
      await answerFlow(null);
      http
        .expectOne('/api/identity/legacy-migration')
        .flush(flowState({ kind: 'legacy-migration', step: 'confirm-email' }));
      await resuming;

      expect(store.firstIncompleteStep()).toBe('confirm-email');
      expect(store.notice()).toEqual({ key: 'errors.IDENTITY_FLOW_NOT_FOUND' });
    });
  });
});
