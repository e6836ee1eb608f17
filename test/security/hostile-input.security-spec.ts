import fc from 'fast-check';
import type { Response, Test } from 'supertest';
import { CommonErrorCode, Role } from '@guichet/contracts';
import type { ApiClient } from '../support/api-client';
import { makeBlobDir, removeBlobDir } from '../support/parcels';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildAccessWorld, type AccessWorld } from './access-world';
import { changedTables, databaseDigest } from './database-digest';
import { dtoFields } from './dto-fields';
import {
  HEADER_INJECTIONS,
  hostileString,
  hostileValue,
  PROTOTYPE_KEYS,
  SMUGGLED_KEYS,
  nested,
  wrongType,
} from './hostile-values';
import { KNOWN_ERROR_CODES } from './known-codes';
import { fillPath } from './route-calls';
import { ROUTE_POLICY } from './route-policy';
import { type LiveRoute, liveRoutes } from './route-table';

/** Runs per route and family; `SECURITY_FUZZ_RUNS=10` multiplies them for a deeper local run. */
const RUNS = Number(process.env.SECURITY_FUZZ_RUNS ?? '1');
const runs = (base: number) => ({ numRuns: base * RUNS, endOnFailure: true });

/** A JSON object written by hand, so that keys such as `__proto__` stay plain keys. */
function jsonText(entries: [string, unknown][]): string {
  return `{${entries.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(value)}`).join(',')}}`;
}

/**
 * ASVS V1/V2/V4 (encoding, validation, API): every route of the live app, fed generated hostile
 * input, answers 4xx with a known code and leaves the database as it was, or (for input that is
 * merely odd but valid, such as a search for `' OR 1=1`) answers normally; never a 500.
 */
describe('hostile inputs (ASVS V1, V2, V4)', () => {
  let testApp: TestApp;
  let blobDir: string;
  let routes: LiveRoute[];
  let world: AccessWorld;
  const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

  /** The caller that gets furthest into a route: its rightful role. */
  function callerOf(route: LiveRoute): { client: ApiClient; headers: Record<string, string> } {
    const policy = ROUTE_POLICY[route.key]!;
    if (policy.audience === 'machine') {
      return { client: world.anonymous, headers: { Authorization: `Bearer ${world.keys.all}` } };
    }
    if (policy.audience === 'public') return { client: world.anonymous, headers: {} };
    const roles = policy.roles ?? [Role.Admin];
    return {
      client: world.callers[roles.includes(Role.Admin) ? Role.Admin : roles[0]!],
      headers: {},
    };
  }

  function ownPath(route: LiveRoute): string {
    const params = ROUTE_POLICY[route.key]!.params ?? {};
    return fillPath(
      route,
      Object.fromEntries(Object.entries(params).map(([name, kind]) => [name, world.own[kind]])),
    );
  }

  function start(route: LiveRoute, path = ownPath(route)): Test {
    const { client, headers } = callerOf(route);
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    const request = client[method](path);
    for (const [name, value] of Object.entries(headers)) request.set(name, value);
    return request;
  }

  /**
   * Sends one hostile request and checks the answer. `strict`: the input is invalid, so only a
   * refusal will do; otherwise a normal answer is fine too.
   */
  async function expectSafe(
    label: string,
    send: () => Test,
    options: { strict: boolean; status?: number; code?: string; digest?: boolean } = {
      strict: true,
    },
  ): Promise<Response> {
    // Without a digest of its own, the caller compares one around a batch of refusals.
    const digest = options.digest ?? true;
    const before = digest ? await databaseDigest(testApp.database.url) : {};
    const response = await send().then((r) => r);
    const after = digest ? await databaseDigest(testApp.database.url) : {};
    const refused = response.status >= 400;
    const code = response.body?.code as string | undefined;
    const problems = [
      response.status >= 500 && `answered ${response.status} ${code ?? response.text.slice(0, 80)}`,
      refused && !KNOWN_ERROR_CODES.has(code ?? '') && `unknown code ${code}`,
      refused &&
        changedTables(before, after).length > 0 &&
        `changed ${changedTables(before, after)}`,
      options.strict && !refused && `accepted with ${response.status}`,
      options.status !== undefined &&
        response.status !== options.status &&
        `status ${response.status}`,
      options.code !== undefined && code !== options.code && `code ${code}`,
      Object.getOwnPropertyNames(Object.prototype).sort().join() !== prototypeKeys.join() &&
        'polluted Object.prototype',
    ].filter(Boolean);
    const shown = label.length > 300 ? `${label.slice(0, 300)}…` : label;
    expect({ label: shown, problems }).toEqual({ label: shown, problems: [] });
    return response;
  }

  /** Runs a batch of requests that must all be refused, and checks the database did not move. */
  async function unchangedAround(batch: () => Promise<void>): Promise<void> {
    const before = await databaseDigest(testApp.database.url);
    await batch();
    expect(changedTables(before, await databaseDigest(testApp.database.url))).toEqual([]);
  }

  beforeAll(async () => {
    blobDir = await makeBlobDir();
    testApp = await startTestApp({
      demoData: true,
      env: { BLOB_DIR: blobDir, THROTTLE_IP_FREE: '10000', THROTTLE_IDENTIFIER_FREE: '100' },
    });
    routes = liveRoutes(testApp.app);
    world = await buildAccessWorld(testApp);
  }, 120_000);

  afterAll(async () => {
    await testApp.close();
    await removeBlobDir(blobDir);
  });

  const withBody = () => routes.filter((route) => route.body);

  it('refuses bodies with wrong types and smuggled keys (mass assignment, __proto__) with 422', async () => {
    for (const route of withBody()) {
      const fields = dtoFields(route.body!).map((field) => field.name);
      const smuggled = SMUGGLED_KEYS.filter((key) => !fields.includes(key));
      const body = fc.tuple(
        fc.dictionary(fc.constantFrom(...fields), wrongType, { maxKeys: fields.length }),
        fc.constantFrom(...smuggled),
        hostileValue,
        fc.option(fc.tuple(fc.constantFrom(...PROTOTYPE_KEYS), fc.constant({ isAdmin: true }))),
      );
      await fc.assert(
        fc.asyncProperty(body, async ([known, junk, junkValue, pollution]) => {
          const entries: [string, unknown][] = [...Object.entries(known), [junk, junkValue]];
          if (pollution) entries.push(pollution);
          const text = jsonText(entries);
          await expectSafe(`${route.key} ${text}`, () =>
            start(route).set('Content-Type', 'application/json').send(text),
          );
        }),
        runs(4),
      );
    }
  }, 180_000);

  it('survives SQL, script, traversal, Unicode and size edge strings in every field', async () => {
    for (const route of withBody()) {
      const fields = dtoFields(route.body!).map((field) => field.name);
      const body = fc.dictionary(fc.constantFrom(...fields), hostileString, {
        minKeys: 1,
        maxKeys: fields.length,
      });
      await fc.assert(
        fc.asyncProperty(body, async (values) => {
          const text = jsonText(Object.entries(values));
          await expectSafe(
            `${route.key} ${text.slice(0, 200)}`,
            () => start(route).set('Content-Type', 'application/json').send(text),
            { strict: false },
          );
        }),
        runs(6),
      );
    }
  }, 180_000);

  it('refuses CR/LF and other header injection in every e-mail field, sending nothing', async () => {
    const mailRoutes = withBody().filter((route) => dtoFields(route.body!).some((f) => f.email));
    expect(mailRoutes.length).toBeGreaterThan(3);
    for (const route of mailRoutes) {
      for (const field of dtoFields(route.body!).filter((f) => f.email)) {
        for (const injection of HEADER_INJECTIONS) {
          const value = field.name === 'recipients' ? [injection] : injection;
          const response = await expectSafe(
            `${route.key} ${field.name}=${JSON.stringify(value)}`,
            () =>
              start(route)
                .set('Content-Type', 'application/json')
                .send(jsonText([[field.name, value]])),
          );
          expect({ route: route.key, fields: Object.keys(response.body.fields ?? {}) }).toEqual({
            route: route.key,
            fields: expect.arrayContaining([expect.stringMatching(new RegExp(`^${field.name}`))]),
          });
        }
      }
    }
  }, 180_000);

  it('refuses nesting bombs, oversized, malformed and non-UTF-8 bodies on every route that takes one', async () => {
    const changing = routes.filter((route) => route.method !== 'GET' && !route.multipart);
    const cases: [string, string | Buffer, string, number, CommonErrorCode][] = [
      ['deep array', nested(10_000, 'array'), 'application/json', 400, CommonErrorCode.BadRequest],
      ['deep object', nested(5_000, 'object'), 'application/json', 400, CommonErrorCode.BadRequest],
      [
        'deep array in a field',
        `{"subject":${nested(3_000, 'array')}}`,
        'application/json',
        400,
        CommonErrorCode.BadRequest,
      ],
      [
        'oversized',
        jsonText([['subject', 'x'.repeat(200_000)]]),
        'application/json',
        413,
        CommonErrorCode.PayloadTooLarge,
      ],
      ['malformed', '{"subject": "x",', 'application/json', 400, CommonErrorCode.BadRequest],
      [
        'unknown charset',
        '{"subject":"x"}',
        'application/json; charset=x-unknown',
        415,
        CommonErrorCode.UnsupportedMediaType,
      ],
      ['gzip that is not', '{"subject":"x"}', 'application/json', 400, CommonErrorCode.BadRequest],
    ];
    await unchangedAround(async () => {
      for (const route of changing) {
        for (const [label, body, type, status, code] of cases) {
          await expectSafe(
            `${route.key} ${label}`,
            () => {
              const request = start(route).set('Content-Type', type);
              if (label === 'gzip that is not') request.set('Content-Encoding', 'gzip');
              return request.send(body);
            },
            { strict: true, status, code, digest: false },
          );
        }
      }
    });
    // Invalid UTF-8 is read as U+FFFD, never as something else, and never breaks a handler.
    for (const route of withBody()) {
      for (const field of dtoFields(route.body!)) {
        const bytes = Buffer.concat([
          Buffer.from(`{"${field.name}":"`),
          Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x00]),
          Buffer.from('"}'),
        ]);
        await expectSafe(
          `${route.key} ${field.name} non-UTF-8`,
          () => start(route).set('Content-Type', 'application/json').send(bytes),
          { strict: false },
        );
      }
    }
  }, 180_000);

  it('refuses hostile path parameters (traversal, NUL, bad percent-encoding, huge) with a 4xx', async () => {
    const raw = ['%00', '%ZZ', '%', '..%2F..%2Fetc%2Fpasswd', '%2e%2e', 'x'.repeat(5_000)];
    for (const route of routes.filter((r) => r.params.length)) {
      const last = route.params.at(-1)!;
      const base = Object.fromEntries(route.params.map((name) => [name, 'PLACEHOLDER']));
      const ownIds = Object.fromEntries(
        Object.entries(ROUTE_POLICY[route.key]!.params ?? {}).map(([n, k]) => [n, world.own[k]]),
      );
      const template = fillPath(route, { ...base, ...ownIds, [last]: 'PLACEHOLDER' });
      await unchangedAround(async () => {
        for (const value of raw) {
          await expectSafe(
            `${route.key} :${last}=${value.slice(0, 40)}`,
            () => start(route, template.replace('PLACEHOLDER', value)),
            { strict: true, digest: false },
          );
        }
      });
      await fc.assert(
        fc.asyncProperty(hostileString, async (value) => {
          // Node's HTTP parser refuses a request line over 16 kB itself (431, checked below).
          const encoded = encodeURIComponent(value.replace(/[\uD800-\uDFFF]/g, '\uFFFD')).slice(
            0,
            6_000,
          );
          // An empty last segment is another route (`/accounts/` is the list): nothing to try.
          if (!encoded) return;
          await expectSafe(`${route.key} :${last}=${JSON.stringify(value).slice(0, 60)}`, () =>
            start(route, template.replace('PLACEHOLDER', encoded)),
          );
        }),
        runs(4),
      );
    }
  }, 180_000);

  it("leaves a request line over Node's 16 kB limit to Node, which answers 431 before the app", async () => {
    const response = await world.anonymous.get(`/api/m/${'x'.repeat(20_000)}`);
    expect(response.status).toBe(431);
  }, 180_000);

  it('answers hostile query strings on every read with a known code or a normal answer', async () => {
    for (const route of routes.filter((r) => r.method === 'GET')) {
      const names = route.query ? dtoFields(route.query).map((field) => field.name) : [];
      const query = fc.dictionary(
        fc.constantFrom(...names, ...SMUGGLED_KEYS, ...PROTOTYPE_KEYS),
        hostileString,
        {
          minKeys: 1,
          maxKeys: 3,
        },
      );
      await fc.assert(
        fc.asyncProperty(query, async (values) => {
          const search = Object.entries(values)
            .map(([key, value]) => {
              const safe = value.replace(/[\uD800-\uDFFF]/g, '\uFFFD').slice(0, 1_000);
              return `${encodeURIComponent(key)}=${encodeURIComponent(safe)}`;
            })
            .join('&');
          const smuggled = Object.keys(values).some(
            (key) => SMUGGLED_KEYS.includes(key) && !names.includes(key),
          );
          await expectSafe(
            `${route.key}?${search.slice(0, 200)}`,
            () => start(route, `${ownPath(route)}?${search}`),
            { strict: smuggled && route.query !== undefined },
          );
        }),
        runs(3),
      );
    }
  }, 180_000);
});
