import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { fn, col, Op, UniqueConstraintError } from 'sequelize';
import type { CaseRating, HallFigures, UsedService } from '@flowhall/schema';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import { HallService, visibleTo, Viewer } from './hall-service';

export type { CaseRating, HallFigures, UsedService };

export const RECENT_SORTS = ['last', 'most'] as const;
export type RecentSort = (typeof RECENT_SORTS)[number];

const FINISHED = new Set(['approved', 'rejected']);

/** Ratings, figures and the user's own usage: the hall's numbers that come from cases. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class HallUsage {
  @Inject()
  db!: Database;

  @Inject()
  hall!: HallService;

  /** One GROUP BY over cases (index cases_status_updated) and two counts over the catalogue. */
  async figures(): Promise<HallFigures> {
    const { HallService: Services, Case } = this.db.models;
    const [services, onlineServices, byStatus] = await Promise.all([
      Services.count({ where: { status: 'published' } }),
      Services.count({ where: { status: 'published', mode: 'online' } }),
      Case.findAll({
        attributes: ['status', [fn('COUNT', col('id')), 'n']],
        where: { status: { [Op.ne]: 'draft' } },
        group: ['status'],
        raw: true,
      }) as unknown as Promise<Array<{ status: string; n: number | string }>>,
    ]);
    const count = (statuses: string[]): number =>
      byStatus.filter((r) => statuses.includes(r.status)).reduce((sum, r) => sum + Number(r.n), 0);
    return {
      services,
      onlineServices,
      running: count(['running', 'returned']),
      completed: count(['approved', 'rejected']),
      total: byStatus.reduce((sum, r) => sum + Number(r.n), 0),
    };
  }

  /**
   * The applicant rates their finished case, once. The rating row and the service's running
   * count and sum are written in one transaction; the unique index on case_id settles a race.
   */
  async rate(
    userId: number,
    caseId: number,
    input: { stars: number; comment: string | null },
  ): Promise<CaseRating> {
    const { Case, CaseRating: Ratings, HallService: Services } = this.db.models;
    const row = Number.isSafeInteger(caseId)
      ? await Case.findByPk(caseId, { attributes: ['id', 'applicantId', 'status', 'definitionKey'] })
      : null;
    // Only the applicant rates; for anyone else the case does not exist (as everywhere else).
    if (!row || row.applicantId !== userId) {
      throw new AppError(
        404,
        'CASE_NOT_FOUND',
        '没有这个申请，或您无权查看 / No such case, or you may not see it',
      );
    }
    if (!FINISHED.has(row.status)) {
      throw new AppError(
        409,
        'CASE_NOT_FINISHED',
        '办结后才能评价 / A case can be rated once it is approved or rejected',
        { status: row.status },
      );
    }
    try {
      return await this.db.transaction(async (transaction) => {
        const existing = await Ratings.findOne({ where: { caseId }, transaction });
        if (existing) throw alreadyRated();
        const rating = await Ratings.create(
          {
            caseId,
            definitionKey: row.definitionKey,
            userId,
            stars: input.stars,
            comment: input.comment,
            createdAt: new Date(),
          },
          { transaction },
        );
        // Atomic increments: concurrent ratings of other cases of the service are never lost.
        await Services.increment(
          { ratingCount: 1, ratingSum: input.stars },
          { where: { definitionKey: row.definitionKey }, transaction },
        );
        return ratingOf(rating);
      });
    } catch (err) {
      if (err instanceof UniqueConstraintError) throw alreadyRated();
      throw err;
    }
  }

  async ratingOf(caseId: number): Promise<CaseRating | null> {
    const row = await this.db.models.CaseRating.findOne({ where: { caseId } });
    return row ? ratingOf(row) : null;
  }

  /**
   * The services the viewer applied for (drafts included: starting one is using the service),
   * most recent or most frequent first; only services they may still see.
   */
  async recent(viewer: Viewer, sort: RecentSort, limit: number): Promise<UsedService[]> {
    const { Case, HallService: Services } = this.db.models;
    const used = (await Case.findAll({
      attributes: ['definitionKey', [fn('COUNT', col('id')), 'n'], [fn('MAX', col('created_at')), 'last']],
      where: { applicantId: viewer.userId },
      group: ['definitionKey'],
      raw: true,
    })) as unknown as Array<{ definitionKey: string; n: number | string; last: Date | string }>;
    if (!used.length) return [];
    const services = await Services.findAll({
      where: { [Op.and]: [...visibleTo(viewer), { definitionKey: used.map((u) => u.definitionKey) }] },
    });
    const byKey = new Map(services.map((s) => [s.definitionKey, s]));
    const [departments, favourites] = await Promise.all([
      this.hall.departmentNames(services.map((s) => s.departmentId)),
      this.hall.favouriteIds(viewer.userId),
    ]);
    const items = used.flatMap((u) => {
      const service = byKey.get(u.definitionKey);
      if (!service) return [];
      return [
        {
          ...this.hall.card(service, departments, favourites),
          myCases: Number(u.n),
          lastUsedAt: new Date(u.last).toISOString(),
        },
      ];
    });
    items.sort((a, b) =>
      sort === 'most'
        ? b.myCases - a.myCases || b.lastUsedAt.localeCompare(a.lastUsedAt)
        : b.lastUsedAt.localeCompare(a.lastUsedAt) || b.myCases - a.myCases,
    );
    return items.slice(0, limit);
  }
}

const alreadyRated = (): AppError =>
  new AppError(409, 'CASE_ALREADY_RATED', '该申请已评价过 / This case has already been rated');

function ratingOf(row: {
  caseId: number;
  stars: number;
  comment: string | null;
  createdAt: Date;
}): CaseRating {
  return {
    caseId: row.caseId,
    stars: row.stars,
    comment: row.comment,
    createdAt: row.createdAt.toISOString(),
  };
}
