import { validateDefinition } from '@flowhall/schema';
import { AppError } from '../common/app-error';
import type { Model, ModelStatic, Sequelize } from 'sequelize';
import type {
  CaseEvent,
  FlowhallPlugin,
  FormCheckContext,
  FormProblem,
  HookContext,
  PluginMigration,
  ProcessBaseline,
} from './plugin-api';
import type { PluginDirectory, PluginRoute } from './plugin-route-api';
import { routeBaseOf, routeProblems } from './plugin-routes';

/** What the server hands a check or hook; the registry adds the directory. */
type ServerCheckContext = Omit<FormCheckContext, 'directory'>;
type ServerHookContext = Omit<HookContext, 'directory' | 'error'>;
type FormCheck = (
  form: Record<string, unknown>,
  context: ServerCheckContext,
) => Promise<FormProblem[]> | FormProblem[];
type Hook = (event: CaseEvent, context: ServerHookContext) => Promise<void>;

export interface LoadedPlugin {
  plugin: FlowhallPlugin;
  processes: ProcessBaseline[];
  migrations: PluginMigration[];
  modelFactories: Array<(sequelize: Sequelize) => Record<string, ModelStatic<Model>>>;
  /** `/api/plugins/<routeBase>` */
  routeBase: string;
  routes: PluginRoute[];
}

const hookError = (status: number, code: string, message: string, details?: unknown): Error =>
  new AppError(status, code, message, details);

export type PluginProblem = { plugin: string; message: string };

/**
 * What the loaded plugins registered. One instance per server (never a module global): tests and
 * tools can build their own with other plugins.
 */
export class PluginRegistry {
  readonly loaded: LoadedPlugin[] = [];
  private readonly formChecks = new Map<string, FormCheck[]>();
  private readonly taskHooks = new Map<string, Hook[]>();
  private readonly finishHooks = new Map<string, Hook[]>();
  models: Record<string, ModelStatic<Model>> = {};
  /** Set by the plugin manager before any hook, check or route runs. */
  directory: PluginDirectory | undefined;

  /** Runs each plugin's setup in dependency order; problems (bad shapes, missing deps, clashes) come back as data. */
  load(plugins: FlowhallPlugin[]): PluginProblem[] {
    const problems: PluginProblem[] = [];
    const names = new Set(plugins.map((p) => p.name));
    const processKeys = new Map<string, string>();
    for (const plugin of plugins) {
      if (!plugin || typeof plugin.name !== 'string' || typeof plugin.setup !== 'function') {
        problems.push({
          plugin: String(plugin?.name),
          message: 'is not a plugin: expected { name, version, setup }',
        });
        continue;
      }
      for (const dep of plugin.dependsOn ?? []) {
        if (!names.has(dep))
          problems.push({ plugin: plugin.name, message: `depends on ${dep}, which is not configured` });
      }
      const routeBase = routeBaseOf(plugin);
      const owner = this.loaded.find((e) => e.routeBase === routeBase);
      if (owner)
        problems.push({
          plugin: plugin.name,
          message: `route base ${routeBase} is already used by ${owner.plugin.name}`,
        });
      const entry: LoadedPlugin = {
        plugin,
        processes: [],
        migrations: [],
        modelFactories: [],
        routeBase,
        routes: [],
      };
      plugin.setup({
        registerProcess: (baseline) => {
          // A broken baseline would break every case started on it: refuse it at start-up.
          const invalid = validateDefinition(baseline.definition);
          if (invalid.length) {
            problems.push({
              plugin: plugin.name,
              message: `process ${baseline.definition.key} is invalid: ${invalid.map((p) => `${p.path} ${p.message}`).join('; ')}`,
            });
            return;
          }
          const owner = processKeys.get(baseline.definition.key);
          if (owner) {
            problems.push({
              plugin: plugin.name,
              message: `process ${baseline.definition.key} is already registered by ${owner}`,
            });
            return;
          }
          processKeys.set(baseline.definition.key, plugin.name);
          entry.processes.push(baseline);
        },
        addMigrations: (migrations) => entry.migrations.push(...migrations),
        defineModels: (factory) => entry.modelFactories.push(factory),
        checkForm: (key, check) =>
          this.push(this.formChecks, key, (form, context) =>
            check(form, { ...context, directory: this.requireDirectory() }),
          ),
        onTaskDone: (key, nodeId, handler) =>
          this.push(this.taskHooks, `${key}#${nodeId}`, (event, context) =>
            handler(event, { ...context, directory: this.requireDirectory(), error: hookError }),
          ),
        onCaseFinished: (key, handler) =>
          this.push(this.finishHooks, key, (event, context) =>
            handler(event, { ...context, directory: this.requireDirectory(), error: hookError }),
          ),
        addRoutes: (routes) => {
          const found = routeProblems([...entry.routes, ...routes]);
          problems.push(...found.map((message) => ({ plugin: plugin.name, message })));
          if (!found.length) entry.routes.push(...routes);
        },
      });
      this.loaded.push(entry);
    }
    return problems;
  }

  defineModels(sequelize: Sequelize): void {
    for (const entry of this.loaded) {
      for (const factory of entry.modelFactories) Object.assign(this.models, factory(sequelize));
    }
  }

  formChecksFor(definitionKey: string): FormCheck[] {
    return this.formChecks.get(definitionKey) ?? [];
  }

  taskHooksFor(definitionKey: string, nodeId: string): Hook[] {
    return this.taskHooks.get(`${definitionKey}#${nodeId}`) ?? [];
  }

  finishHooksFor(definitionKey: string): Hook[] {
    return this.finishHooks.get(definitionKey) ?? [];
  }

  requireDirectory(): PluginDirectory {
    if (!this.directory) throw new Error('the plugin registry has no directory yet (plugins not started)');
    return this.directory;
  }

  private push<T>(map: Map<string, T[]>, key: string, value: T): void {
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
  }
}
