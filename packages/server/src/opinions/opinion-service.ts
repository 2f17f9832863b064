import type { Opinion } from '@flowhall/schema';
import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { UniqueConstraintError } from 'sequelize';
import { AppError, forbidden, validationFailed } from '../common/app-error';
import { Database } from '../db/database';

/** The stock phrases of R17, offered to everyone before their own. */
export const STOCK_OPINIONS: readonly string[] = [
  '同意。',
  '同意上报。',
  '同意办理。',
  '拟同意。',
  '不同意。',
  '修改后再报。',
  '通过。',
  '不通过。',
  '情况属实。',
  '已审核。',
  '已处理。',
  '已落实。',
  '办结。',
];

export const MAX_OPINION_LENGTH = 200;
const MAX_OWN_OPINIONS = 100;

export type { Opinion };

const opinionExists = (): AppError =>
  new AppError(409, 'OPINION_EXISTS', '已有相同的常用意见 / You already have this common opinion');
const opinionNotFound = (): AppError =>
  new AppError(404, 'OPINION_NOT_FOUND', '没有这条常用意见 / No such common opinion');

@Provide()
@Scope(ScopeEnum.Singleton)
export class OpinionService {
  @Inject()
  db!: Database;

  async list(userId: number): Promise<Opinion[]> {
    const own = await this.db.models.CommonOpinion.findAll({
      where: { userId },
      order: [
        ['sortOrder', 'ASC'],
        ['id', 'ASC'],
      ],
    });
    return [
      ...STOCK_OPINIONS.map((text) => ({ id: null, text, own: false })),
      ...own.map((row) => ({ id: row.id, text: row.text, own: true })),
    ];
  }

  /** Adds an opinion at the end of the user's own list. */
  async add(userId: number, text: string): Promise<Opinion> {
    if (STOCK_OPINIONS.includes(text)) throw opinionExists();
    try {
      const row = await this.db.transaction(async (transaction) => {
        const { CommonOpinion } = this.db.models;
        const own = await CommonOpinion.findAll({
          where: { userId },
          attributes: ['text', 'sortOrder'],
          transaction,
        });
        if (own.some((o) => o.text === text)) throw opinionExists();
        if (own.length >= MAX_OWN_OPINIONS) {
          throw new AppError(
            409,
            'TOO_MANY_OPINIONS',
            `常用意见最多 ${MAX_OWN_OPINIONS} 条 / At most ${MAX_OWN_OPINIONS} common opinions`,
          );
        }
        const last = own.reduce((max, o) => Math.max(max, o.sortOrder), 0);
        return CommonOpinion.create({ userId, text, sortOrder: last + 1 }, { transaction });
      });
      return { id: row.id, text: row.text, own: true };
    } catch (err) {
      // Two identical requests at once: the unique index lets one in.
      if (err instanceof UniqueConstraintError) throw opinionExists();
      throw err;
    }
  }

  /** Puts the user's own opinions in the given order; `ids` must list each of them exactly once. */
  async reorder(userId: number, ids: number[]): Promise<Opinion[]> {
    await this.db.transaction(async (transaction) => {
      const { CommonOpinion } = this.db.models;
      const own = await CommonOpinion.findAll({ where: { userId }, attributes: ['id'], transaction });
      const ownIds = new Set(own.map((o) => o.id));
      if (
        ids.length !== ownIds.size ||
        new Set(ids).size !== ids.length ||
        ids.some((id) => !ownIds.has(id))
      ) {
        throw validationFailed([
          {
            path: 'ids',
            message:
              '应按新顺序列出自己的每条常用意见各一次 / list each of your own opinions exactly once, in the new order',
          },
        ]);
      }
      for (const [index, id] of ids.entries()) {
        await CommonOpinion.update({ sortOrder: index + 1 }, { where: { id, userId }, transaction });
      }
    });
    return this.list(userId);
  }

  async remove(userId: number, id: number): Promise<void> {
    const row = await this.db.models.CommonOpinion.findByPk(id);
    if (!row) throw opinionNotFound();
    if (row.userId !== userId)
      throw forbidden('只能删除自己的常用意见 / You may delete only your own opinions');
    await row.destroy();
  }
}
