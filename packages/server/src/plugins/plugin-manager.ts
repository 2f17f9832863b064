import {
  Config,
  type DynamicRouterInfo,
  ILogger,
  Inject,
  Logger,
  MidwayWebRouterService,
  Provide,
  Scope,
  ScopeEnum,
} from '@midwayjs/core';
import { SequelizeStorage, Umzug } from 'umzug';
import { Database } from '../db/database';
import type { RouteDocumentation } from '../openapi/build-openapi';
import type { Settings } from '../settings';
import type { FlowhallPlugin, InstallContext, ProcessBaseline } from './plugin-api';
import { createPluginDirectory, loadRouteUser } from './plugin-directory';
import { PluginRegistry } from './plugin-registry';
import { isRouteBase, routeHandler, type RouteAdapterDeps } from './plugin-routes';

function loadModule(name: string): FlowhallPlugin {
  // Plugins are named in configuration (FLOWHALL_PLUGINS) and loaded here by name: there is no
  // directory scanning, and the server never imports a plugin statically.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(name) as { default?: FlowhallPlugin; plugin?: FlowhallPlugin };
  const plugin = loaded.plugin ?? loaded.default;
  if (!plugin) throw new Error(`plugin ${name} exports neither \`plugin\` nor a default plugin`);
  return plugin;
}

/**
 * Loads the configured plugins at start-up: runs their setup, their migrations (after the
 * server's), defines their models, runs their idempotent install, and installs or offers their
 * process baselines.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class PluginManager {
  @Inject()
  db!: Database;

  @Config('flowhall')
  settings!: Settings;

  @Logger()
  logger!: ILogger;

  @Inject()
  routerService!: MidwayWebRouterService;

  readonly registry = new PluginRegistry();

  async start(plugins: FlowhallPlugin[] = this.settings.plugins.map(loadModule)): Promise<void> {
    const problems = this.registry.load(plugins);
    if (problems.length) {
      throw new Error(
        `plugins could not be loaded: ${problems.map((p) => `${p.plugin} ${p.message}`).join('; ')}`,
      );
    }
    const { sequelize } = this.db;
    this.registry.directory = createPluginDirectory(this.db.models);
    for (const entry of this.registry.loaded) {
      if (!entry.migrations.length) continue;
      const migrator = new Umzug({
        migrations: entry.migrations.map((m) => ({ ...m, name: `${entry.plugin.name}:${m.name}` })),
        context: sequelize.getQueryInterface(),
        storage: new SequelizeStorage({ sequelize, tableName: 'schema_migrations' }),
        logger: undefined,
      });
      await migrator.up();
    }
    this.registry.defineModels(sequelize);
    for (const entry of this.registry.loaded) {
      const install = entry.plugin.install;
      if (install) await this.db.transaction((transaction) => install(this.installContext(transaction)));
      for (const baseline of entry.processes) await this.installBaseline(entry.plugin.name, baseline);
    }
    this.mountRoutes();
    if (this.registry.loaded.length) {
      this.logger.info(
        '[flowhall] plugins: %s',
        this.registry.loaded.map((e) => `${e.plugin.name}@${e.plugin.version}`).join(', '),
      );
    }
  }

  /**
   * Each plugin's routes under `/api/plugins/<base>`: dynamic routes of the same router as the
   * controllers, so they pass the auth middleware (session, CSRF), the error filters, and appear
   * in the OpenAPI document built from the router table.
   */
  private mountRoutes(): void {
    const deps: RouteAdapterDeps = {
      context: {
        sequelize: this.db.sequelize,
        models: this.registry.models,
        transaction: (work) => this.db.transaction(work),
        directory: this.registry.requireDirectory(),
      },
      loadUser: (userId: number) => loadRouteUser(this.db.models, userId),
    };
    for (const entry of this.registry.loaded) {
      if (!entry.routes.length) continue;
      if (!isRouteBase(entry.routeBase))
        throw new Error(`plugin ${entry.plugin.name}: route base "${entry.routeBase}" is not a path segment`);
      const prefix = `/api/plugins/${entry.routeBase}`;
      for (const route of entry.routes) {
        // The router keeps extra fields; the OpenAPI builder reads `openApi` (no controller to tag by).
        const info: DynamicRouterInfo & { openApi: RouteDocumentation } = {
          prefix,
          url: route.path,
          requestMethod: route.method,
          summary: `${route.summary} (${entry.plugin.name}${route.access === 'public' ? ', public' : ''})`,
          handlerName: `${entry.plugin.name} ${route.method} ${route.path}`,
          openApi: { tag: entry.plugin.name, public: route.access === 'public' },
        };
        this.routerService.addRouter(routeHandler(route, deps), info);
      }
    }
  }

  /**
   * The first start installs a baseline as version 1 and lists it in the hall. Later, a higher
   * baseline version of a process this plugin owns is only offered: administrators' edits stay.
   */
  private async installBaseline(pluginName: string, baseline: ProcessBaseline): Promise<void> {
    const { Definition, DefinitionVersion, HallService, Department } = this.db.models;
    const def = baseline.definition;
    await this.db.transaction(async (transaction) => {
      const row = await Definition.findOne({ where: { key: def.key }, transaction });
      if (!row) {
        const body = { ...def, version: 1 };
        await Definition.create(
          {
            key: def.key,
            name: def.name,
            category: def.category ?? null,
            draft: null,
            draftUpdatedBy: null,
            draftUpdatedAt: null,
            latestVersion: 1,
            source: pluginName,
            baselineVersion: def.version,
          },
          { transaction },
        );
        await DefinitionVersion.create(
          {
            definitionKey: def.key,
            version: 1,
            body: JSON.stringify(body),
            changeNote: `${pluginName} baseline ${def.version}`,
            publishedBy: null,
            publishedAt: new Date(),
          },
          { transaction },
        );
        if (!(await HallService.findOne({ where: { key: def.key }, transaction }))) {
          const department = def.department
            ? await Department.findOne({ where: { code: def.department }, transaction })
            : null;
          await HallService.create(
            {
              key: def.key,
              name: def.name,
              nameEn: null,
              summary: baseline.hall.summary ?? null,
              category: def.category ?? null,
              theme: baseline.hall.theme ?? null,
              departmentId: department?.id ?? null,
              audience: (def.audience?.length ? def.audience : ['staff']).join(','),
              mode: baseline.hall.mode ?? 'online',
              pinned: baseline.hall.pinned ?? false,
              definitionKey: def.key,
              guide: def.guide ?? null,
            },
            { transaction },
          );
        }
        return;
      }
      if (row.source === pluginName && (row.baselineVersion ?? 0) < def.version) {
        const offered = row.offeredBaseline
          ? (JSON.parse(row.offeredBaseline) as { version: number })
          : undefined;
        if (!offered || offered.version < def.version) {
          await Definition.update(
            { offeredBaseline: JSON.stringify(def) },
            { where: { key: def.key }, transaction },
          );
        }
      }
    });
  }

  private installContext(transaction: InstallContext['transaction']): InstallContext {
    const { models, sequelize } = this.db;
    return {
      sequelize,
      transaction,
      models: this.registry.models,
      directory: this.registry.requireDirectory(),
      departmentIdByCode: async (code) =>
        (await models.Department.findOne({ where: { code }, transaction }))?.id,
      userIdByUsername: async (username) =>
        (await models.User.findOne({ where: { username }, transaction }))?.id,
      ensureRole: async (key, name, nameEn) => {
        const existing = await models.Role.findOne({ where: { key }, transaction });
        if (existing) return existing.id;
        return (await models.Role.create({ key, name, nameEn: nameEn ?? null }, { transaction })).id;
      },
    };
  }
}
