import { Body, Controller, Inject, Param, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import type { CaseOutcome } from '@flowhall/schema';
import { isAdmin } from '../auth/access';
import { requireUserId } from '../auth/current-user';
import { asObject } from '../cases/case-input';
import { forbidden, unauthenticated, validationFailed } from '../common/app-error';
import { runIdempotent } from '../common/idempotency';
import { Database } from '../db/database';
import { OrgService } from '../org/org-service';
import { REASSIGN_FORBIDDEN, ReassignInput, TaskReassign } from './task-reassign';

const MAX_REASON = 500;

export function readReassign(body: unknown): ReassignInput {
  const value = asObject(body);
  const problems: Array<{ path: string; message: string }> = [];
  if (!Number.isSafeInteger(value.userId) || (value.userId as number) < 1) {
    problems.push({ path: 'userId', message: '请选择新的审批人（用户编号）/ userId must be a user id' });
  }
  const reason = typeof value.reason === 'string' ? value.reason.trim() : '';
  if (!reason || reason.length > MAX_REASON) {
    problems.push({
      path: 'reason',
      message: `请填写更换原因（1 到 ${MAX_REASON} 字）/ reason is required (1–${MAX_REASON} characters)`,
    });
  }
  if (value.lockVersion !== undefined && !Number.isSafeInteger(value.lockVersion)) {
    problems.push({ path: 'lockVersion', message: 'lockVersion 应为整数 / lockVersion must be an integer' });
  }
  if (problems.length) throw validationFailed(problems);
  return {
    userId: value.userId as number,
    reason,
    ...(value.lockVersion !== undefined ? { lockVersion: value.lockVersion as number } : {}),
  };
}

@Controller('/api/tasks')
export class ReassignController {
  @Inject()
  ctx!: Context;

  @Inject()
  db!: Database;

  @Inject()
  org!: OrgService;

  @Inject()
  reassigner!: TaskReassign;

  /** Office administrators change a pending task's assignee (R19); `Idempotency-Key` honoured. */
  @Post('/:id/reassign', { summary: 'Change a pending task’s assignee (office administrators)' })
  async reassign(@Param('id') id: string, @Body() body: unknown): Promise<CaseOutcome> {
    const profile = await this.org.profile(requireUserId(this.ctx));
    if (!profile) throw unauthenticated();
    // Access before input: people who may not reassign learn nothing from validation messages.
    if (!isAdmin(profile)) throw forbidden(REASSIGN_FORBIDDEN);
    const input = readReassign(body);
    const answer = await runIdempotent<CaseOutcome>(
      this.db,
      {
        userId: profile.id,
        key: this.ctx.get('idempotency-key') || undefined,
        method: this.ctx.method,
        path: this.ctx.path,
        body,
      },
      async (transaction) => ({
        status: 200,
        body: await this.reassigner.reassign(profile, id, input, transaction),
      }),
    );
    this.ctx.status = answer.status;
    return answer.body;
  }
}
