import { createClient, FlowhallClient } from '@flowhall/client';
import { connect } from '@flowhall/server';
import { join } from 'path';
import { QueryTypes } from 'sequelize';
import { RunningPostgres, startPostgres } from './postgres';
import { RunningServer, startServer } from './server-process';

// Root hooks for the API suite. The same tests run twice (see package.json): once with
// FLOWHALL_TEST_DB=sqlite, once with FLOWHALL_TEST_DB=postgres against a real PostgreSQL.

export type TestDatabase = 'sqlite' | 'postgres';

function selectedDatabase(): TestDatabase {
  const value = process.env.FLOWHALL_TEST_DB;
  if (value === 'sqlite' || value === 'postgres') return value;
  throw new Error(
    'Set FLOWHALL_TEST_DB to sqlite or postgres (use npm run test:api:sqlite / test:api:postgres)',
  );
}

/** The plugins the API suite runs with: the shipped ones plus a third-party fixture. */
export const TEST_PLUGINS = ['@flowhall/plugin-seal', join(__dirname, '..', 'fixtures', 'leave-plugin')];

let server: RunningServer | undefined;
let postgres: RunningPostgres | undefined;

export const testDatabase = (): TestDatabase => selectedDatabase();

/** Runs SQL against the test server's database (for checking what plugins wrote). */
export async function queryTestDatabase<T extends object>(
  sql: string,
  replacements: Record<string, unknown> = {},
): Promise<T[]> {
  const { sequelize } = await connect({ dataDir: testServer().dataDir, databaseUrl: postgres?.url });
  try {
    return await sequelize.query<T>(sql, { replacements, type: QueryTypes.SELECT });
  } finally {
    await sequelize.close();
  }
}

export function testServer(): RunningServer {
  if (!server) throw new Error('the API test server is not running (root hook failed?)');
  return server;
}

/** A fresh client (its own cookie jar: its own session) against the test server. */
export function newClient(): FlowhallClient {
  return createClient({ baseUrl: testServer().url });
}

/** A client already signed in as one of the demo accounts. */
export async function signedIn(username: string): Promise<FlowhallClient> {
  const client = newClient();
  await client.auth.login(username, 'Flowhall@2026');
  return client;
}

export const mochaHooks = {
  async beforeAll(this: Mocha.Context) {
    this.timeout(120_000);
    const db = selectedDatabase();
    if (db === 'postgres') postgres = await startPostgres();
    server = await startServer({
      databaseUrl: postgres?.url,
      env: { FLOWHALL_PLUGINS: TEST_PLUGINS.join(',') },
    });
  },
  async afterAll(this: Mocha.Context) {
    this.timeout(60_000);
    await server?.stop();
    await postgres?.stop();
  },
};
