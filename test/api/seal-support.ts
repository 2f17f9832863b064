import type { CaseOutcome, FlowhallClient, TaskCommand } from '@flowhall/client';
import { expect } from 'chai';
import { sealApi, type SealApi } from '../../plugins/seal/src/client/seal-api';
import type { PickerSeal } from '../../plugins/seal/src/api-types';
import { signedIn, testServer } from '../support/api-hooks';

// Helpers of the seal plugin's HTTP scenario tests (test/api/seal-*.test.ts).

export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

export interface Person {
  client: FlowhallClient;
  seal: SealApi;
}

/** A demo user's client and the seal plugin's typed calls over its `request`. */
export async function person(username: string): Promise<Person> {
  const client = await signedIn(username);
  return { client, seal: sealApi(client.request) };
}

/** Uploads a small image as `name` and returns its file id (for upload fields). */
export async function uploaded(client: FlowhallClient, name: string): Promise<string> {
  const [file] = await client.files.upload([
    { blob: new Blob([new Uint8Array(PNG)], { type: 'image/png' }), name },
  ]);
  return file!.id;
}

/** The caller's pending task on the case, acted on with `command`; fails if there is none. */
export async function actOn(who: Person, caseId: number, command: TaskCommand): Promise<CaseOutcome> {
  const view = await who.client.cases.get(caseId);
  const task = view.myTasks[0];
  expect(task, `a pending task for the caller on case ${caseId}`).to.not.equal(undefined);
  return who.client.cases.act(task!.id, command);
}

/** The node ids where the case waits now. */
export async function waitingAt(who: Person, caseId: number): Promise<string[]> {
  const view = await who.client.cases.get(caseId);
  return view.tasks.filter((t) => t.status === 'pending').map((t) => t.nodeId);
}

/** A seal the picker offers, by name. */
export async function pickable(
  who: Person,
  name: string,
  query: { unit?: string; type?: string } = {},
): Promise<PickerSeal> {
  const { items } = await who.seal.picker(query);
  const found = items.find((s) => s.name === name);
  expect(found, `the picker offers ${name}`).to.not.equal(undefined);
  return found!;
}

/** A download through a bearer token (the JSON client parses JSON only). */
export async function download(
  who: Person,
  path: string,
): Promise<{ status: number; type: string; disposition: string; bytes: Buffer }> {
  const { token } = await who.client.auth.createToken({ name: 'ledger export test', expiresInDays: 1 });
  const response = await fetch(`${testServer().url}${path}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    disposition: response.headers.get('content-disposition') ?? '',
    bytes: Buffer.from(await response.arrayBuffer()),
  };
}

/** Today in China, as the plugin writes ledger dates. */
export const today = (): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
