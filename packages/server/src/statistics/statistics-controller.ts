import type {
  BacklogRow,
  CaseStatistics,
  DurationStatistics,
  RatingRow,
  StatisticsScopeOptions,
} from '@flowhall/schema';
import { Controller, Get, Inject, Query } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { validationFailed } from '../common/app-error';
import { contentDisposition } from '../files/file-controller';
import { signedInProfile } from '../org/org-access';
import { OrgService } from '../org/org-service';
import { Database } from '../db/database';
import { statisticsWorkbook } from './statistics-export';
import {
  parseDepartmentId,
  resolveScope,
  scopeOptions,
  type ScopeDepartment,
  type StatisticsScope,
} from './statistics-scope';
import { StatisticsService } from './statistics-service';
import type { StatisticsQuery } from './statistics-types';

const DAY = 86_400_000;
const MAX_SPAN_DAYS = 3 * 366;

/** `from` / `to` as dates (YYYY-MM-DD, China time, `to` inclusive) or ISO instants. */
function parseDate(value: unknown, endOfDay: boolean): Date | undefined | null {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') return null;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const date = new Date(day ? `${value}T00:00:00+08:00` : value);
  if (Number.isNaN(date.getTime())) return null;
  return day && endOfDay ? new Date(date.getTime() + DAY) : date;
}

export function parseStatisticsQuery(raw: Record<string, unknown>, now: Date): StatisticsQuery {
  const problems: Array<{ path: string; message: string }> = [];
  const to = parseDate(raw.to, true);
  const from = parseDate(raw.from, false);
  if (to === null) problems.push({ path: 'to', message: '应为日期 YYYY-MM-DD / expected a date' });
  if (from === null) problems.push({ path: 'from', message: '应为日期 YYYY-MM-DD / expected a date' });
  const interval = raw.interval ?? 'month';
  if (interval !== 'day' && interval !== 'month') {
    problems.push({ path: 'interval', message: '应为 day 或 month / interval must be day or month' });
  }
  const definitionKey =
    typeof raw.definitionKey === 'string' && raw.definitionKey ? raw.definitionKey : undefined;
  const end = to ?? now;
  const start = from ?? new Date(end.getTime() - 365 * DAY);
  if (!problems.length && (start >= end || end.getTime() - start.getTime() > MAX_SPAN_DAYS * DAY)) {
    problems.push({
      path: 'from',
      message: '统计期间应在 3 年以内且开始早于结束 / the period must be under 3 years, from before to',
    });
  }
  if (problems.length) throw validationFailed(problems);
  return {
    from: start,
    to: end,
    interval: interval as 'day' | 'month',
    definitionKey,
    departmentIds: undefined,
  };
}

/**
 * Reports: office and platform administrators see the organisation or any department; department
 * heads and unit approvers see what their unit handled (statistics-scope.ts). Other people: 403.
 */
@Controller('/api/statistics')
export class StatisticsController {
  @Inject()
  ctx!: Context;

  @Inject()
  org!: OrgService;

  @Inject()
  db!: Database;

  @Inject()
  statistics!: StatisticsService;

  private async departments(): Promise<ScopeDepartment[]> {
    const rows = await this.db.models.Department.findAll({
      attributes: ['id', 'name', 'parentId', 'headUserId'],
      order: [
        ['sortOrder', 'ASC'],
        ['id', 'ASC'],
      ],
    });
    return rows.map((d) => ({ id: d.id, name: d.name, parentId: d.parentId, headUserId: d.headUserId }));
  }

  private async scoped(raw: Record<string, unknown>): Promise<StatisticsQuery & { scope: StatisticsScope }> {
    const profile = await signedInProfile(this.org, this.ctx);
    const departmentId = parseDepartmentId(raw.departmentId);
    const scope = resolveScope(profile, await this.departments(), departmentId);
    return { ...parseStatisticsQuery(raw, new Date()), departmentIds: scope.departmentIds, scope };
  }

  private query(raw: Record<string, unknown>): Promise<StatisticsQuery> {
    return this.scoped(raw);
  }

  @Get('/scope', { summary: 'Whether the organisation is visible, and the departments one may pick' })
  async scope(): Promise<StatisticsScopeOptions> {
    const profile = await signedInProfile(this.org, this.ctx);
    return scopeOptions(profile, await this.departments());
  }

  @Get('/cases', { summary: 'Cases by service, status and department, and over time' })
  async cases(@Query() raw: Record<string, unknown>): Promise<CaseStatistics> {
    return this.statistics.cases(await this.query(raw));
  }

  @Get('/durations', { summary: 'Average and longest handling time per service and per step (hours)' })
  async durations(@Query() raw: Record<string, unknown>): Promise<DurationStatistics> {
    return this.statistics.durations(await this.query(raw));
  }

  @Get('/backlog', { summary: 'Open tasks per approver, with how many are overdue' })
  async backlog(@Query() raw: Record<string, unknown>): Promise<BacklogRow[]> {
    return this.statistics.backlog(new Date(), await this.query(raw));
  }

  @Get('/ratings', { summary: 'Satisfaction ratings per service (R29)' })
  async ratings(@Query() raw: Record<string, unknown>): Promise<RatingRow[]> {
    return this.statistics.ratings(await this.query(raw));
  }

  @Get('/export', { summary: 'All statistics of the period as an Excel workbook' })
  async export(@Query() raw: Record<string, unknown>): Promise<Buffer> {
    const query = await this.scoped(raw);
    const [cases, durations, backlog, ratings] = await Promise.all([
      this.statistics.cases(query),
      this.statistics.durations(query),
      this.statistics.backlog(new Date(), query),
      this.statistics.ratings(query),
    ]);
    const day = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const period = `${day(query.from)} 至 ${day(new Date(query.to.getTime() - 1))}`;
    const body = await statisticsWorkbook({
      period,
      scope: query.scope.label,
      cases,
      durations,
      backlog,
      ratings,
    });
    this.ctx.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    this.ctx.set(
      'Content-Disposition',
      contentDisposition(
        'attachment',
        `办件统计-${day(query.from)}-${day(new Date(query.to.getTime() - 1))}.xlsx`,
      ),
    );
    return body;
  }
}
