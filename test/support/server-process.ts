import { ChildProcess, fork } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { freePort } from './free-port';

export const REPO_ROOT = resolve(__dirname, '..', '..');

export interface RunningServer {
  url: string;
  dataDir: string;
  /** Everything the process printed, for failure messages. */
  output(): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  databaseUrl?: string;
  /** Use this DATA_DIR (kept on stop) instead of a fresh temporary one (removed on stop). */
  dataDir?: string;
  /** Serve the built web app (runtime/dist). */
  webRoot?: string;
  env?: Record<string, string>;
}

/**
 * Starts the real server binary (`packages/server/bin/flowhall.js`, the one `npm start` runs) as
 * a child process on a free port with a fresh DATA_DIR, and waits until it says it is ready.
 */
export async function startServer(options: ServerOptions = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'flowhall-test-'));
  let output = '';
  const child: ChildProcess = fork(join(REPO_ROOT, 'packages/server/bin/flowhall.js'), [], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      FLOWHALL_WEB_ROOT: options.webRoot ?? join(dataDir, 'no-web-app'),
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  await new Promise<void>((resolveReady, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start within 60 s. Output:\n${output}`));
    }, 60_000);
    child.on('message', (message: { type?: string }) => {
      if (message?.type === 'flowhall:ready') {
        clearTimeout(timer);
        resolveReady();
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with code ${code} before it was ready. Output:\n${output}`));
    });
  });
  child.removeAllListeners('exit');

  return {
    url: `http://127.0.0.1:${port}`,
    dataDir,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise<void>((done) => child.once('exit', () => done()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
