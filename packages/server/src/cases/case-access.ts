import { Init, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Op, type Transaction } from 'sequelize';
import { isAdmin } from '../auth/access';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import { FileReadPolicies } from '../files/file-access';
import { DelegationService } from '../org/delegation-service';
import { OrgService } from '../org/org-service';
import type { UserProfile } from '../org/org-service';
import type { CaseRow } from './case-models';

export type CaseRelation = 'applicant' | 'assignee' | 'cc' | 'admin';

/** 404, not 403, for a case the user may not see: its existence is nobody else's business. */
export const caseNotFound = (): AppError =>
  new AppError(404, 'CASE_NOT_FOUND', '没有这个申请，或您无权查看 / No such case, or you may not see it');

/**
 * Who may read a case: its applicant, anyone who has or had a task on it, anyone it was CC'd to,
 * and office / platform administrators.
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class CaseAccess {
  @Inject()
  db!: Database;

  @Inject()
  filePolicies!: FileReadPolicies;

  @Inject()
  org!: OrgService;

  @Inject()
  delegations!: DelegationService;

  @Init()
  init(): void {
    // Whoever may read a case may read the files attached to it (materials, stamped scans).
    this.filePolicies.register({
      name: 'case-readers',
      canRead: async (userId, file) => {
        if (file.caseId === null) return false;
        const profile = await this.org.profile(userId);
        const row = await this.db.models.Case.findByPk(file.caseId);
        return Boolean(profile && row && (await this.relations(profile, row)).size > 0);
      },
    });
  }

  async relations(profile: UserProfile, row: CaseRow, transaction?: Transaction): Promise<Set<CaseRelation>> {
    const relations = new Set<CaseRelation>();
    if (row.applicantId === profile.id) relations.add('applicant');
    if (isAdmin(profile)) relations.add('admin');
    // A delegate reads the cases of the tasks they may act on now and of those they acted on.
    const delegators = await this.delegations.delegatorsOf(profile.id, new Date());
    const [task, cc] = await Promise.all([
      this.db.models.Task.findOne({
        where: {
          caseId: row.id,
          [Op.or]: [
            { assigneeId: profile.id },
            { actedBy: profile.id },
            ...(delegators.length ? [{ assigneeId: delegators, status: 'pending' as const }] : []),
          ],
        },
        attributes: ['id'],
        transaction,
      }),
      this.db.models.CaseCc.findOne({
        where: { caseId: row.id, userId: profile.id },
        attributes: ['id'],
        transaction,
      }),
    ]);
    if (task) relations.add('assignee');
    if (cc) relations.add('cc');
    return relations;
  }

  /** Loads a case the user may read, or answers 404. */
  async readable(
    profile: UserProfile,
    caseId: number,
    transaction?: Transaction,
  ): Promise<{ row: CaseRow; relations: Set<CaseRelation> }> {
    const row = Number.isSafeInteger(caseId)
      ? await this.db.models.Case.findByPk(caseId, { transaction })
      : null;
    if (!row) throw caseNotFound();
    const relations = await this.relations(profile, row, transaction);
    if (relations.size === 0) throw caseNotFound();
    return { row, relations };
  }
}
