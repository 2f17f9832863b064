import { APPROVAL_ACTIONS } from '@flowhall/schema';
import { validationFailed } from '../common/app-error';
import type { TaskCommandInput } from './case-commands';
import type { CaseImportance } from './case-models';

type Json = Record<string, unknown>;
type Problems = Array<{ path: string; message: string }>;

export const asObject = (body: unknown): Json =>
  body && typeof body === 'object' && !Array.isArray(body) ? (body as Json) : {};

const MAX_OPINION = 2000;
const TASK_TYPES = new Set<string>([...APPROVAL_ACTIONS, 'complete']);

function optionalObject(value: Json, name: string, problems: Problems): Record<string, unknown> | undefined {
  const raw = value[name];
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ path: name, message: `${name} 应为对象 / ${name} must be an object` });
    return undefined;
  }
  return raw as Record<string, unknown>;
}

function userIds(raw: unknown, path: string, problems: Problems): string[] | undefined {
  if (
    !Array.isArray(raw) ||
    raw.length === 0 ||
    raw.length > 20 ||
    !raw.every((v) => Number.isSafeInteger(v))
  ) {
    problems.push({ path, message: '请选择 1 到 20 位人员（用户编号）/ pick 1–20 people (user ids)' });
    return undefined;
  }
  return (raw as number[]).map(String);
}

const IMPORTANCE = new Set<string>(['normal', 'urgent']);

/** `importance` of a create or submit body: 加急 (urgent) or normal; undefined when absent. */
export function readImportance(body: unknown): CaseImportance | undefined {
  const raw = asObject(body).importance;
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw !== 'string' || !IMPORTANCE.has(raw)) {
    throw validationFailed([
      { path: 'importance', message: '缓急应为 normal 或 urgent / importance must be normal or urgent' },
    ]);
  }
  return raw as CaseImportance;
}

export function readCreateCase(body: unknown): {
  definitionKey: string;
  form: Record<string, unknown>;
  submit: boolean;
  importance: CaseImportance;
} {
  const value = asObject(body);
  const problems: Problems = [];
  if (typeof value.definitionKey !== 'string' || !value.definitionKey) {
    problems.push({ path: 'definitionKey', message: '请指定要申请的事项 / definitionKey is required' });
  }
  const form = optionalObject(value, 'form', problems) ?? {};
  if (value.submit !== undefined && typeof value.submit !== 'boolean') {
    problems.push({ path: 'submit', message: 'submit 应为 true 或 false / submit must be a boolean' });
  }
  if (problems.length) throw validationFailed(problems);
  return {
    definitionKey: value.definitionKey as string,
    form,
    submit: value.submit === true,
    importance: readImportance(body) ?? 'normal',
  };
}

export function readForm(
  body: unknown,
  name: 'form' | 'formPatch',
  required: boolean,
): Record<string, unknown> | undefined {
  const problems: Problems = [];
  const form = optionalObject(asObject(body), name, problems);
  if (required && !form) problems.push({ path: name, message: `缺少 ${name} / ${name} is required` });
  if (problems.length) throw validationFailed(problems);
  return form;
}

export function readUrge(body: unknown): string[] {
  const raw = asObject(body).taskIds;
  if (
    !Array.isArray(raw) ||
    raw.length === 0 ||
    raw.length > 50 ||
    !raw.every((t) => typeof t === 'string' && t.length <= 64)
  ) {
    throw validationFailed([
      { path: 'taskIds', message: '请选择要催办的环节 / pick the pending steps to urge' },
    ]);
  }
  return raw as string[];
}

export function readWithdraw(body: unknown): string | undefined {
  const reason = asObject(body).reason;
  if (reason === undefined) return undefined;
  if (typeof reason !== 'string' || reason.length > 500) {
    throw validationFailed([
      {
        path: 'reason',
        message: '撤销原因应为 500 字以内的文本 / reason must be text of at most 500 characters',
      },
    ]);
  }
  return reason;
}

/** Checks an approver's command: the fields each action needs, with their types. */
export function readTaskCommand(body: unknown): TaskCommandInput {
  const value = asObject(body);
  const problems: Problems = [];
  const type = value.type;
  if (typeof type !== 'string' || !TASK_TYPES.has(type)) {
    throw validationFailed([
      { path: 'type', message: `未知的操作 / type must be one of ${[...TASK_TYPES].join(', ')}` },
    ]);
  }
  const input: TaskCommandInput = { type: type as TaskCommandInput['type'] };
  if (value.opinion !== undefined) {
    if (typeof value.opinion !== 'string' || value.opinion.length > MAX_OPINION) {
      problems.push({
        path: 'opinion',
        message: `意见应为 ${MAX_OPINION} 字以内的文本 / opinion must be text of at most ${MAX_OPINION} characters`,
      });
    } else input.opinion = value.opinion;
  }
  if (value.route !== undefined) {
    if (typeof value.route !== 'string')
      problems.push({ path: 'route', message: 'route 应为文本 / route must be text' });
    else input.route = value.route;
  }
  const formPatch = optionalObject(value, 'formPatch', problems);
  if (formPatch) input.formPatch = formPatch;
  if (type === 'return' && value.to !== undefined) {
    const to = value.to;
    if (to === 'applicant' || to === 'previous') input.to = to;
    else if (to && typeof to === 'object' && typeof (to as Json).nodeId === 'string')
      input.to = { nodeId: (to as Json).nodeId as string };
    else
      problems.push({
        path: 'to',
        message:
          '退回目标应为 applicant、previous 或 { nodeId } / to must be applicant, previous or { nodeId }',
      });
  }
  if (type === 'forward') {
    const to = userIds(value.to, 'to', problems);
    if (to) input.to = to;
  }
  if (type === 'transfer') {
    if (!Number.isSafeInteger(value.to))
      problems.push({ path: 'to', message: '请选择转交对象 / to must be a user id' });
    else input.to = String(value.to);
  }
  if (type === 'addSigner') {
    const users = userIds(value.users, 'users', problems);
    if (users) input.users = users;
    if (value.position !== 'before' && value.position !== 'after') {
      problems.push({
        path: 'position',
        message: '加签位置应为 before 或 after / position must be before or after',
      });
    } else input.position = value.position;
  }
  if (problems.length) throw validationFailed(problems);
  return input;
}
