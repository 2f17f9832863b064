import { createClient, type FlowhallClient } from '@flowhall/client';
import { fork, type ChildProcess } from 'child_process';
import { createServer, type IncomingHttpHeaders, type Server } from 'http';
import type { AddressInfo } from 'net';
import { join } from 'path';
import { SMTPServer } from 'smtp-server';
import { testDatabase } from '../support/api-hooks';
import { startPostgres, type RunningPostgres } from '../support/postgres';
import { freePort } from '../support/free-port';
import { REPO_ROOT, startServer, type RunningServer, type ServerOptions } from '../support/server-process';

// Helpers for the notification, scheduler and statistics tests: a real SMTP server and a webhook
// receiver in this process, and servers of our own (the shared test server has no SMTP settings).

export interface ReceivedMail {
  messageId: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

function decodeWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, enc: string, data: string) =>
      enc.toUpperCase() === 'B'
        ? Buffer.from(data, 'base64').toString('utf8')
        : Buffer.from(
            data
              .replace(/_/g, ' ')
              .replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
            'latin1',
          ).toString('utf8'),
    );
}

function decodeBody(body: string, encoding: string | undefined): string {
  if (encoding?.toLowerCase() === 'base64')
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding?.toLowerCase() === 'quoted-printable') {
    const soft = body.replace(/=\r?\n/g, '');
    return Buffer.from(
      soft.replace(/=([0-9A-F]{2})/gi, (_x, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  }
  return body;
}

function headersOf(block: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const at = line.indexOf(':');
    if (at > 0) map.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return map;
}

/** Enough MIME for nodemailer's output: headers, and the text and HTML parts of an alternative. */
export function parseMail(raw: string): Omit<ReceivedMail, 'to'> {
  const split = raw.search(/\r?\n\r?\n/);
  const headers = headersOf(raw.slice(0, split));
  const body = raw.slice(split).replace(/^\r?\n\r?\n/, '');
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get('content-type') ?? '')?.[1];
  let text = '';
  let html = '';
  const parts = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw.slice(split)];
  for (const part of parts) {
    const cut = part.search(/\r?\n\r?\n/);
    const partHeaders = boundary ? headersOf(part.slice(0, cut)) : headers;
    const content = decodeBody(
      boundary ? part.slice(cut).trim() : body,
      partHeaders.get('content-transfer-encoding'),
    );
    const type = partHeaders.get('content-type') ?? '';
    if (type.startsWith('text/plain')) text = content;
    if (type.startsWith('text/html')) html = content;
  }
  return {
    messageId: headers.get('message-id') ?? '',
    subject: decodeWords(headers.get('subject') ?? ''),
    text,
    html,
  };
}

export interface MailServer {
  port: number;
  mails: ReceivedMail[];
  /** While stalled, the server accepts the connection but never answers the message data. */
  stall(on: boolean): void;
  close(): Promise<void>;
}

export async function startMailServer(): Promise<MailServer> {
  const mails: ReceivedMail[] = [];
  let stalled = false;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (stalled) return; // never answer: the sender waits until it dies or times out
        const parsed = parseMail(Buffer.concat(chunks).toString('utf8'));
        mails.push({ ...parsed, to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    mails,
    stall: (on) => (stalled = on),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface ReceivedHook {
  path: string;
  query: string;
  headers: IncomingHttpHeaders;
  body: string;
  json: Record<string, unknown>;
}

export interface HookServer {
  url: string;
  hooks: ReceivedHook[];
  /** Answers with this status (and robot error body) while set, to test retries. */
  fail(status: number | undefined): void;
  close(): Promise<void>;
}

export async function startHookServer(): Promise<HookServer> {
  const hooks: ReceivedHook[] = [];
  let failing: number | undefined;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (failing) {
        res.writeHead(failing).end('{"errcode":1,"errmsg":"down"}');
        return;
      }
      const body = Buffer.concat(chunks).toString('utf8');
      const [path = '', query = ''] = (req.url ?? '').split('?');
      hooks.push({
        path,
        query,
        headers: req.headers,
        body,
        json: JSON.parse(body) as Record<string, unknown>,
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"errcode":0,"errmsg":"ok","code":0}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    hooks,
    fail: (status) => (failing = status),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A database of our own for servers this suite starts: a fresh PostgreSQL or a SQLite DATA_DIR. */
export interface OwnDatabase {
  options: Pick<ServerOptions, 'databaseUrl'>;
  stop(): Promise<void>;
}

export async function ownDatabase(): Promise<OwnDatabase> {
  if (testDatabase() === 'postgres') {
    const pg: RunningPostgres = await startPostgres();
    return { options: { databaseUrl: pg.url }, stop: () => pg.stop() };
  }
  return { options: {}, stop: async () => undefined };
}

/** Settings for a server that mails through `mail` and retries quickly. */
export function notifyEnv(mail: MailServer, extra: Record<string, string> = {}): Record<string, string> {
  return {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(mail.port),
    SMTP_FROM: 'Flowhall <flowhall@test.local>',
    PUBLIC_URL: 'https://hall.test.local',
    NOTIFY_POLL_MS: '100',
    NOTIFY_RETRY_BASE_SECONDS: '0.2',
    NOTIFY_LEASE_SECONDS: '3',
    SCHEDULER: 'false',
    FLOWHALL_PLUGINS: '',
    ...extra,
  };
}

export async function signedInAt(
  server: Pick<RunningServer, 'url'>,
  username: string,
): Promise<FlowhallClient> {
  const client = createClient({ baseUrl: server.url });
  await client.auth.login(username, 'Flowhall@2026');
  return client;
}

/** Polls until `check` returns a value (not undefined) or the time runs out. */
export async function eventually<T>(
  check: () => T | undefined | Promise<T | undefined>,
  ms = 15_000,
): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export { startServer };

export interface KillableServer {
  url: string;
  /** SIGKILL: the process dies at once, mid-send, with nothing flushed or closed. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Like startServer, but keeps the child process so a test can SIGKILL it, and never removes the
 * DATA_DIR (the restarted server reuses it).
 */
export async function startKillableServer(options: {
  dataDir: string;
  databaseUrl?: string;
  env: Record<string, string>;
}): Promise<KillableServer> {
  const port = await freePort();
  let output = '';
  const child: ChildProcess = fork(join(REPO_ROOT, 'packages/server/bin/flowhall.js'), [], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: options.dataDir,
      DATABASE_URL: options.databaseUrl ?? '',
      FLOWHALL_WEB_ROOT: join(options.dataDir, 'no-web-app'),
      LOG_LEVEL: 'warn',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    child.on('message', (message: { type?: string }) => {
      if (message?.type === 'flowhall:ready') resolve();
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  child.removeAllListeners('exit');
  const ended = (signal: NodeJS.Signals) => async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    child.kill(signal);
    await exited;
  };
  return { url: `http://127.0.0.1:${port}`, kill: ended('SIGKILL'), stop: ended('SIGTERM') };
}
