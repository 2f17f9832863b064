import { Config, Destroy, ILogger, Inject, Logger, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { CaseCommands } from '../cases/case-commands';
import { Database } from '../db/database';
import type { Settings } from '../settings';
import { sweep, type SweepResult } from './time-sweep';

/**
 * Runs the time-limit sweep every SCHEDULER_INTERVAL_SECONDS in this process. Safe with several
 * processes on one database: every one-off action is claimed by a conditional UPDATE (time-sweep.ts).
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class TimeScheduler {
  @Config('flowhall')
  settings!: Settings;

  @Logger()
  logger!: ILogger;

  @Inject()
  db!: Database;

  @Inject()
  commands!: CaseCommands;

  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private active = false;

  start(): void {
    if (!this.settings.notify.scheduler || this.active) return;
    this.active = true;
    this.schedule();
  }

  @Destroy()
  async stop(): Promise<void> {
    this.active = false;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
  }

  /** One sweep as of `now`; the timer passes the wall clock, tests and drills may pass another. */
  async runOnce(now: Date): Promise<SweepResult> {
    const run = this.running.then(() =>
      sweep(this.db, this.commands, { now, dueSoonHours: this.settings.notify.dueSoonHours }),
    );
    // Sweeps in one process never overlap: the next waits for the one before.
    this.running = run.catch(() => undefined);
    return run;
  }

  private schedule(): void {
    if (!this.active) return;
    this.timer = setTimeout(() => {
      this.runOnce(new Date())
        .catch((error: Error) =>
          this.logger.error('[flowhall] time-limit sweep failed: %s', error.stack ?? error),
        )
        .finally(() => this.schedule());
    }, this.settings.notify.schedulerIntervalSeconds * 1000);
  }
}
