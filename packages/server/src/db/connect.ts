import { mkdirSync } from 'fs';
import { join } from 'path';
import { Sequelize } from 'sequelize';
import { SequelizeStorage, Umzug } from 'umzug';
import { migrations } from './migrations';

export type Dialect = 'sqlite' | 'postgres';

export interface ConnectOptions {
  dataDir: string;
  databaseUrl: string | undefined;
}

/** Opens the database named by the settings: PostgreSQL for a URL, else SQLite under dataDir. */
export async function connect(options: ConnectOptions): Promise<{ sequelize: Sequelize; dialect: Dialect }> {
  if (options.databaseUrl) {
    const sequelize = new Sequelize(options.databaseUrl, {
      dialect: 'postgres',
      logging: false,
      pool: { max: 10, min: 0, idle: 10_000 },
    });
    await sequelize.authenticate();
    return { sequelize, dialect: 'postgres' };
  }
  mkdirSync(options.dataDir, { recursive: true });
  const sequelize = new Sequelize({
    dialect: 'sqlite',
    storage: join(options.dataDir, 'flowhall.sqlite'),
    logging: false,
    // One connection: SQLite serialises writers anyway, and a single handle keeps
    // transactions from failing with SQLITE_BUSY between pooled connections.
    pool: { max: 1, min: 1, idle: 60_000 },
  });
  // WAL lets readers proceed while a writer commits; foreign keys are off by default in SQLite.
  await sequelize.query('PRAGMA journal_mode = WAL');
  await sequelize.query('PRAGMA foreign_keys = ON');
  await sequelize.query('PRAGMA busy_timeout = 5000');
  return { sequelize, dialect: 'sqlite' };
}

export function createMigrator(sequelize: Sequelize): Umzug<ReturnType<Sequelize['getQueryInterface']>> {
  return new Umzug({
    migrations,
    context: sequelize.getQueryInterface(),
    storage: new SequelizeStorage({ sequelize, tableName: 'schema_migrations' }),
    logger: undefined,
  });
}

/** Applies every pending migration; returns the names applied. */
export async function migrate(sequelize: Sequelize): Promise<string[]> {
  const applied = await createMigrator(sequelize).up();
  return applied.map((m) => m.name);
}
