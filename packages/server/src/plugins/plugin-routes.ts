import type { Context } from '@midwayjs/koa';
import { AppError, forbidden, unauthenticated } from '../common/app-error';
import { preferredLanguage } from '../common/error-filter';
import type { FlowhallPlugin } from './plugin-api';
import type {
  PluginFileReply,
  PluginRequest,
  PluginRoute,
  PluginRouteAccess,
  PluginRouteUser,
  RouteContext,
} from './plugin-route-api';

const METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);
const SEGMENT = /^[a-z0-9][a-z0-9-]*$/;

/** `@flowhall/plugin-seal` -> `seal`, `flowhall-plugin-leave` -> `leave`, unless the plugin says. */
export function routeBaseOf(plugin: Pick<FlowhallPlugin, 'name' | 'routeBase'>): string {
  if (plugin.routeBase) return plugin.routeBase;
  const bare = plugin.name.replace(/^@[^/]+\//, '').replace(/^(flowhall-)?plugin-/, '');
  return bare.toLowerCase().replace(/[^a-z0-9-]+/g, '-');
}

/** Shape problems of a plugin's routes (as data, reported at start-up). */
export function routeProblems(routes: readonly PluginRoute[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const route of routes) {
    const label = `route ${String(route?.method)} ${String(route?.path)}`;
    if (!METHODS.has(route?.method)) problems.push(`${label}: unknown method`);
    if (typeof route?.path !== 'string' || !route.path.startsWith('/'))
      problems.push(`${label}: the path must start with /`);
    if (typeof route?.handler !== 'function') problems.push(`${label}: has no handler`);
    const access = route?.access;
    const accessOk =
      access === 'public' ||
      access === 'signed-in' ||
      (typeof access === 'object' && Array.isArray(access.roles) && access.roles.length > 0);
    if (!accessOk) problems.push(`${label}: access must be 'public', 'signed-in' or { roles: [...] }`);
    const key = `${route?.method} ${route?.path}`;
    if (seen.has(key)) problems.push(`${label}: declared twice`);
    seen.add(key);
  }
  return problems;
}

export function isRouteBase(base: string): boolean {
  return SEGMENT.test(base);
}

/** Builds a file reply; the route adapter recognises it by `kind`. */
export function fileReply(name: string, contentType: string, body: Buffer): PluginFileReply {
  return { kind: 'file', name, contentType, body };
}

const isFileReply = (value: unknown): value is PluginFileReply =>
  !!value &&
  typeof value === 'object' &&
  (value as PluginFileReply).kind === 'file' &&
  Buffer.isBuffer((value as PluginFileReply).body);

export interface RouteAdapterDeps {
  context: Omit<RouteContext, 'error' | 'file'>;
  /** The signed-in user with role keys, or undefined for an unknown / inactive user. */
  loadUser(userId: number): Promise<PluginRouteUser | undefined>;
}

function allowed(access: PluginRouteAccess, user: PluginRouteUser | null): void {
  if (access === 'public') return;
  if (!user) throw unauthenticated();
  if (access === 'signed-in') return;
  if (!access.roles.some((r) => user.roles.includes(r))) throw forbidden();
}

function firstValues(query: Context['query']): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(query)) out[key] = Array.isArray(value) ? value[0] : value;
  return out;
}

/**
 * Wraps a plugin route as a koa handler: the auth middleware has already resolved the session and
 * checked CSRF; here the route's access is enforced, the request is narrowed to plain data, and a
 * file reply becomes a download. Errors travel to the server's error filter unchanged.
 */
export function routeHandler(route: PluginRoute, deps: RouteAdapterDeps) {
  const context: RouteContext = {
    ...deps.context,
    error: (status, code, message, details) => new AppError(status, code, message, details),
    file: fileReply,
  };
  return async (ctx: Context): Promise<unknown> => {
    const userId: unknown = ctx.state.userId;
    const user = typeof userId === 'number' ? ((await deps.loadUser(userId)) ?? null) : null;
    allowed(route.access, user);
    const request: PluginRequest = {
      params: { ...((ctx as unknown as { params?: Record<string, string> }).params ?? {}) },
      query: firstValues(ctx.query),
      body: (ctx.request as unknown as { body?: unknown }).body,
      user,
      language: preferredLanguage(ctx.get('accept-language')),
    };
    const result = await route.handler(request, context);
    if (isFileReply(result)) {
      ctx.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(result.name)}`);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = result.contentType;
      return result.body;
    }
    return result === undefined ? { ok: true } : result;
  };
}
