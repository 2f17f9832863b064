import { Body, Controller, Del, Get, Inject, Param, Patch, Post, Put, Query } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { isAdmin } from '../auth/access';
import { requireUserId } from '../auth/current-user';
import { forbidden, unauthenticated } from '../common/app-error';
import { OrgService, UserProfile } from '../org/org-service';
import { HallAdmin } from './hall-admin';
import { readServiceInput, readServiceQuery, SERVICE_KEY } from './hall-input';
import {
  CategoryGroups,
  HallService,
  ServiceCard,
  ServiceDetail,
  serviceNotFound,
  Viewer,
} from './hall-service';

@Controller('/api/hall')
export class HallController {
  @Inject()
  ctx!: Context;

  @Inject()
  hall!: HallService;

  @Inject()
  admin!: HallAdmin;

  @Inject()
  org!: OrgService;

  private async viewer(): Promise<Viewer & { profile: UserProfile }> {
    const profile = await this.org.profile(requireUserId(this.ctx));
    if (!profile) throw unauthenticated();
    return { userId: profile.id, identity: profile.identity, isAdmin: isAdmin(profile), profile };
  }

  private async requireAdmin(): Promise<number> {
    const viewer = await this.viewer();
    if (!viewer.isAdmin) throw forbidden('只有管理员可以管理办事大厅 / Only administrators manage the hall');
    return viewer.userId;
  }

  /** The services the signed-in user may use (R6), searchable, filterable and sortable (R2, R5). */
  @Get('/services', { summary: 'Services the signed-in user may use: search, filters, sort (R1-R6)' })
  async services(@Query() raw: Record<string, unknown>): Promise<{ items: ServiceCard[]; total: number }> {
    const query = readServiceQuery(raw);
    return this.hall.list(await this.viewer(), query);
  }

  /** Groups by department, theme and category with counts (R1). */
  @Get('/categories', { summary: 'Visible services grouped by department, theme and category, with counts' })
  async categories(): Promise<CategoryGroups> {
    return this.hall.categories(await this.viewer());
  }

  @Get('/services/:key', { summary: "A service's page: guide, attachments, counters (counts a visit)" })
  async detail(@Param('key') key: string): Promise<ServiceDetail> {
    const viewer = await this.viewer();
    if (!SERVICE_KEY.test(key)) throw serviceNotFound();
    return this.hall.detail(viewer, key);
  }

  @Post('/services', { summary: 'Create a hall service (administrators)' })
  async create(@Body() body: unknown): Promise<ServiceDetail> {
    const userId = await this.requireAdmin();
    const input = readServiceInput(body, 'create');
    const detail = await this.admin.create(input as typeof input & { key: string; name: string }, userId);
    this.ctx.status = 201;
    return detail;
  }

  @Patch('/services/:key', { summary: 'Edit, pin, order or hide a hall service (administrators)' })
  async update(@Param('key') key: string, @Body() body: unknown): Promise<ServiceDetail> {
    const userId = await this.requireAdmin();
    if (!SERVICE_KEY.test(key)) throw serviceNotFound();
    return this.admin.update(key, readServiceInput(body, 'update'), userId);
  }

  @Put('/services/:key/favourite', { summary: 'Mark a service as a favourite (idempotent)' })
  async favourite(@Param('key') key: string): Promise<{ key: string; favourite: boolean }> {
    const viewer = await this.viewer();
    if (!SERVICE_KEY.test(key)) throw serviceNotFound();
    return this.hall.setFavourite(viewer, key, true);
  }

  @Del('/services/:key/favourite', { summary: 'Unmark a favourite (idempotent)' })
  async unfavourite(@Param('key') key: string): Promise<{ key: string; favourite: boolean }> {
    const viewer = await this.viewer();
    if (!SERVICE_KEY.test(key)) throw serviceNotFound();
    return this.hall.setFavourite(viewer, key, false);
  }
}
