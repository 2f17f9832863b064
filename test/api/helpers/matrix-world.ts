import type { FlowhallClient } from '@flowhall/client';
import { newClient, signedIn } from '../../support/api-hooks';
import { publish, sealCheckDefinition, uniqueKey } from '../../support/sample-process';

/** The seven people of the access matrix, in the order of each row's expectation string. */
export const ROLES = [
  'anonymous',
  'applicant',
  'otherApplicant',
  'assignee',
  'otherApprover',
  'officeAdmin',
  'platformAdmin',
] as const;
export type Role = (typeof ROLES)[number];

/** Demo accounts: the applicant's department head is the assignee of the seal check's first step. */
export const USERNAMES: Record<Exclude<Role, 'anonymous'>, string> = {
  applicant: 'zhangsan',
  otherApplicant: 'lisi',
  assignee: 'liyuan',
  otherApprover: 'hegj',
  officeAdmin: 'zhaozr',
  platformAdmin: 'admin',
};

const FORM = { bizType: '科研类', reason: '权限矩阵', majorMatter: false, copies: 1 };
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

export interface World {
  clients: Record<Role, FlowhallClient>;
  ids: Record<Exclude<Role, 'anonymous'>, number>;
  key: string;
  serviceKey: string;
  /** A running case of the applicant's, pending at the assignee, with a file attached. */
  caseId: number;
  taskId: string;
  fileId: string;
  /** A case of each state, new for each call (the request may change it). */
  running(): Promise<{ caseId: number; taskId: string }>;
  draft(): Promise<number>;
  returned(): Promise<number>;
  finished(): Promise<number>;
  /** A tiny PNG to upload. */
  png(): FormData;
}

export async function buildWorld(): Promise<World> {
  const entries = await Promise.all(
    Object.entries(USERNAMES).map(async ([role, username]) => [role, await signedIn(username)] as const),
  );
  const clients = { anonymous: newClient(), ...Object.fromEntries(entries) } as Record<Role, FlowhallClient>;
  const profiles = await Promise.all(
    entries.map(async ([role, client]) => [role, (await client.auth.me()).id] as const),
  );
  const ids = Object.fromEntries(profiles) as World['ids'];
  const { applicant, assignee, platformAdmin } = clients;
  const key = await publish(platformAdmin, sealCheckDefinition(uniqueKey('matrix')));
  const serviceKey = uniqueKey('matrix-svc');
  await platformAdmin.hall.createService({
    key: serviceKey,
    name: '权限矩阵事项',
    definitionKey: key,
    audience: ['staff', 'undergraduate', 'postgraduate', 'other'],
  });

  const running = async (): Promise<{ caseId: number; taskId: string }> => {
    const created = await applicant.cases.create({ definitionKey: key, form: FORM, submit: true });
    return { caseId: created.id, taskId: (await assignee.cases.get(created.id)).myTasks[0]!.id };
  };
  const png = (): FormData => {
    const form = new FormData();
    form.append('file', new Blob([PNG]), '矩阵.png');
    return form;
  };
  const [stored] = await applicant.files.upload([{ blob: new Blob([PNG]), name: '矩阵.png' }]);
  const created = await applicant.cases.create({
    definitionKey: key,
    form: { ...FORM, attachments: [stored!.id] },
    submit: true,
  });
  const taskId = (await assignee.cases.get(created.id)).myTasks[0]!.id;
  return {
    clients,
    ids,
    key,
    serviceKey,
    caseId: created.id,
    taskId,
    fileId: stored!.id,
    running,
    png,
    draft: async () => (await applicant.cases.create({ definitionKey: key, form: FORM })).id,
    returned: async () => {
      const { caseId, taskId: task } = await running();
      await assignee.cases.act(task, { type: 'return', opinion: '请补充', to: 'applicant' });
      return caseId;
    },
    finished: async () => {
      const { caseId, taskId: task } = await running();
      await assignee.cases.act(task, { type: 'reject', opinion: '不同意' });
      return caseId;
    },
  };
}
