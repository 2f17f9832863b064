import { Body, Controller, Get, Inject, Param, Post, Put } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import type { DefinitionProblem, ProcessDefinition } from '@flowhall/schema';
import { isAdmin } from '../auth/access';
import { requireUserId } from '../auth/current-user';
import { forbidden, unauthenticated, validationFailed } from '../common/app-error';
import { OrgService } from '../org/org-service';
import { DefinitionDetail, DefinitionService, DefinitionSummary, VersionSummary } from './definition-service';

type Json = Record<string, unknown>;
const asObject = (body: unknown): Json =>
  body && typeof body === 'object' && !Array.isArray(body) ? (body as Json) : {};

/** Process definitions for the designers and the definitions admin; administrators only. */
@Controller('/api/definitions')
export class DefinitionController {
  @Inject()
  ctx!: Context;

  @Inject()
  definitions!: DefinitionService;

  @Inject()
  org!: OrgService;

  private async requireAdmin(): Promise<number> {
    const userId = requireUserId(this.ctx);
    const profile = await this.org.profile(userId);
    if (!profile) throw unauthenticated();
    if (!isAdmin(profile)) throw forbidden('只有管理员可以管理流程 / Only administrators manage processes');
    return userId;
  }

  @Get('/')
  async list(): Promise<{ items: DefinitionSummary[] }> {
    await this.requireAdmin();
    return { items: await this.definitions.list() };
  }

  @Post('/')
  async create(@Body() body: unknown): Promise<DefinitionDetail> {
    const userId = await this.requireAdmin();
    const value = asObject(body);
    const text = (name: string) => (typeof value[name] === 'string' ? (value[name] as string) : undefined);
    this.ctx.status = 201;
    return this.definitions.create(
      {
        key: text('key') ?? '',
        name: text('name') ?? '',
        category: text('category'),
        copyFrom: text('copyFrom'),
      },
      userId,
    );
  }

  @Get('/:key')
  async detail(@Param('key') key: string): Promise<DefinitionDetail> {
    await this.requireAdmin();
    return this.definitions.detail(key);
  }

  /** Body: `{ baseRevision, definition }`; answers 409 DRAFT_CONFLICT when the draft moved on. */
  @Put('/:key/draft')
  async saveDraft(@Param('key') key: string, @Body() body: unknown): Promise<DefinitionDetail> {
    const userId = await this.requireAdmin();
    const value = asObject(body);
    if (typeof value.baseRevision !== 'number' || !Number.isInteger(value.baseRevision)) {
      throw validationFailed([
        { path: 'baseRevision', message: '缺少草稿版本号 / baseRevision (an integer) is required' },
      ]);
    }
    return this.definitions.saveDraft(key, value.definition, value.baseRevision, userId);
  }

  @Post('/:key/validate')
  async validate(@Param('key') key: string): Promise<{ ok: boolean; problems: DefinitionProblem[] }> {
    await this.requireAdmin();
    const problems = await this.definitions.validate(key);
    return { ok: problems.length === 0, problems };
  }

  @Post('/:key/publish')
  async publish(@Param('key') key: string, @Body() body: unknown): Promise<VersionSummary> {
    const userId = await this.requireAdmin();
    const note = asObject(body).changeNote;
    if (note !== undefined && (typeof note !== 'string' || note.length > 500)) {
      throw validationFailed([
        {
          path: 'changeNote',
          message: '变更说明应为 500 字以内的文本 / changeNote must be text of at most 500 characters',
        },
      ]);
    }
    this.ctx.status = 201;
    return this.definitions.publish(key, note as string | undefined, userId);
  }

  /** A newer baseline a plugin offers for this process, if any. */
  @Get('/:key/baseline-offer')
  async baselineOffer(@Param('key') key: string): Promise<{ offered: ProcessDefinition | null }> {
    await this.requireAdmin();
    return { offered: await this.definitions.baselineOffer(key) };
  }

  /** Body `{ decision: 'adopt' | 'keep' }`: adopt puts the baseline in the draft; keep dismisses it. */
  @Post('/:key/baseline-offer/decide')
  async decideBaseline(@Param('key') key: string, @Body() body: unknown): Promise<DefinitionDetail> {
    const userId = await this.requireAdmin();
    const decision = asObject(body).decision;
    if (decision !== 'adopt' && decision !== 'keep') {
      throw validationFailed([
        {
          path: 'decision',
          message: '请选择 adopt（采用）或 keep（保留现有）/ decision must be adopt or keep',
        },
      ]);
    }
    return this.definitions.decideBaseline(key, decision, userId);
  }

  @Get('/:key/versions/:version')
  async version(@Param('key') key: string, @Param('version') version: string): Promise<ProcessDefinition> {
    await this.requireAdmin();
    const number = Number(version);
    if (!Number.isInteger(number) || number < 1) {
      throw validationFailed([
        { path: 'version', message: '版本号应为正整数 / version must be a positive integer' },
      ]);
    }
    return this.definitions.version(key, number);
  }
}
