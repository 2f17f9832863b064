import type { ProcessDefinition } from '@flowhall/schema';
import type { ModelStatic, Model, QueryInterface, Sequelize, Transaction } from 'sequelize';
import type { PluginDirectory, PluginRoute } from './plugin-route-api';

/**
 * The public API a plugin's server part is written against (docs/plugins.md). Everything a plugin
 * may do goes through the narrow `PluginSetup` it is handed; it never reaches into the server.
 */

export type ServiceMode = 'online' | 'offline' | 'self-service';

/** A process a plugin ships: version N of its definition plus how the hall shows it. */
export interface ProcessBaseline {
  definition: ProcessDefinition;
  hall: {
    summary?: string;
    theme?: string;
    mode?: ServiceMode;
    /** Shown under 推荐服务 on the hall home when first installed; administrators may unpin it. */
    pinned?: boolean;
  };
}

export interface PluginMigration {
  /** Unique within the plugin; the server prefixes it with the plugin's name. */
  name: string;
  up(params: { context: QueryInterface }): Promise<void>;
  down(params: { context: QueryInterface }): Promise<void>;
}

/** What hooks receive: the case as it stands after the action, inside the action's transaction. */
export interface CaseEvent {
  caseId: number;
  definitionKey: string;
  definitionVersion: number;
  serialNo: string | null;
  applicantId: number;
  /** Who acted (the task's assignee, or the applicant). */
  actorId: number;
  /** The node whose task was completed (for task hooks). */
  nodeId?: string;
  /**
   * What the task's holder did (for task hooks): `approve`, `complete`, `return`, `reject`...; a
   * register written by a handling step should only count `complete` (a return is not a handling).
   */
  action?: string;
  outcome?: 'approved' | 'rejected' | 'withdrawn';
  form: Record<string, unknown>;
  at: Date;
}

export interface HookContext {
  transaction: Transaction;
  sequelize: Sequelize;
  /** The plugin's own models, as its `models` factory defined them. */
  models: Record<string, ModelStatic<Model>>;
  /** The organisation, to turn picked people and units into ids (pass `transaction`). */
  directory: PluginDirectory;
  /**
   * An error to throw when the action must be refused (e.g. the seal was abolished meanwhile): the
   * whole action rolls back and the caller gets `status` with `{ code, message, details }`.
   */
  error(status: number, code: string, message: string, details?: unknown): Error;
}

export interface FormCheckContext {
  sequelize: Sequelize;
  transaction: Transaction;
  models: Record<string, ModelStatic<Model>>;
  applicantId: number;
  directory: PluginDirectory;
}

export interface FormProblem {
  path: string;
  code: string;
  message: string;
}

export interface PluginSetup {
  /** Ships a process; installed on first start, offered to administrators when its version rises. */
  registerProcess(baseline: ProcessBaseline): void;
  /** Tables of the plugin, applied after the server's own migrations, in order. */
  addMigrations(migrations: PluginMigration[]): void;
  /** Defines the plugin's models on the server's Sequelize instance. */
  defineModels(factory: (sequelize: Sequelize) => Record<string, ModelStatic<Model>>): void;
  /** Extra checks of a process's form when it is submitted (business rules a schema cannot say). */
  checkForm(
    definitionKey: string,
    check: (
      form: Record<string, unknown>,
      context: FormCheckContext,
    ) => Promise<FormProblem[]> | FormProblem[],
  ): void;
  /** Runs when a task of `nodeId` in `definitionKey` is completed or approved, in the same transaction. */
  onTaskDone(
    definitionKey: string,
    nodeId: string,
    handler: (event: CaseEvent, context: HookContext) => Promise<void>,
  ): void;
  /** Runs when a case of `definitionKey` is approved, rejected or withdrawn, in the same transaction. */
  onCaseFinished(
    definitionKey: string,
    handler: (event: CaseEvent, context: HookContext) => Promise<void>,
  ): void;
  /**
   * HTTP routes of the plugin, mounted under `/api/plugins/<routeBase>/`; each declares who may
   * call it and is listed in the OpenAPI document.
   */
  addRoutes(routes: PluginRoute[]): void;
}

export interface InstallContext {
  sequelize: Sequelize;
  transaction: Transaction;
  models: Record<string, ModelStatic<Model>>;
  directory: PluginDirectory;
  /** The organisation, to seed data that refers to departments by code. */
  departmentIdByCode(code: string): Promise<number | undefined>;
  userIdByUsername(username: string): Promise<number | undefined>;
  /** Makes sure a role exists (by key) and returns its id. */
  ensureRole(key: string, name: string, nameEn?: string): Promise<number>;
}

export interface FlowhallPlugin {
  /** npm package name, e.g. `@flowhall/plugin-seal`. */
  name: string;
  version: string;
  dependsOn?: string[];
  /**
   * The path segment of the plugin's routes (`/api/plugins/<routeBase>/...`); by default the npm
   * name without scope and `plugin-` prefix (`@flowhall/plugin-seal` -> `seal`).
   */
  routeBase?: string;
  setup(setup: PluginSetup): void;
  /** Seeds data; runs at every start inside one transaction and must be idempotent. */
  install?(context: InstallContext): Promise<void>;
}

/** Declares a plugin; the identity function gives plugin authors type checking. */
export function definePlugin(plugin: FlowhallPlugin): FlowhallPlugin {
  return plugin;
}
