import type { NotifyEvent } from '@flowhall/schema';
import { Op } from 'sequelize';
import type { Database } from '../db/database';
import { eventOf, type NotifyPayload } from './notify-events';
import {
  DEFAULT_TEMPLATES,
  escapeHtml,
  render,
  type Template,
  type TemplateVariables,
} from './notify-templates';

export interface Recipient {
  id: number;
  name: string;
  email: string | null;
}

/** One outbox row rendered once; every recipient and channel gets the same words. */
export interface Message {
  outboxId: number;
  event: NotifyEvent;
  subject: string;
  text: string;
  html: string;
  link: string;
  caseId: number | null;
  taskId: string | null;
  variables: TemplateVariables;
  recipients: Recipient[];
  occurredAt: Date;
}

/** Events that ask the recipient to act on a task: an out-of-office delegate must hear them too. */
const TASK_EVENTS: ReadonlySet<NotifyEvent> = new Set(['assigned', 'urged', 'dueSoon', 'overdue']);

/**
 * The delegates acting for these people at `at` (out of office, ADR 0004): the delegate holds the
 * task in their to-do, so they get its messages as well. Judged at the message's own time, so a
 * retry reaches the same people.
 */
async function delegatesOf(db: Database, ids: number[], at: Date): Promise<number[]> {
  if (!ids.length) return [];
  const rows = await db.models.Delegation.findAll({
    attributes: ['delegateUserId'],
    where: { userId: ids, startsAt: { [Op.lte]: at }, endsAt: { [Op.gt]: at } },
    raw: true,
  });
  return rows.map((row) => row.delegateUserId).filter((id) => !ids.includes(id));
}

const TIME_FORMAT = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** Template for an event: the administrators' version when they saved one, else the shipped one. */
export async function templateFor(db: Database, event: NotifyEvent): Promise<Template> {
  const saved = await db.models.NotificationTemplate.findByPk(event);
  return saved ? { subject: saved.subject, body: saved.body } : DEFAULT_TEMPLATES[event];
}

function htmlOf(text: string, link: string): string {
  const lines = escapeHtml(text)
    .split('\n')
    .map((line) => `<p style="margin:0 0 8px">${line}</p>`)
    .join('');
  const button = `<p><a href="${escapeHtml(link)}" style="display:inline-block;padding:8px 16px;background:#1677ff;color:#fff;border-radius:6px;text-decoration:none">查看详情</a></p>`;
  return `<!doctype html><html><body style="font-family:sans-serif;font-size:14px;color:#1f1f1f">${lines}${button}</body></html>`;
}

/**
 * Reads what a message names (case title, step, applicant, recipients) at send time. A case is
 * never deleted, so the words are the same on a retry.
 */
export async function buildMessage(
  db: Database,
  entry: { id: number; createdAt: Date },
  payload: NotifyPayload,
  publicUrl: string,
): Promise<Message> {
  const { Case, Task, User } = db.models;
  const caseId = Number(payload.caseId);
  const caseRow = Number.isSafeInteger(caseId) ? await Case.findByPk(caseId) : null;
  const task = payload.taskId ? await Task.findByPk(payload.taskId) : null;
  const event = eventOf(payload.reason);
  const assignees = payload.to.map(Number).filter(Number.isSafeInteger);
  const delegates = TASK_EVENTS.has(event) ? await delegatesOf(db, assignees, entry.createdAt) : [];
  const ids = [...new Set([...assignees, ...delegates])];
  const users = ids.length ? await User.findAll({ where: { id: ids } }) : [];
  const link = `${publicUrl}/cases/${caseId}`;
  const variables: TemplateVariables = {
    title: caseRow?.definitionName ?? payload.caseTitle ?? '',
    step: task?.nodeName ?? caseRow?.currentStep ?? '',
    applicant: caseRow?.applicantName ?? '',
    time: TIME_FORMAT.format(entry.createdAt),
    link,
    serialNo: caseRow?.serialNo ?? payload.serialNo ?? '',
    opinion: payload.opinion ?? '',
  };
  const template = await templateFor(db, event);
  const text = render(template.body, variables);
  return {
    outboxId: entry.id,
    event,
    subject: render(template.subject, variables).replace(/\s+/g, ' ').slice(0, 300),
    text,
    html: htmlOf(text, link),
    link,
    caseId: caseRow ? caseRow.id : null,
    taskId: payload.taskId ?? null,
    variables,
    recipients: users.filter((u) => u.active).map((u) => ({ id: u.id, name: u.displayName, email: u.email })),
    occurredAt: entry.createdAt,
  };
}
