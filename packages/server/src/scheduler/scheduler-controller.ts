import { Body, Config, Controller, Inject, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { isPlatformAdmin } from '../auth/access';
import { AppError, forbidden, validationFailed } from '../common/app-error';
import { adminProfile } from '../org/org-access';
import { OrgService } from '../org/org-service';
import type { Settings } from '../settings';
import { TimeScheduler } from './time-scheduler';
import type { SweepResult } from './time-sweep';

@Controller('/api/admin/scheduler')
export class SchedulerController {
  @Inject()
  ctx!: Context;

  @Inject()
  org!: OrgService;

  @Inject()
  scheduler!: TimeScheduler;

  @Config('flowhall')
  settings!: Settings;

  /**
   * Runs the time-limit sweep now. `at` (another clock) is accepted only with
   * SCHEDULER_ALLOW_CLOCK=true: it lets tests and drills see what a later hour would do.
   */
  @Post('/sweep', { summary: 'Run the time-limit sweep now (platform administrators)' })
  async sweep(@Body() body: unknown): Promise<SweepResult> {
    const profile = await adminProfile(this.org, this.ctx);
    if (!isPlatformAdmin(profile)) throw forbidden();
    const at = (body as { at?: unknown } | undefined)?.at;
    if (at === undefined) return this.scheduler.runOnce(new Date());
    if (!this.settings.notify.schedulerAllowClock) {
      throw new AppError(
        403,
        'CLOCK_NOT_ALLOWED',
        '未开启指定时间运行 / Sweeping at another time is disabled (SCHEDULER_ALLOW_CLOCK)',
      );
    }
    const when = typeof at === 'string' ? new Date(at) : new Date(Number.NaN);
    if (Number.isNaN(when.getTime()))
      throw validationFailed([{ path: 'at', message: '应为 ISO 8601 时间 / expected an ISO 8601 instant' }]);
    return this.scheduler.runOnce(when);
  }
}
