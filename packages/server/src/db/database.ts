import { Config, Destroy, ILogger, Init, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import type { Sequelize } from 'sequelize';
import type { Settings } from '../settings';
import { connect, Dialect, migrate } from './connect';
import { seedDemoData } from './demo-seed';
import { defineModels, Models } from './models';

/**
 * Owns the one Sequelize instance of this process: connects, migrates, seeds the demo data on
 * an empty database, and closes on shutdown. Services inject it to reach the models.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class Database {
  @Config('flowhall')
  settings!: Settings;

  @Logger()
  logger!: ILogger;

  sequelize!: Sequelize;
  models!: Models;
  dialect!: Dialect;

  @Init()
  async init(): Promise<void> {
    const { sequelize, dialect } = await connect(this.settings);
    this.sequelize = sequelize;
    this.dialect = dialect;
    this.models = defineModels(sequelize);
    const applied = await migrate(sequelize);
    if (applied.length > 0) this.logger.info('[flowhall] migrations applied: %s', applied.join(', '));
    if (this.settings.demoData && (await seedDemoData(sequelize, this.models))) {
      this.logger.info('[flowhall] demo data created');
    }
  }

  @Destroy()
  async close(): Promise<void> {
    await this.sequelize?.close();
  }
}
