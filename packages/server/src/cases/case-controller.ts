import { Body, Controller, Get, Inject, Param, Post, Put } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import type { Transaction } from 'sequelize';
import type { FieldPermissions, FlowGraph, FormSchema } from '@flowhall/schema';
import { fieldPermissionsFor } from '@flowhall/schema';
import { requireUserId } from '../auth/current-user';
import { AppError, unauthenticated } from '../common/app-error';
import { runIdempotent } from '../common/idempotency';
import { Database } from '../db/database';
import { DefinitionService } from '../definitions/definition-service';
import { OrgService, UserProfile } from '../org/org-service';
import { CaseAccess } from './case-access';
import { CaseCommands, CaseOutcome } from './case-commands';
import {
  readCreateCase,
  readForm,
  readImportance,
  readTaskCommand,
  readUrge,
  readWithdraw,
} from './case-input';
import { CaseReads, CaseView, TraceEntry } from './case-reads';

const caseIdOf = (raw: string): number => {
  const id = Number(raw);
  if (!Number.isSafeInteger(id) || id < 1)
    throw new AppError(404, 'CASE_NOT_FOUND', '没有这个申请 / No such case');
  return id;
};

@Controller('/api')
export class CaseController {
  @Inject()
  ctx!: Context;

  @Inject()
  db!: Database;

  @Inject()
  org!: OrgService;

  @Inject()
  definitions!: DefinitionService;

  @Inject()
  access!: CaseAccess;

  @Inject()
  commands!: CaseCommands;

  @Inject()
  reads!: CaseReads;

  private async me(): Promise<UserProfile> {
    const profile = await this.org.profile(requireUserId(this.ctx));
    if (!profile) throw unauthenticated();
    return profile;
  }

  /** Runs a case write in one transaction, honouring `Idempotency-Key`. */
  private async write(
    profile: UserProfile,
    body: unknown,
    status: number,
    work: (transaction: Transaction) => Promise<CaseOutcome>,
  ): Promise<CaseOutcome> {
    const answer = await runIdempotent<CaseOutcome>(
      this.db,
      {
        userId: profile.id,
        key: this.ctx.get('idempotency-key') || undefined,
        method: this.ctx.method,
        path: this.ctx.path,
        body,
      },
      async (transaction) => ({ status, body: await work(transaction) }),
    );
    this.ctx.status = answer.status;
    return answer.body;
  }

  /** What the apply page needs to start a case: the latest version's form and what the applicant may edit. */
  @Get('/processes/:key')
  async process(@Param('key') key: string): Promise<{
    key: string;
    version: number;
    name: string;
    guide: string | null;
    form: FormSchema;
    flow: FlowGraph;
    fieldPermissions: FieldPermissions;
  }> {
    const profile = await this.me();
    const definition = await this.definitions.latest(key);
    if (definition.audience?.length && !definition.audience.includes(profile.identity)) {
      throw new AppError(403, 'NOT_IN_AUDIENCE', '该事项不面向您的身份 / This service is not offered to you');
    }
    const start = definition.flow.nodes.find((n) => n.type === 'start');
    return {
      key: definition.key,
      version: definition.version,
      name: definition.name,
      guide: definition.guide ?? null,
      form: definition.form,
      flow: definition.flow,
      fieldPermissions: (start && fieldPermissionsFor(definition, start.id)) || {},
    };
  }

  @Post('/cases')
  async create(@Body() body: unknown): Promise<CaseOutcome> {
    const profile = await this.me();
    const input = readCreateCase(body);
    return this.write(profile, body, 201, (tx) => this.commands.create(profile, input, tx));
  }

  @Get('/cases/:id')
  async read(@Param('id') id: string): Promise<CaseView> {
    const profile = await this.me();
    const { row, relations } = await this.access.readable(profile, caseIdOf(id));
    if (relations.has('cc')) {
      await this.db.models.CaseCc.update(
        { readAt: new Date() },
        { where: { caseId: row.id, userId: profile.id, readAt: null } },
      );
    }
    return this.reads.view(profile, row, relations);
  }

  @Put('/cases/:id/form')
  async saveDraft(@Param('id') id: string, @Body() body: unknown): Promise<CaseOutcome> {
    const profile = await this.me();
    const form = readForm(body, 'form', true) ?? {};
    return this.write(profile, body, 200, (tx) => this.commands.saveDraft(profile, caseIdOf(id), form, tx));
  }

  @Post('/cases/:id/submit')
  async submit(@Param('id') id: string, @Body() body: unknown): Promise<CaseOutcome> {
    const profile = await this.me();
    const formPatch = readForm(body, 'formPatch', false);
    const importance = readImportance(body);
    return this.write(profile, body, 200, (tx) =>
      this.commands.applicantCommand(
        profile,
        caseIdOf(id),
        { type: 'submit', ...(formPatch ? { formPatch } : {}), ...(importance ? { importance } : {}) },
        tx,
      ),
    );
  }

  @Post('/cases/:id/resubmit')
  async resubmit(@Param('id') id: string, @Body() body: unknown): Promise<CaseOutcome> {
    const profile = await this.me();
    const formPatch = readForm(body, 'formPatch', false);
    const importance = readImportance(body);
    return this.write(profile, body, 200, (tx) =>
      this.commands.applicantCommand(
        profile,
        caseIdOf(id),
        { type: 'resubmit', ...(formPatch ? { formPatch } : {}), ...(importance ? { importance } : {}) },
        tx,
      ),
    );
  }

  @Post('/cases/:id/withdraw')
  async withdraw(@Param('id') id: string, @Body() body: unknown): Promise<CaseOutcome> {
    const profile = await this.me();
    const reason = readWithdraw(body);
    return this.write(profile, body, 200, (tx) =>
      this.commands.applicantCommand(
        profile,
        caseIdOf(id),
        { type: 'withdraw', ...(reason ? { reason } : {}) },
        tx,
      ),
    );
  }

  @Post('/cases/:id/urge')
  async urge(@Param('id') id: string, @Body() body: unknown): Promise<CaseOutcome> {
    const profile = await this.me();
    const taskIds = readUrge(body);
    return this.write(profile, body, 200, (tx) =>
      this.commands.applicantCommand(profile, caseIdOf(id), { type: 'urge', taskIds }, tx),
    );
  }

  @Post('/cases/:id/copy')
  async copy(@Param('id') id: string, @Body() body: unknown): Promise<CaseOutcome> {
    const profile = await this.me();
    return this.write(profile, body, 201, (tx) => this.commands.copy(profile, caseIdOf(id), tx));
  }

  @Get('/cases/:id/trace')
  async trace(@Param('id') id: string): Promise<{ items: TraceEntry[] }> {
    const { row } = await this.access.readable(await this.me(), caseIdOf(id));
    return { items: await this.reads.trace(row) };
  }

  @Get('/cases/:id/flow')
  async flow(@Param('id') id: string) {
    const { row } = await this.access.readable(await this.me(), caseIdOf(id));
    return this.reads.flow(row);
  }

  @Get('/cases/:id/form-schema')
  async formSchema(@Param('id') id: string): Promise<FormSchema> {
    const { row } = await this.access.readable(await this.me(), caseIdOf(id));
    return this.reads.formSchema(row);
  }

  /** An approver's or handler's action on their task: approve, reject, return, forward, … */
  @Post('/tasks/:id/act')
  async act(@Param('id') id: string, @Body() body: unknown): Promise<CaseOutcome> {
    const profile = await this.me();
    const input = readTaskCommand(body);
    return this.write(profile, body, 200, (tx) => this.commands.taskCommand(profile, id, input, tx));
  }
}
