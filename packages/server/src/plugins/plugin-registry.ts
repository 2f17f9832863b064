import { validateDefinition } from '@flowhall/schema';
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

type FormCheck = (
  form: Record<string, unknown>,
  context: FormCheckContext,
) => Promise<FormProblem[]> | FormProblem[];
type Hook = (event: CaseEvent, context: HookContext) => Promise<void>;

export interface LoadedPlugin {
  plugin: FlowhallPlugin;
  processes: ProcessBaseline[];
  migrations: PluginMigration[];
  modelFactories: Array<(sequelize: Sequelize) => Record<string, ModelStatic<Model>>>;
}

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
      const entry: LoadedPlugin = { plugin, processes: [], migrations: [], modelFactories: [] };
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
        checkForm: (key, check) => this.push(this.formChecks, key, check),
        onTaskDone: (key, nodeId, handler) => this.push(this.taskHooks, `${key}#${nodeId}`, handler),
        onCaseFinished: (key, handler) => this.push(this.finishHooks, key, handler),
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

  private push<T>(map: Map<string, T[]>, key: string, value: T): void {
    const list = map.get(key) ?? [];
    list.push(value);
    map.set(key, list);
  }
}
