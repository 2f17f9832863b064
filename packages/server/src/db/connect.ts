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
  });
  configureEverySqliteConnection(sequelize);
  // WAL lets readers proceed while a writer commits; it is a property of the file, set once.
  await sequelize.query('PRAGMA journal_mode = WAL');
  return { sequelize, dialect: 'sqlite' };
}

interface SqliteHandle {
  configure(option: 'busyTimeout', value: number): void;
}

/**
 * Sequelize's SQLite dialect opens a new connection for every transaction (and keeps one for
 * plain queries), bypassing pool hooks. A writer that finds the file locked must wait instead of
 * failing at once with SQLITE_BUSY, so every connection gets a busy timeout as it is handed out.
 */
function configureEverySqliteConnection(sequelize: Sequelize): void {
  const manager = sequelize.connectionManager as unknown as {
    getConnection(options: unknown): Promise<SqliteHandle>;
  };
  const original = manager.getConnection.bind(manager);
  const configured = new WeakSet<SqliteHandle>();
  manager.getConnection = async (options: unknown) => {
    const connection = await original(options);
    if (!configured.has(connection)) {
      connection.configure('busyTimeout', 10_000);
      configured.add(connection);
    }
    return connection;
  };
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
