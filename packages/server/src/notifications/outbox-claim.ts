import { QueryTypes, type Transaction } from 'sequelize';
import type { Database } from '../db/database';

export interface ClaimedEntry {
  id: number;
  kind: string;
  payload: string;
  attempts: number;
}

/**
 * Claims up to `limit` due outbox rows for this dispatcher by setting a lease (`locked_until`) in
 * one statement. On PostgreSQL the inner SELECT takes `FOR UPDATE SKIP LOCKED`, so dispatchers in
 * several processes claim disjoint rows without waiting for each other. On SQLite the transaction is
 * IMMEDIATE (one writer), so the conditional UPDATE is itself the claim. A claim whose process died
 * expires with its lease and the row is claimed again: delivery is at-least-once, and the per-channel
 * delivery records (see dispatcher.ts) keep it from being sent twice once a send is recorded.
 */
export async function claimDue(
  db: Database,
  { limit, leaseSeconds, now }: { limit: number; leaseSeconds: number; now: Date },
): Promise<{ entries: ClaimedEntry[]; until: Date }> {
  const lockClause = db.dialect === 'postgres' ? 'FOR UPDATE SKIP LOCKED' : '';
  const due = `status = 'pending' AND next_attempt_at <= :now AND (locked_until IS NULL OR locked_until <= :now)`;
  const sql = `UPDATE outbox SET locked_until = :until, attempts = attempts + 1
    WHERE ${due} AND id IN (
      SELECT id FROM outbox WHERE ${due} ORDER BY next_attempt_at, id LIMIT :limit ${lockClause}
    )
    RETURNING id, kind, payload, attempts`;
  const until = new Date(now.getTime() + leaseSeconds * 1000);
  const entries = await db.transaction((transaction: Transaction) =>
    db.sequelize.query<ClaimedEntry>(sql, {
      replacements: { now, until, limit },
      type: QueryTypes.SELECT,
      transaction,
    }),
  );
  return { entries, until };
}

/**
 * Extends this dispatcher's lease on one row right before it is delivered, only if the row still
 * carries the lease this dispatcher set (`held`). A row whose lease ran out while it waited in the
 * batch may have been claimed by another process: then this answers null and the row is left alone,
 * so no row is ever worked on by two dispatchers with a live lease each.
 */
export async function renewLease(
  db: Database,
  { id, held, leaseSeconds }: { id: number; held: Date; leaseSeconds: number },
): Promise<Date | null> {
  const until = new Date(Date.now() + leaseSeconds * 1000);
  const [, changed] = await db.transaction((transaction) =>
    db.sequelize.query(`UPDATE outbox SET locked_until = :until WHERE id = :id AND locked_until = :held`, {
      replacements: { id, held, until },
      type: QueryTypes.UPDATE,
      transaction,
    }),
  );
  return changed === 1 ? until : null;
}
