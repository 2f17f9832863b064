import type { Delegation } from '@flowhall/schema';
import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Op, type Transaction } from 'sequelize';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import { userNotFound } from './org-input';

export type DelegationView = Delegation;

export interface DelegationInput {
  delegateUserId: number;
  startsAt: Date;
  endsAt: Date;
  reason: string | null;
}

@Provide()
@Scope(ScopeEnum.Singleton)
export class DelegationService {
  @Inject()
  db!: Database;

  async list(userId: number): Promise<DelegationView[]> {
    const { Delegation, User } = this.db.models;
    const rows = await Delegation.findAll({
      where: { userId },
      order: [
        ['startsAt', 'DESC'],
        ['id', 'DESC'],
      ],
      limit: 100,
    });
    const ids = [...new Set(rows.map((r) => r.delegateUserId))];
    const people = ids.length
      ? await User.findAll({ attributes: ['id', 'displayName'], where: { id: ids }, raw: true })
      : [];
    const name = new Map(people.map((p) => [p.id, p.displayName]));
    return rows.map((row) => ({
      id: row.id,
      delegate: { id: row.delegateUserId, displayName: name.get(row.delegateUserId) ?? '' },
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      reason: row.reason,
      createdAt: row.createdAt.toISOString(),
    }));
  }

  /**
   * Adds an out-of-office period. The overlap check and the insert share one transaction that
   * first locks the user's row (PostgreSQL; SQLite transactions are IMMEDIATE already), so two
   * requests at once cannot both pass the check.
   */
  async create(userId: number, input: DelegationInput): Promise<DelegationView> {
    if (input.delegateUserId === userId) {
      throw new AppError(400, 'DELEGATE_SELF', '不能委托给自己 / You cannot delegate to yourself');
    }
    if (input.endsAt.getTime() <= input.startsAt.getTime()) {
      throw new AppError(400, 'DELEGATION_DATES', '结束时间应晚于开始时间 / The end must be after the start');
    }
    const id = await this.db.transaction(async (transaction) => {
      const { Delegation, User } = this.db.models;
      await User.findByPk(userId, {
        transaction,
        lock: this.db.dialect === 'postgres' ? transaction.LOCK.UPDATE : undefined,
      });
      const delegate = await User.findByPk(input.delegateUserId, { transaction });
      if (!delegate || !delegate.active) throw userNotFound(400);
      const overlapping = await Delegation.findOne({
        where: { userId, startsAt: { [Op.lt]: input.endsAt }, endsAt: { [Op.gt]: input.startsAt } },
        transaction,
      });
      if (overlapping) {
        throw new AppError(
          409,
          'DELEGATION_OVERLAP',
          '该时间段与已有的委托重叠 / The period overlaps another delegation of yours',
          { delegationId: overlapping.id },
        );
      }
      const row = await Delegation.create({ userId, ...input }, { transaction });
      return row.id;
    });
    const view = (await this.list(userId)).find((d) => d.id === id);
    if (!view) throw new Error('the delegation just created is missing');
    return view;
  }

  async remove(userId: number, id: number): Promise<void> {
    const removed = await this.db.models.Delegation.destroy({ where: { id, userId } });
    if (removed === 0) throw delegationNotFound();
  }

  /**
   * Whose tasks `delegateId` handles at `at`: the active users with a delegation to them then.
   * One query on (delegate_user_id, starts_at) (migration 0011); usually empty or one id.
   */
  async delegatorsOf(delegateId: number, at: Date): Promise<number[]> {
    const { Delegation, User } = this.db.models;
    const rows = await Delegation.findAll({
      attributes: ['userId'],
      where: { delegateUserId: delegateId, startsAt: { [Op.lte]: at }, endsAt: { [Op.gt]: at } },
      raw: true,
    });
    const ids = [...new Set(rows.map((r) => r.userId))];
    if (!ids.length) return [];
    const active = await User.findAll({ attributes: ['id'], where: { id: ids, active: true }, raw: true });
    return active.map((u) => u.id);
  }

  /**
   * Who acts for `userId` at `at` (start inclusive, end exclusive), if anyone: an active user.
   * One indexed query on (user_id, starts_at) plus the delegate's row. Inside a case action pass
   * its transaction: on SQLite a read outside it queues on the shared connection behind any plain
   * write, which itself waits for this transaction's lock (a stall until the busy timeout).
   */
  async activeDelegate(userId: number, at: Date, transaction?: Transaction): Promise<number | undefined> {
    const { Delegation, User } = this.db.models;
    const row = await Delegation.findOne({
      where: { userId, startsAt: { [Op.lte]: at }, endsAt: { [Op.gt]: at } },
      order: [['startsAt', 'DESC']],
      transaction,
    });
    if (!row) return undefined;
    const delegate = await User.findByPk(row.delegateUserId, { attributes: ['id', 'active'], transaction });
    return delegate?.active ? delegate.id : undefined;
  }
}

export const delegationNotFound = (): AppError =>
  new AppError(404, 'DELEGATION_NOT_FOUND', '没有这个委托 / No such delegation');
