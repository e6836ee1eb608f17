import type { ErrorBody, ParcelDetail } from '@guichet/contracts';
import type { BrowserSession } from '../process/browser-session';
import { PDF } from '../support/parcels';

/** One answer seen by the traffic: status 0 is no answer at all (refused, reset, or a hang). */
export interface Outcome {
  step: 'create' | 'upload' | 'send' | 'list';
  status: number;
  code?: string;
  /** When the request left (Date.now()), and how long its answer took. */
  startedAt: number;
  ms: number;
}

/** Longer than any request needs: a request still waiting by then counts as a hang. */
const HANG_MS = 20_000;

/**
 * Clients sending parcels in a loop, as the portal does: create a draft, upload a document,
 * send, list. Every answer is kept, so that a test can say which failed and how.
 */
export class ParcelTraffic {
  readonly outcomes: Outcome[] = [];
  private running = false;
  private lanes: Promise<void>[] = [];

  constructor(
    private readonly base: string,
    private readonly sessions: BrowserSession[],
  ) {}

  start(): void {
    this.running = true;
    this.lanes = this.sessions.map((session, lane) => this.loop(session, lane));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.lanes);
  }

  failures(): Outcome[] {
    return this.outcomes.filter((outcome) => outcome.status >= 300 || outcome.status === 0);
  }

  successes(step: Outcome['step']): number {
    return this.outcomes.filter((o) => o.step === step && o.status < 300 && o.status > 0).length;
  }

  private async loop(session: BrowserSession, lane: number): Promise<void> {
    for (let round = 0; this.running; round++) {
      const draft = await this.step('create', () =>
        session.call(this.base, '/api/parcels', { subject: `Pièces ${lane}-${round}` }, this.init),
      );
      if (draft) {
        const { id } = draft as ParcelDetail;
        const form = new FormData();
        form.append('file', new Blob([PDF]), `releve-${lane}-${round}.pdf`);
        const stored = await this.step('upload', () =>
          session.call(this.base, `/api/parcels/${id}/documents`, form, this.init),
        );
        if (stored) {
          await this.step('send', () =>
            session.call(this.base, `/api/parcels/${id}/send`, {}, this.init),
          );
        }
      }
      await this.step('list', () =>
        session.call(this.base, '/api/parcels/sent', undefined, this.init),
      );
    }
  }

  private readonly init = { timeoutMs: HANG_MS };

  /** Runs one request; gives its JSON body when it succeeded, else records why and pauses. */
  private async step(step: Outcome['step'], request: () => Promise<Response>): Promise<unknown> {
    const started = performance.now();
    const startedAt = Date.now();
    try {
      const response = await request();
      const body = (await response.json().catch(() => undefined)) as unknown;
      const outcome: Outcome = {
        step,
        status: response.status,
        startedAt,
        ms: performance.now() - started,
      };
      if (response.status >= 300) outcome.code = (body as ErrorBody | undefined)?.code;
      this.outcomes.push(outcome);
      if (response.status < 300) return body ?? {};
    } catch (error) {
      const code = (error as Error).name === 'TimeoutError' ? 'HANG' : 'NO_ANSWER';
      this.outcomes.push({ step, status: 0, code, startedAt, ms: performance.now() - started });
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    return undefined;
  }
}
