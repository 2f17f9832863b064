import { Controller, Get, Inject, Query } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { requireUserId } from '../auth/current-user';
import { unauthenticated, validationFailed } from '../common/app-error';
import { OrgService } from '../org/org-service';
import { HallService, ServiceCard, ServiceQuery } from './hall-service';

const ADMIN_ROLES = new Set(['platform-admin', 'office-admin']);

function readQuery(raw: Record<string, unknown>): ServiceQuery {
  const problems: Array<{ path: string; message: string }> = [];
  const text = (name: string): string | undefined =>
    typeof raw[name] === 'string' ? (raw[name] as string) : undefined;
  const int = (name: string, min: number, max: number): number | undefined => {
    const value = text(name);
    if (value === undefined || value === '') return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < min || n > max) {
      problems.push({
        path: name,
        message: `应为 ${min} 到 ${max} 之间的整数 / must be a whole number from ${min} to ${max}`,
      });
      return undefined;
    }
    return n;
  };
  const sort = text('sort');
  if (sort !== undefined && sort !== 'default' && sort !== 'visits') {
    problems.push({
      path: 'sort',
      message: '排序方式只能是 default 或 visits / sort must be default or visits',
    });
  }
  const q = text('q');
  if (q !== undefined && q.length > 100)
    problems.push({ path: 'q', message: '搜索词过长 / search text too long' });
  const query: ServiceQuery = {
    q,
    onlineOnly: text('onlineOnly') === 'true' || text('onlineOnly') === '1',
    sort: sort === 'visits' ? 'visits' : 'default',
    limit: int('limit', 1, 100),
    offset: int('offset', 0, 1_000_000),
  };
  if (problems.length) throw validationFailed(problems);
  return query;
}

@Controller('/api/hall')
export class HallController {
  @Inject()
  ctx!: Context;

  @Inject()
  hall!: HallService;

  @Inject()
  org!: OrgService;

  /** The services the signed-in user may use (R6), searchable and sortable (R2). */
  @Get('/services')
  async services(@Query() raw: Record<string, unknown>): Promise<{ items: ServiceCard[]; total: number }> {
    const query = readQuery(raw);
    const profile = await this.org.profile(requireUserId(this.ctx));
    if (!profile) throw unauthenticated();
    const isAdmin = profile.roles.some((r) => ADMIN_ROLES.has(r.key));
    return this.hall.list({ identity: profile.identity, isAdmin }, query);
  }
}
