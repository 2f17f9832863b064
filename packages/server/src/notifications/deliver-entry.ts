import type { Transaction } from 'sequelize';
import type { Database } from '../db/database';
import type { EmailChannel } from './channels/email-channel';
import { postWebhook, webhookRequest } from './channels/webhook-formats';
import type { Message } from './message-builder';
import type { NotifyEvent, WebhookKind } from '@flowhall/schema';
import type { Channel } from './notify-events';
import { preferencesOf } from './preferences';

/** One send to one target; `skipped` when there is nothing to send to (no e-mail address, no SMTP). */
export interface Job {
  channel: Channel;
  target: string;
  run(): Promise<'sent' | 'skipped'>;
}

export interface JobFailure {
  job: Job;
  error: string;
}

function subscribed(events: string, event: NotifyEvent): boolean {
  const list = JSON.parse(events) as string[];
  return list.length === 0 || list.includes(event);
}

/**
 * The sends one message needs: each recipient's chosen personal channels, then each enabled webhook
 * endpoint that wants the event (once per message, not per recipient).
 */
export async function jobsFor(
  db: Database,
  message: Message,
  email: EmailChannel | undefined,
  nowMs: () => number,
): Promise<Job[]> {
  const jobs: Job[] = [];
  const preferences = await preferencesOf(
    db,
    message.recipients.map((r) => r.id),
  );
  for (const recipient of message.recipients) {
    const channels = preferences.get(recipient.id)?.[message.event] ?? [];
    const target = `user:${recipient.id}`;
    if (channels.includes('inApp')) {
      jobs.push({
        channel: 'inApp',
        target,
        // The notification and its delivery record commit together: in-app is exactly once.
        run: () =>
          db.transaction(async (transaction): Promise<'sent'> => {
            await db.models.Notification.bulkCreate(
              [
                {
                  userId: recipient.id,
                  outboxId: message.outboxId,
                  event: message.event,
                  title: message.subject,
                  body: message.text,
                  caseId: message.caseId,
                  taskId: message.taskId,
                  readAt: null,
                  createdAt: message.occurredAt,
                },
              ],
              { ignoreDuplicates: true, transaction },
            );
            await record(db, message.outboxId, 'inApp', target, 'sent', null, transaction);
            return 'sent';
          }),
      });
    }
    if (channels.includes('email')) {
      jobs.push({
        channel: 'email',
        target,
        run: async () => {
          if (!email || !recipient.email) return 'skipped';
          await email.send(message, recipient);
          return 'sent';
        },
      });
    }
  }
  const endpoints = await db.models.WebhookEndpoint.findAll({
    where: { enabled: true },
    order: [['id', 'ASC']],
  });
  for (const endpoint of endpoints) {
    if (!subscribed(endpoint.events, message.event)) continue;
    const target = `endpoint:${endpoint.id}`;
    jobs.push({
      channel: 'webhook',
      target,
      run: async () => {
        const request = webhookRequest(
          { id: endpoint.id, kind: endpoint.kind as WebhookKind, url: endpoint.url, secret: endpoint.secret },
          message,
          `${message.outboxId}:${target}`,
          nowMs(),
        );
        await postWebhook(endpoint.kind as WebhookKind, request);
        return 'sent';
      },
    });
  }
  return jobs;
}

/** Records a delivery under its unique key; a second record of the same key is a no-op. */
export async function record(
  db: Database,
  outboxId: number,
  channel: Channel,
  target: string,
  status: 'sent' | 'failed' | 'skipped',
  error: string | null,
  transaction?: Transaction,
): Promise<void> {
  await db.models.Delivery.bulkCreate([{ outboxId, channel, target, status, error, createdAt: new Date() }], {
    ignoreDuplicates: true,
    transaction,
  });
}

/** Runs the jobs not yet recorded; a failure does not stop the others. */
export async function runJobs(db: Database, outboxId: number, jobs: Job[]): Promise<JobFailure[]> {
  const recorded = await db.models.Delivery.findAll({ where: { outboxId } });
  const done = new Set(recorded.map((d) => `${d.channel}|${d.target}`));
  const failures: JobFailure[] = [];
  for (const job of jobs) {
    if (done.has(`${job.channel}|${job.target}`)) continue;
    try {
      const outcome = await job.run();
      // In-app recorded itself inside its transaction; recording again is a harmless no-op.
      await db.transaction((transaction) =>
        record(db, outboxId, job.channel, job.target, outcome, null, transaction),
      );
    } catch (error) {
      failures.push({ job, error: error instanceof Error ? error.message : String(error) });
    }
  }
  return failures;
}
