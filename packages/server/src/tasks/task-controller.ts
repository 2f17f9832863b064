import { Controller, Get, Inject, Param, Query } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { isAdmin } from '../auth/access';
import { requireUserId } from '../auth/current-user';
import { forbidden, unauthenticated, validationFailed } from '../common/app-error';
import { OrgService } from '../org/org-service';
import { decodeCursor } from './cursor';
import type { CaseImportance } from '@flowhall/schema';
import { Box, BOXES, Counts, ListPage, TaskLists } from './task-lists';

/** The university's day (Asia/Shanghai, no daylight saving): `YYYY-MM-DD` plus `days`, at 00:00. */
function dayStart(
  raw: string | undefined,
  days: number,
  path: string,
  problems: Array<{ path: string; message: string }>,
): Date | undefined {
  if (raw === undefined || raw === '') return undefined;
  const at = /^\d{4}-\d{2}-\d{2}$/.test(raw) ? new Date(`${raw}T00:00:00+08:00`) : new Date(NaN);
  if (Number.isNaN(at.getTime())) {
    problems.push({ path, message: '日期格式应为 YYYY-MM-DD / the date must be YYYY-MM-DD' });
    return undefined;
  }
  return new Date(at.getTime() + days * 86_400_000);
}

const CASE_STATUSES = new Set(['draft', 'running', 'returned', 'approved', 'rejected', 'withdrawn']);

@Controller('/api/lists')
export class TaskController {
  @Inject()
  ctx!: Context;

  @Inject()
  lists!: TaskLists;

  @Inject()
  org!: OrgService;

  /** Badge counts for the navigation: to-do, urged, unread CC, returned and draft cases. */
  @Get('/counts')
  async counts(): Promise<Counts> {
    return this.lists.counts(requireUserId(this.ctx));
  }

  /**
   * `box`: todo | done | cc | mine | supervised; keyset-paginated with `cursor`, newest first.
   * Filters: definitionKey, status (mine), importance, q (serial number, service or applicant
   * name), from / to (arrival dates, inclusive).
   */
  @Get('/:box')
  async list(@Param('box') box: string, @Query() raw: Record<string, unknown>): Promise<ListPage> {
    const userId = requireUserId(this.ctx);
    if (!BOXES.includes(box as Box)) {
      throw validationFailed([
        {
          path: 'box',
          message: `列表应为 ${BOXES.join(' / ')} 之一 / box must be one of ${BOXES.join(', ')}`,
        },
      ]);
    }
    if (box === 'supervised') {
      const profile = await this.org.profile(userId);
      if (!profile) throw unauthenticated();
      if (!isAdmin(profile))
        throw forbidden(
          '只有业务管理员可以查看督办列表 / Only office administrators see the supervised list',
        );
    }
    const text = (name: string) => (typeof raw[name] === 'string' ? (raw[name] as string) : undefined);
    const problems: Array<{ path: string; message: string }> = [];
    const limitRaw = text('limit');
    const limit = limitRaw === undefined ? 20 : Number(limitRaw);
    if (!Number.isInteger(limit) || limit < 1 || limit > 100) {
      problems.push({ path: 'limit', message: '每页条数应为 1 到 100 / limit must be 1–100' });
    }
    const status = text('status');
    if (status !== undefined && !CASE_STATUSES.has(status)) {
      problems.push({ path: 'status', message: '未知的申请状态 / unknown case status' });
    }
    const importance = text('importance');
    if (importance !== undefined && importance !== 'normal' && importance !== 'urgent') {
      problems.push({
        path: 'importance',
        message: '缓急应为 normal 或 urgent / importance must be normal or urgent',
      });
    }
    const q = text('q')?.trim();
    if (q !== undefined && q.length > 100) {
      problems.push({ path: 'q', message: '关键字最多 100 个字符 / q is at most 100 characters' });
    }
    const from = dayStart(text('from'), 0, 'from', problems);
    // `to` is the last day included: the range ends when the next day starts.
    const to = dayStart(text('to'), 1, 'to', problems);
    if (from && to && from >= to) {
      problems.push({ path: 'to', message: '结束日期不能早于开始日期 / to must not be before from' });
    }
    if (problems.length) throw validationFailed(problems);
    return this.lists.list(userId, box as Box, {
      limit,
      cursor: decodeCursor(text('cursor')),
      definitionKey: text('definitionKey'),
      status,
      ...(importance ? { importance: importance as CaseImportance } : {}),
      ...(q ? { q } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
    });
  }
}
