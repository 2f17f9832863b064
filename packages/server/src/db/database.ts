import { Config, Destroy, ILogger, Init, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Transaction, type Sequelize } from 'sequelize';
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

  /**
   * Runs `work` in one transaction. On SQLite the transaction starts IMMEDIATE: it takes the write
   * lock up front (waiting on the busy timeout), because a deferred transaction that read first
   * cannot upgrade to a writer once another writer committed (SQLITE_BUSY_SNAPSHOT in WAL mode).
   */
  transaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    if (this.dialect === 'sqlite') {
      // One writer at a time in this process. SQLite admits one writer anyway, and writers that
      // wait inside sqlite3 each hold a libuv worker thread (4 by default): a dozen waiting
      // writers would starve the one holding the lock. Queueing here keeps the workers free.
      const run = this.writeQueue.then(() =>
        this.sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, work),
      );
      this.writeQueue = run.then(
        () => undefined,
        () => undefined,
      );
      return run;
    }
    return this.sequelize.transaction(work);
  }

  private writeQueue: Promise<void> = Promise.resolve();

  @Destroy()
  async close(): Promise<void> {
    await this.sequelize?.close();
  }
}
