import { Config, Destroy, ILogger, Inject, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { literal, type InferAttributes } from 'sequelize';
import { Database } from '../db/database';
import type { Settings } from '../settings';
import { createEmailChannel, type EmailChannel } from './channels/email-channel';
import { jobsFor, record, runJobs } from './deliver-entry';
import { buildMessage } from './message-builder';
import type { OutboxEntryRow } from './notification-models';
import type { NotifyPayload } from './notify-events';
import { claimDue, renewLease, type ClaimedEntry } from './outbox-claim';

const MAX_BACKOFF_MS = 6 * 3_600_000;

/**
 * Delivers the outbox (ADR 0004): claims due rows with a lease, sends each to every channel not yet
 * recorded for it, records each delivery under a unique (message, channel, target) key, and
 * reschedules a row with exponential back-off until it succeeds or runs out of attempts.
 * Started and stopped by MainConfiguration; disabled with NOTIFY_DISPATCHER=false.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class NotificationDispatcher {
  @Config('flowhall')
  settings!: Settings;

  @Logger()
  logger!: ILogger;

  @Inject()
  db!: Database;

  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private stopped = true;
  private stopping = false;
  private email: EmailChannel | undefined;

  start(): void {
    if (!this.settings.notify.dispatcher || !this.stopped) return;
    this.stopped = false;
    this.stopping = false;
    if (this.settings.notify.smtp) this.email = createEmailChannel(this.settings.notify.smtp);
    this.schedule(0);
  }

  @Destroy()
  async stop(): Promise<void> {
    this.stopped = true;
    this.stopping = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    this.email?.close();
    this.email = undefined;
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => {
      this.running = this.loop();
    }, delayMs);
  }

  private async loop(): Promise<void> {
    let claimed = 0;
    try {
      claimed = await this.runOnce(new Date());
    } catch (error) {
      this.logger.error('[flowhall] notification dispatch failed: %s', (error as Error).stack ?? error);
    }
    // A full batch means more may be waiting: go again at once.
    this.schedule(claimed >= this.settings.notify.batchSize ? 0 : this.settings.notify.pollMs);
  }

  /** Claims and delivers one batch; returns how many rows it claimed. */
  async runOnce(now: Date): Promise<number> {
    const { batchSize, leaseSeconds } = this.settings.notify;
    const { entries, until } = await claimDue(this.db, { limit: batchSize, leaseSeconds, now });
    let done = 0;
    for (const entry of entries) {
      if (this.stopping) break;
      done += 1;
      // Each row starts with a fresh lease, or not at all if another process has it by now.
      if (await renewLease(this.db, { id: entry.id, held: until, leaseSeconds })) await this.deliver(entry);
    }
    // Rows claimed but not tried (shutting down) go back at once, without counting an attempt.
    const untried = entries.slice(done).map((e) => e.id);
    if (untried.length) {
      await this.db.transaction((transaction) =>
        this.db.models.OutboxEntry.update(
          { lockedUntil: null, attempts: literal('attempts - 1') as unknown as number },
          { where: { id: untried, lockedUntil: until }, transaction },
        ),
      );
    }
    return entries.length;
  }

  private publicUrl(): string {
    return this.settings.notify.publicUrl ?? `http://localhost:${this.settings.port}`;
  }

  private async deliver(entry: ClaimedEntry): Promise<void> {
    const { OutboxEntry } = this.db.models;
    const row = await OutboxEntry.findByPk(entry.id);
    if (!row) return;
    if (entry.kind !== 'notify') {
      await this.finish(row, {
        status: 'failed',
        lastError: `unknown kind ${entry.kind}`,
        lockedUntil: null,
      });
      return;
    }
    const message = await buildMessage(
      this.db,
      row,
      JSON.parse(entry.payload) as NotifyPayload,
      this.publicUrl(),
    );
    const jobs = await jobsFor(this.db, message, this.email, () => Date.now());
    const failures = await runJobs(this.db, entry.id, jobs);
    const now = new Date();
    if (!failures.length) {
      await this.finish(row, { status: 'done', finishedAt: now, lockedUntil: null, lastError: null });
      return;
    }
    const lastError = failures
      .map((f) => `${f.job.channel} ${f.job.target}: ${f.error}`)
      .join('\n')
      .slice(0, 4000);
    const { maxAttempts, retryBaseSeconds } = this.settings.notify;
    if (entry.attempts >= maxAttempts) {
      await this.db.transaction(async (transaction) => {
        for (const failure of failures) {
          const error = failure.error.slice(0, 2000);
          await record(
            this.db,
            entry.id,
            failure.job.channel,
            failure.job.target,
            'failed',
            error,
            transaction,
          );
        }
        await row.update(
          { status: 'failed', finishedAt: now, lockedUntil: null, lastError },
          { transaction },
        );
      });
      this.logger.warn(
        '[flowhall] notification %d gave up after %d attempts: %s',
        entry.id,
        entry.attempts,
        lastError,
      );
      return;
    }
    const backoff = Math.min(retryBaseSeconds * 1000 * 2 ** (entry.attempts - 1), MAX_BACKOFF_MS);
    await this.finish(row, {
      nextAttemptAt: new Date(now.getTime() + backoff),
      lockedUntil: null,
      lastError,
    });
  }

  /** Every write goes through Database.transaction: on SQLite it joins the one queue of writers. */
  private finish(row: OutboxEntryRow, values: Partial<InferAttributes<OutboxEntryRow>>): Promise<unknown> {
    return this.db.transaction((transaction) => row.update(values, { transaction }));
  }
}
