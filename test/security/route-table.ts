import { RequestMethod, type Type } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum';
import { ModulesContainer } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { API_PREFIX, type ApiKeyScope, type ErrorCode, type Role } from '@guichet/contracts';
import { HIDDEN_WITHOUT_SESSION } from '../../server/src/core/http/hidden-without-session.decorator';
import { IS_MACHINE_ROUTE } from '../../server/src/core/http/machine-route.decorator';
import { IS_PUBLIC } from '../../server/src/core/http/public.decorator';
import { REQUIRED_ROLES } from '../../server/src/core/http/roles.decorator';
import { REQUIRED_SCOPES } from '../../server/src/modules/integrations/required-scopes';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One route as the running app registered it, with what its decorators say about access. */
export interface LiveRoute {
  /** `GET /api/parcels/:id`: how the classification table names it. */
  key: string;
  method: HttpMethod;
  path: string;
  /** `:id`, `:documentId`…, in order. */
  params: string[];
  isPublic: boolean;
  machine: boolean;
  roles?: Role[];
  scopes?: ApiKeyScope[];
  /** The code a caller without a session gets instead of 401 (`@HiddenWithoutSession`). */
  hiddenCode?: ErrorCode;
  /** The DTO classes of `@Body()` and `@Query()`, when the handler takes them. */
  body?: Type;
  query?: Type;
  /** The handler reads a multipart upload (no `@Body()` DTO). */
  multipart: boolean;
}

/** `@ApiConsumes()`'s metadata key (`DECORATORS.API_CONSUMES`, which the package does not export). */
const API_CONSUMES = 'swagger/apiConsumes';

const METHODS: Partial<Record<RequestMethod, HttpMethod>> = {
  [RequestMethod.GET]: 'GET',
  [RequestMethod.POST]: 'POST',
  [RequestMethod.PUT]: 'PUT',
  [RequestMethod.PATCH]: 'PATCH',
  [RequestMethod.DELETE]: 'DELETE',
};

function join(...parts: (string | undefined)[]): string {
  const inner = parts
    .flatMap((part) => (part ?? '').split('/'))
    .filter((segment) => segment.length > 0)
    .join('/');
  return `/${inner}`;
}

function metadata<T>(key: string, handler: object, controller: Type): T | undefined {
  return (
    (Reflect.getMetadata(key, handler) as T | undefined) ?? Reflect.getMetadata(key, controller)
  );
}

/** The DTO class of the first argument of this kind (`@Body()` / `@Query()` without a key). */
function argumentType(
  controller: Type,
  name: string,
  kind: RouteParamtypes,
): { type?: Type; found: boolean } {
  const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, controller, name) ?? {}) as Record<
    string,
    { index: number; data?: unknown }
  >;
  const types = (Reflect.getMetadata('design:paramtypes', controller.prototype, name) ??
    []) as Type[];
  for (const [key, arg] of Object.entries(args)) {
    if (Number(key.split(':')[0]) !== kind || arg.data !== undefined) continue;
    const type = types[arg.index];
    const plain = [String, Number, Boolean, Object, Array] as unknown[];
    return { type: type && !plain.includes(type) ? type : undefined, found: true };
  }
  return { found: false };
}

/** Every route of the controllers the app holds, read from the same metadata Nest routes by. */
export function liveRoutes(app: NestExpressApplication): LiveRoute[] {
  const routes: LiveRoute[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const controller = wrapper.metatype as Type | null;
      if (!controller) continue;
      const base = Reflect.getMetadata(PATH_METADATA, controller) as string | undefined;
      for (const name of Object.getOwnPropertyNames(controller.prototype)) {
        const handler = (controller.prototype as Record<string, unknown>)[name];
        if (name === 'constructor' || typeof handler !== 'function') continue;
        const requestMethod = Reflect.getMetadata(METHOD_METADATA, handler) as
          RequestMethod | undefined;
        if (requestMethod === undefined) continue;
        const method = METHODS[requestMethod];
        if (!method) throw new Error(`${controller.name}.${name}: unexpected HTTP method`);
        const own = Reflect.getMetadata(PATH_METADATA, handler) as string | string[];
        for (const sub of ([] as string[]).concat(own)) {
          const path = join(API_PREFIX, base, sub);
          const body = argumentType(controller, name, RouteParamtypes.BODY);
          routes.push({
            key: `${method} ${path}`,
            method,
            path,
            params: [...path.matchAll(/:(\w+)/g)].map((match) => match[1]!),
            isPublic: metadata<boolean>(IS_PUBLIC, handler, controller) ?? false,
            machine: metadata<boolean>(IS_MACHINE_ROUTE, handler, controller) ?? false,
            roles: metadata<Role[]>(REQUIRED_ROLES, handler, controller),
            scopes: metadata<ApiKeyScope[]>(REQUIRED_SCOPES, handler, controller),
            hiddenCode: metadata<ErrorCode>(HIDDEN_WITHOUT_SESSION, handler, controller),
            body: body.type,
            query: argumentType(controller, name, RouteParamtypes.QUERY).type,
            multipart: (metadata<string[]>(API_CONSUMES, handler, controller) ?? []).includes(
              'multipart/form-data',
            ),
          });
        }
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * The routes Express itself will dispatch under /api: what the Nest metadata above must match,
 * so that a route mounted another way (a raw Express handler) cannot escape the matrix.
 */
export function expressRoutes(app: NestExpressApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  return express.router.stack
    .flatMap((layer) =>
      layer.route
        ? Object.keys(layer.route.methods)
            .filter((method) => method !== '_all')
            .map((method) => `${method.toUpperCase()} ${layer.route!.path}`)
        : [],
    )
    .filter((key) => key.split(' ')[1]!.startsWith(`/${API_PREFIX}/`))
    .sort();
}
