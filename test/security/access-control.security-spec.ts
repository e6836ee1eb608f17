import { CommonErrorCode, IntegrationErrorCode, Role } from '@guichet/contracts';
import type { ApiClient } from '../support/api-client';
import { startTestApp, type TestApp } from '../support/test-app';
import { buildAccessWorld, type AccessWorld } from './access-world';
import { changedTables, databaseDigest } from './database-digest';
import { isNotFoundCode, KNOWN_ERROR_CODES } from './known-codes';
import { callRoute, fillPath } from './route-calls';
import { ROUTE_POLICY, type ResourceKind, type RoutePolicy } from './route-policy';
import { expressRoutes, type LiveRoute, liveRoutes } from './route-table';

const SIGNED_IN_ROLES = [Role.Client, Role.Staff, Role.Admin];
const RANDOM_ID = '6f1c1d2e-9a4b-4c3d-8e7f-0a1b2c3d4e5f';
const RANDOM_TOKEN = 'Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4Zm9vYmFyYmF';

/**
 * ASVS V8 (authorization): every route of the live app × every kind of caller (anonymous,
 * client, staff, admin, integration key with and without the scope) × own firm / other user /
 * other firm. Refusals answer 401 (no session), 403 (a role the route is not for) or 404 (someone
 * else's thing, whose existence is not told), with a known code, and change nothing.
 */
describe('access-control matrix (ASVS V8)', () => {
  // Each test walks every route for every caller, with a database digest around each refusal:
  // 17–22 s alone on 2 cores, past the suite's 30 s when the machine is busy with other work.
  jest.setTimeout(120_000);

  let testApp: TestApp;
  let routes: LiveRoute[];
  let world: AccessWorld;

  const policyOf = (route: LiveRoute): RoutePolicy => ROUTE_POLICY[route.key]!;
  const idsFor = (route: LiveRoute, firm: Record<ResourceKind, string>) =>
    Object.fromEntries(
      Object.entries(policyOf(route).params ?? {}).map(([name, kind]) => [name, firm[kind]]),
    );
  /** A well-formed value that names nothing: a random UUID, or a random link token. */
  const unknownValue = (route: LiveRoute, name: string) =>
    policyOf(route).params?.[name] === 'reader-token' ? RANDOM_TOKEN : RANDOM_ID;
  const anyPath = (route: LiveRoute) =>
    fillPath(
      route,
      Object.fromEntries(route.params.map((name) => [name, unknownValue(route, name)])),
    );

  /** Calls and checks the answer, and that the database did not move. */
  async function expectRefusal(
    who: string,
    client: ApiClient,
    route: LiveRoute,
    path: string,
    expected: { status: number; code?: string; codeMatches?: (code: unknown) => boolean },
    headers: Record<string, string> = {},
  ): Promise<void> {
    const before = await databaseDigest(testApp.database.url);
    const response = await callRoute(client, route, path, headers);
    const after = await databaseDigest(testApp.database.url);
    const code = response.body?.code as unknown;
    const outcome = {
      who,
      route: route.key,
      status: response.status,
      code: expected.code ?? (expected.codeMatches?.(code) ? 'as expected' : code),
      changed: changedTables(before, after),
    };
    expect(outcome).toEqual({
      who,
      route: route.key,
      status: expected.status,
      code: expected.code ?? 'as expected',
      changed: [],
    });
    if (expected.code) expect(code).toBe(expected.code);
  }

  async function expectServed(who: string, client: ApiClient, route: LiveRoute, path: string) {
    const response = await callRoute(client, route, path);
    expect({ who, route: route.key, status: response.status }).toEqual({
      who,
      route: route.key,
      status: 200,
    });
  }

  beforeAll(async () => {
    testApp = await startTestApp({ demoData: true, env: { THROTTLE_IP_FREE: '10000' } });
    routes = liveRoutes(testApp.app);
    world = await buildAccessWorld(testApp);
  }, 120_000);

  afterAll(() => testApp.close());

  describe('route table', () => {
    it('classifies every route the app serves, and only those', () => {
      const live = routes.map((route) => route.key);
      expect(live.filter((key) => !ROUTE_POLICY[key])).toEqual([]);
      expect(Object.keys(ROUTE_POLICY).filter((key) => !live.includes(key))).toEqual([]);
    });

    it('finds every route Express dispatches under /api in the Nest metadata it reads', () => {
      const fromNest = new Set(routes.map((route) => route.key));
      const documentation = /^GET \/api\/docs/;
      const elsewhere = expressRoutes(testApp.app).filter(
        (key) => !fromNest.has(key) && !documentation.test(key),
      );
      expect(elsewhere).toEqual([]);
    });

    it('matches the decorators to the written policy', () => {
      const declared = routes.map((route) => {
        const policy = policyOf(route);
        return {
          route: route.key,
          audience: route.machine ? 'machine' : route.isPublic ? 'public' : 'signed-in',
          roles: [...(route.roles ?? [])].sort(),
          hidden: route.hiddenCode !== undefined,
          params: [...route.params].sort(),
          expected: {
            audience: policy.audience,
            roles: [...(policy.roles ?? [])].sort(),
            hidden: policy.hiddenFromAnonymous ?? false,
            params: Object.keys(policy.params ?? {}).sort(),
          },
        };
      });
      for (const entry of declared) {
        expect({
          route: entry.route,
          audience: entry.audience,
          roles: entry.roles,
          hidden: entry.hidden,
          params: entry.params,
        }).toEqual({ route: entry.route, ...entry.expected });
      }
    });
  });

  it('answers 401 to an anonymous caller on every private route (404 where even existence is hidden)', async () => {
    for (const route of routes) {
      const policy = policyOf(route);
      if (policy.audience === 'public') continue;
      if (policy.audience === 'machine') {
        await expectRefusal('anonymous', world.anonymous, route, anyPath(route), {
          status: 401,
          code: IntegrationErrorCode.KeyInvalid,
        });
      } else if (policy.hiddenFromAnonymous) {
        await expectRefusal('anonymous', world.anonymous, route, anyPath(route), {
          status: 404,
          code: route.hiddenCode,
        });
      } else {
        await expectRefusal('anonymous', world.anonymous, route, anyPath(route), {
          status: 401,
          code: CommonErrorCode.Unauthenticated,
        });
      }
    }
  });

  it('never takes an integration key for a session, nor a session for a key', async () => {
    for (const route of routes) {
      const policy = policyOf(route);
      if (policy.audience === 'signed-in' && !policy.hiddenFromAnonymous) {
        await expectRefusal(
          'integration key',
          world.anonymous,
          route,
          anyPath(route),
          { status: 401, code: CommonErrorCode.Unauthenticated },
          { Authorization: `Bearer ${world.keys.all}` },
        );
      }
      if (policy.audience === 'machine') {
        for (const role of SIGNED_IN_ROLES) {
          await expectRefusal(role, world.callers[role], route, anyPath(route), {
            status: 401,
            code: IntegrationErrorCode.KeyInvalid,
          });
        }
      }
    }
  });

  it('lets a machine route through with a key that holds its scopes, and 403 without them', async () => {
    for (const route of routes.filter((r) => policyOf(r).audience === 'machine')) {
      const scopes = route.scopes ?? [];
      const withScopes = await callRoute(world.anonymous, route, anyPath(route), {
        Authorization: `Bearer ${world.keys.all}`,
      });
      expect({ route: route.key, status: withScopes.status }).toEqual({
        route: route.key,
        status: expect.any(Number),
      });
      expect([401, 403]).not.toContain(withScopes.status);
      expect(withScopes.status).toBeLessThan(500);
      const lacking = Object.entries(world.keys.only).find(
        ([scope]) => scopes.length > 0 && !scopes.every((needed) => needed === scope),
      );
      if (lacking) {
        await expectRefusal(
          `key with only ${lacking[0]}`,
          world.anonymous,
          route,
          anyPath(route),
          { status: 403, code: IntegrationErrorCode.ScopeMissing },
          { Authorization: `Bearer ${lacking[1]}` },
        );
      }
    }
  });

  it('answers 403 to a signed-in role the route is not for', async () => {
    for (const route of routes) {
      const policy = policyOf(route);
      if (policy.audience !== 'signed-in' || !policy.roles) continue;
      for (const role of SIGNED_IN_ROLES.filter((r) => !policy.roles!.includes(r))) {
        await expectRefusal(role, world.callers[role], route, anyPath(route), {
          status: 403,
          code: CommonErrorCode.Forbidden,
        });
      }
    }
  });

  it('serves every parameterless read to each role it is for', async () => {
    for (const route of routes) {
      const policy = policyOf(route);
      if (policy.audience !== 'signed-in' || route.method !== 'GET' || route.params.length) {
        continue;
      }
      for (const role of policy.roles ?? SIGNED_IN_ROLES) {
        await expectServed(role, world.callers[role], route, route.path);
      }
    }
  });

  it('shows each resource to its owner in both firms (the ids the next checks use are real)', async () => {
    for (const route of routes) {
      const policy = policyOf(route);
      if (route.method !== 'GET' || !policy.params || policy.audience !== 'signed-in') continue;
      const kind = Object.values(policy.params)[0]!;
      for (const firm of ['own', 'otherFirm'] as const) {
        const owner = world.ownerOf(kind, firm)!;
        await expectServed(
          `owner in ${firm}`,
          owner,
          route,
          fillPath(route, idsFor(route, world[firm])),
        );
      }
    }
  });

  it("answers 404 for another firm's resources, to every role, and changes nothing", async () => {
    for (const route of routes) {
      const policy = policyOf(route);
      if (!policy.params || policy.audience !== 'signed-in') continue;
      const foreign = fillPath(route, idsFor(route, world.otherFirm));
      for (const role of policy.roles ?? SIGNED_IN_ROLES) {
        await expectRefusal(role, world.callers[role], route, foreign, {
          status: 404,
          codeMatches: isNotFoundCode,
        });
      }
      // A thing of one's own with a part that belongs to another firm (a document, a recipient)
      // answers as if that part did not exist at all.
      if (route.params.length > 1) {
        const kind = Object.values(policy.params)[0]!;
        const owner = world.ownerOf(kind, 'own')!;
        const last = route.params.at(-1)!;
        const own = idsFor(route, world.own);
        const nothing = await callRoute(
          owner,
          route,
          fillPath(route, { ...own, [last]: unknownValue(route, last) }),
        );
        expect(nothing.status).toBeGreaterThanOrEqual(400);
        const mixed = fillPath(route, { ...own, [last]: world.otherFirm[policy.params[last]!] });
        await expectRefusal('owner, foreign part', owner, route, mixed, {
          status: nothing.status,
          code: nothing.body.code as string,
        });
      }
    }
  });

  it("answers 404 for another user's parcels and messages in the same firm", async () => {
    for (const route of routes) {
      const policy = policyOf(route);
      if (!policy.perUser || !policy.params) continue;
      const kind = Object.values(policy.params)[0]!;
      const path = fillPath(route, idsFor(route, world.own));
      for (const stranger of world.strangersTo(kind)) {
        const role = SIGNED_IN_ROLES.find((r) => world.callers[r] === stranger) ?? 'other client';
        if (policy.roles && !policy.roles.includes(role as Role)) continue;
        await expectRefusal(`${role} (no party)`, stranger, route, path, {
          status: 404,
          codeMatches: isNotFoundCode,
        });
      }
    }
  });

  it('answers 404 for an unknown link or id, public routes included', async () => {
    for (const route of routes) {
      const policy = policyOf(route);
      if (!route.params.length || policy.audience === 'machine') continue;
      const caller =
        policy.audience === 'public'
          ? world.anonymous
          : world.callers[(policy.roles ?? SIGNED_IN_ROLES).at(-1)!];
      await expectRefusal('rightful role', caller, route, anyPath(route), {
        status: 404,
        codeMatches: isNotFoundCode,
      });
    }
    expect(KNOWN_ERROR_CODES.size).toBeGreaterThan(20);
  });
});
