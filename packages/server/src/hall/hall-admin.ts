import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Op, Transaction, UniqueConstraintError } from 'sequelize';
import { AuditService } from '../audit/audit-service';
import { AppError, validationFailed } from '../common/app-error';
import { Database } from '../db/database';
import type { HallServiceRow } from '../db/models';
import type { Problem, ServiceInput } from './hall-input';
import { HallService, parseAttachments, ServiceDetail, serviceNotFound } from './hall-service';

const keyTaken = (key: string): AppError =>
  new AppError(409, 'SERVICE_KEY_TAKEN', `事项标识已被使用 / The service key "${key}" is taken`, { key });

type RowValues = Partial<Omit<HallServiceRow, 'audience' | 'attachments'>> & {
  audience?: string;
  attachments?: string | null;
};

/** Administrators' edits to the catalogue: create, edit, pin, order, hide. Every edit is audited. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class HallAdmin {
  @Inject()
  db!: Database;

  @Inject()
  hall!: HallService;

  @Inject()
  audit!: AuditService;

  async create(input: ServiceInput & { key: string; name: string }, userId: number): Promise<ServiceDetail> {
    return this.db.transaction(async (transaction) => {
      const { HallService: Services } = this.db.models;
      if (await Services.findOne({ where: { key: input.key }, attributes: ['id'], transaction })) {
        throw keyTaken(input.key);
      }
      const values = await this.rowValues(input, userId, null, transaction);
      let row: HallServiceRow;
      try {
        row = await Services.create({ ...values, key: input.key, name: input.name }, { transaction });
      } catch (err) {
        if (err instanceof UniqueConstraintError) throw keyTaken(input.key);
        throw err;
      }
      await this.audit.append(
        {
          stream: 'hall',
          actorUserId: userId,
          action: 'hall.service.create',
          subjectType: 'hall-service',
          subjectId: input.key,
          data: { ...input },
        },
        transaction,
      );
      return this.detail(row, userId, transaction);
    });
  }

  async update(key: string, input: ServiceInput, userId: number): Promise<ServiceDetail> {
    return this.db.transaction(async (transaction) => {
      const row = await this.db.models.HallService.findOne({ where: { key }, transaction });
      if (!row) throw serviceNotFound();
      const values = await this.rowValues(input, userId, row, transaction);
      await row.update(values, { transaction });
      await this.audit.append(
        {
          stream: 'hall',
          actorUserId: userId,
          action: 'hall.service.update',
          subjectType: 'hall-service',
          subjectId: key,
          data: { ...input },
        },
        transaction,
      );
      return this.detail(row, userId, transaction);
    });
  }

  private async detail(
    row: HallServiceRow,
    userId: number,
    transaction: Transaction,
  ): Promise<ServiceDetail> {
    const departments = await this.hall.departmentNames([row.departmentId]);
    const favourites = await this.db.models.Favourite.findAll({
      where: { userId, serviceId: row.id },
      attributes: ['serviceId'],
      transaction,
    });
    return this.hall.detailOf(row, departments, new Set(favourites.map((f) => f.serviceId)));
  }

  /** Checks references (department, attached files) and turns the input into column values. */
  private async rowValues(
    input: ServiceInput,
    userId: number,
    existing: HallServiceRow | null,
    transaction: Transaction,
  ): Promise<RowValues> {
    const problems: Problem[] = [];
    if (typeof input.departmentId === 'number') {
      const department = await this.db.models.Department.findByPk(input.departmentId, { transaction });
      if (!department) problems.push({ path: 'departmentId', message: '没有这个部门 / no such department' });
    }
    if (input.attachments?.length) {
      // Only files the editor uploaded (or already on this service), and never a case's files:
      // an attachment is shown to everyone who may see the service.
      const already = new Set(parseAttachments(existing?.attachments ?? null).map((a) => a.fileId));
      const ids = input.attachments.map((a) => a.fileId).filter((id) => !already.has(id));
      const usable = ids.length
        ? await this.db.models.StoredFile.findAll({
            where: { id: { [Op.in]: ids }, ownerUserId: userId, caseId: null },
            attributes: ['id'],
            transaction,
          })
        : [];
      const ok = new Set(usable.map((f) => f.id));
      input.attachments.forEach((a, index) => {
        if (!already.has(a.fileId) && !ok.has(a.fileId)) {
          problems.push({
            path: `attachments[${index}].fileId`,
            message: '附件须是您本人上传的文件 / attach a file you uploaded yourself',
          });
        }
      });
    }
    if (problems.length) throw validationFailed(problems);
    const { audience, attachments, key: _key, ...rest } = input;
    const values: RowValues = { ...rest, updatedBy: userId };
    if (audience) values.audience = audience.join(',');
    if (attachments) values.attachments = attachments.length ? JSON.stringify(attachments) : null;
    return values;
  }
}
