import { Body, Controller, Del, Get, Inject, Param, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { requireUserId } from '../auth/current-user';
import { DelegationService, DelegationView, delegationNotFound } from './delegation-service';
import { BodyReader, MAX_ID, pathId } from './org-input';

// Dates are ISO 8601 with a time zone (what `Date.toISOString()` writes), so "9 o'clock" means
// the same instant on every server.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function readInstant(reader: BodyReader, name: string): Date | undefined {
  const text = reader.text(name, {
    required: true,
    max: 40,
    pattern: ISO_INSTANT,
    patternHint: `应为带时区的 ISO 8601 时间 / ${name} must be an ISO 8601 time with a zone, e.g. 2026-03-01T09:00:00+08:00`,
  });
  if (!text || !ISO_INSTANT.test(text)) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime())) {
    reader.problems.push({ path: name, message: `不是有效的时间 / ${name} is not a valid time` });
    return undefined;
  }
  return date;
}

/** My out-of-office delegations: while one is running, my tasks go to the delegate. */
@Controller('/api/me')
export class DelegationController {
  @Inject()
  ctx!: Context;

  @Inject()
  delegations!: DelegationService;

  @Get('/delegations', { summary: 'My out-of-office delegations' })
  async list(): Promise<{ items: DelegationView[] }> {
    return { items: await this.delegations.list(requireUserId(this.ctx)) };
  }

  @Post('/delegations', { summary: 'Delegate my tasks to someone for a period' })
  async create(@Body() body: unknown): Promise<DelegationView> {
    const userId = requireUserId(this.ctx);
    const reader = new BodyReader(body, ['delegateUserId', 'startsAt', 'endsAt', 'reason']);
    const delegateUserId = reader.int('delegateUserId', { min: 1, max: MAX_ID, required: true });
    const startsAt = readInstant(reader, 'startsAt');
    const endsAt = readInstant(reader, 'endsAt');
    const reason = reader.text('reason', { nullable: true, max: 200 });
    reader.done();
    const view = await this.delegations.create(userId, {
      delegateUserId: delegateUserId as number,
      startsAt: startsAt as Date,
      endsAt: endsAt as Date,
      reason: reason ?? null,
    });
    this.ctx.status = 201;
    return view;
  }

  @Del('/delegations/:id', { summary: 'Cancel one of my delegations' })
  async remove(@Param('id') raw: string): Promise<{ ok: true }> {
    const userId = requireUserId(this.ctx);
    await this.delegations.remove(userId, pathId(raw, delegationNotFound));
    return { ok: true };
  }
}
