import type { Model, ModelStatic, Sequelize, Transaction } from 'sequelize';

/**
 * The HTTP part of the plugin API: routes a plugin declares with `setup.addRoutes`, mounted under
 * `/api/plugins/<route base>/...` behind the server's own authentication, CSRF check, error shape
 * and OpenAPI document (docs/plugins.md).
 */

export type PluginRouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route: anyone (a public verification page), any signed-in user, or holders of at
 * least one of the roles (in any department). Object-level checks stay in the handler.
 */
export type PluginRouteAccess = 'public' | 'signed-in' | { roles: readonly string[] };

/** The signed-in caller as a route sees it. */
export interface PluginRouteUser {
  id: number;
  username: string;
  displayName: string;
  departmentId: number | null;
  roles: string[];
}

export interface PluginRequest {
  /** Path parameters (`/letters/:id` -> `params.id`). */
  params: Record<string, string>;
  /** Query string values; a repeated key keeps its first value. */
  query: Record<string, string | undefined>;
  /** The parsed JSON body (undefined for GET). */
  body: unknown;
  /** `null` only on public routes called without a session. */
  user: PluginRouteUser | null;
  /** The language the caller prefers, for texts the plugin writes itself (Excel headers stay Chinese). */
  language: 'zh' | 'en';
}

/** A person as the organisation directory answers. */
export interface DirectoryUser {
  id: number;
  username: string;
  displayName: string;
  departmentId: number | null;
}

export interface DirectoryDepartment {
  id: number;
  code: string;
  name: string;
  parentId: number | null;
}

export interface DirectoryOptions {
  transaction?: Transaction;
}

/**
 * Read access to the organisation for plugins: they refer to people and units by id and resolve
 * names when they answer, without knowing the server's tables. A `ref` is an id (number or digits)
 * or a username / department code, as form pickers may store either.
 */
export interface PluginDirectory {
  users(ids: readonly number[], options?: DirectoryOptions): Promise<DirectoryUser[]>;
  findUser(ref: unknown, options?: DirectoryOptions): Promise<DirectoryUser | undefined>;
  departments(ids: readonly number[], options?: DirectoryOptions): Promise<DirectoryDepartment[]>;
  findDepartment(ref: unknown, options?: DirectoryOptions): Promise<DirectoryDepartment | undefined>;
}

/** A file download a route answers instead of JSON (an Excel ledger, a PDF). */
export interface PluginFileReply {
  readonly kind: 'file';
  readonly name: string;
  readonly contentType: string;
  readonly body: Buffer;
}

export interface RouteContext {
  sequelize: Sequelize;
  /** The plugin models of every loaded plugin, as their factories defined them. */
  models: Record<string, ModelStatic<Model>>;
  /** Runs `work` in one write transaction (queued on SQLite like the server's own actions). */
  transaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T>;
  directory: PluginDirectory;
  /**
   * An error to throw: it leaves as `{ code, message, details }` with `status`. Write the message
   * Chinese first, then English after " / ".
   */
  error(status: number, code: string, message: string, details?: unknown): Error;
  /** Answers a file download (`Content-Disposition: attachment`). */
  file(name: string, contentType: string, body: Buffer): PluginFileReply;
}

export interface PluginRoute {
  method: PluginRouteMethod;
  /** Relative to the plugin's base, starting with `/`; `:name` segments are parameters. */
  path: string;
  access: PluginRouteAccess;
  /** One line for the OpenAPI document. */
  summary: string;
  /** Returns the JSON answer (status 200), or a `context.file(...)` download. */
  handler(request: PluginRequest, context: RouteContext): Promise<unknown>;
}
