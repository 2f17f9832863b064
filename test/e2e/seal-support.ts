import { createClient, type FlowhallClient, type TaskCommand } from '@flowhall/client';
import { sealApi, type SealApi } from '../../plugins/seal/src/client/seal-api';
import { mkdirSync } from 'fs';
import { launchBrowser } from '../support/browser';
import { startServer } from '../support/server-process';
import { ARTIFACTS, DEMO_PASSWORD, startApp, type TestApp } from './support/app';

// Approvals are driven over the API (the case view is another page's); the seal pages through
// the browser.

export interface ApiUser {
  client: FlowhallClient;
  seal: SealApi;
}

export async function apiUser(app: TestApp, username: string): Promise<ApiUser> {
  const client = createClient({ baseUrl: app.server.url });
  await client.auth.login(username, DEMO_PASSWORD);
  return { client, seal: sealApi(client.request) };
}

export async function actOn(who: ApiUser, caseId: number, command: TaskCommand): Promise<void> {
  const view = await who.client.cases.get(caseId);
  const task = view.myTasks[0];
  if (!task) throw new Error(`no pending task on case ${caseId} for this user`);
  await who.client.cases.act(task.id, command);
}

export async function uploadedPng(who: ApiUser, name: string): Promise<string> {
  const png = Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  );
  const [file] = await who.client.files.upload([
    { blob: new Blob([new Uint8Array(png)], { type: 'image/png' }), name },
  ]);
  return file!.id;
}

export const today = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

/**
 * The app as `startApp` starts it, but serving `FLOWHALL_E2E_WEB_ROOT` when set: a copy of the
 * built web app that a parallel `umi build` on the same machine cannot delete under a running test.
 */
export async function startSealApp(): Promise<TestApp> {
  const webRoot = process.env.FLOWHALL_E2E_WEB_ROOT;
  if (!webRoot) return startApp();
  mkdirSync(ARTIFACTS, { recursive: true });
  const server = await startServer({ webRoot });
  const browser = await launchBrowser().catch(async (err: unknown) => {
    await server.stop();
    throw err;
  });
  return {
    server,
    browser,
    stop: async () => {
      await browser.close();
      await server.stop();
    },
  };
}
