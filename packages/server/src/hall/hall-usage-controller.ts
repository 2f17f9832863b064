import { Body, Controller, Get, Inject, Param, Post, Query } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { isAdmin } from '../auth/access';
import { requireUserId } from '../auth/current-user';
import { asObject } from '../cases/case-input';
import { AppError, unauthenticated, validationFailed } from '../common/app-error';
import { OrgService } from '../org/org-service';
import { CaseRating, HallFigures, HallUsage, RECENT_SORTS, RecentSort, UsedService } from './hall-usage';

const MAX_COMMENT = 500;

export function readRating(body: unknown): { stars: number; comment: string | null } {
  const value = asObject(body);
  const problems: Array<{ path: string; message: string }> = [];
  const stars = value.stars;
  if (!Number.isInteger(stars) || (stars as number) < 1 || (stars as number) > 5) {
    problems.push({ path: 'stars', message: '请给出 1 到 5 星 / stars must be a whole number from 1 to 5' });
  }
  let comment: string | null = null;
  if (value.comment !== undefined && value.comment !== null) {
    if (typeof value.comment !== 'string' || value.comment.trim().length > MAX_COMMENT) {
      problems.push({
        path: 'comment',
        message: `评价内容应为 ${MAX_COMMENT} 字以内的文本 / comment must be text of at most ${MAX_COMMENT} characters`,
      });
    } else {
      comment = value.comment.trim() || null;
    }
  }
  if (problems.length) throw validationFailed(problems);
  return { stars: stars as number, comment };
}

/** The hall's numbers that come from cases: figures (R4), ratings (R5, R29), my services. */
@Controller('/api')
export class HallUsageController {
  @Inject()
  ctx!: Context;

  @Inject()
  usage!: HallUsage;

  @Inject()
  org!: OrgService;

  @Get('/hall/figures', {
    summary: 'Hall-wide figures: services, online services, running, completed, total (R4)',
  })
  async figures(): Promise<HallFigures> {
    requireUserId(this.ctx);
    return this.usage.figures();
  }

  @Get('/hall/recent', { summary: 'Services I applied for, last used or most used first (R5)' })
  async recent(@Query() raw: Record<string, unknown>): Promise<{ items: UsedService[] }> {
    const profile = await this.org.profile(requireUserId(this.ctx));
    if (!profile) throw unauthenticated();
    const problems: Array<{ path: string; message: string }> = [];
    const sort = raw.sort === undefined ? 'last' : raw.sort;
    if (!RECENT_SORTS.includes(sort as RecentSort)) {
      problems.push({ path: 'sort', message: '只能是 last、most / must be last or most' });
    }
    const limit = raw.limit === undefined ? 8 : Number(raw.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 50) {
      problems.push({ path: 'limit', message: '应为 1 到 50 的整数 / must be a whole number from 1 to 50' });
    }
    if (problems.length) throw validationFailed(problems);
    const viewer = { userId: profile.id, identity: profile.identity, isAdmin: isAdmin(profile) };
    return { items: await this.usage.recent(viewer, sort as RecentSort, limit) };
  }

  @Post('/cases/:id/rating', { summary: 'The applicant rates their finished case, once (R29)' })
  async rate(@Param('id') id: string, @Body() body: unknown): Promise<CaseRating> {
    const userId = requireUserId(this.ctx);
    const caseId = Number(id);
    if (!Number.isSafeInteger(caseId) || caseId < 1) {
      throw new AppError(404, 'CASE_NOT_FOUND', '没有这个申请 / No such case');
    }
    const input = readRating(body);
    const rating = await this.usage.rate(userId, caseId, input);
    this.ctx.status = 201;
    return rating;
  }
}
