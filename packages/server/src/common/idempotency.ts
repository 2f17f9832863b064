import { createHash } from 'crypto';
import { Transaction, UniqueConstraintError } from 'sequelize';
import type { Database } from '../db/database';
import { AppError } from './app-error';

export interface IdempotentRequest {
  userId: number;
  /** The `Idempotency-Key` header, if the client sent one. */
  key: string | undefined;
  method: string;
  path: string;
  body: unknown;
}

export interface StoredAnswer<T> {
  status: number;
  body: T;
}

const MAX_KEY_LENGTH = 200;

function fingerprintOf(request: IdempotentRequest): string {
  return createHash('sha256')
    .update(`${request.method} ${request.path}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');
}

/**
 * Runs `work` in one transaction. With an `Idempotency-Key`, the answer is stored in that same
 * transaction, so a retry (the client timed out, the network dropped) gets the first answer back
 * and the action is never applied twice. Refusals are not stored: a corrected retry may succeed.
 */
export async function runIdempotent<T>(
  db: Database,
  request: IdempotentRequest,
  work: (transaction: Transaction) => Promise<StoredAnswer<T>>,
): Promise<StoredAnswer<T>> {
  const key = request.key?.trim();
  if (!key) return db.transaction((transaction) => work(transaction));
  if (key.length > MAX_KEY_LENGTH) {
    throw new AppError(400, 'IDEMPOTENCY_KEY_INVALID', '幂等键过长 / Idempotency-Key is too long (max 200)');
  }
  const fingerprint = fingerprintOf(request);
  const replay = async (transaction?: Transaction): Promise<StoredAnswer<T> | undefined> => {
    const stored = await db.models.IdempotencyKey.findOne({
      where: { userId: request.userId, key },
      transaction,
    });
    if (!stored) return undefined;
    if (stored.fingerprint !== fingerprint) {
      throw new AppError(
        422,
        'IDEMPOTENCY_KEY_REUSED',
        '该幂等键已用于另一个请求 / This Idempotency-Key was used for a different request',
      );
    }
    return { status: stored.status, body: JSON.parse(stored.response) as T };
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await db.transaction(async (transaction) => {
      // Checked again inside the transaction: where writers are serialised (SQLite), a concurrent
      // twin has committed by now and its answer is returned instead of acting twice.
      const twin = await replay(transaction);
      if (twin) return twin;
      const answer = await work(transaction);
      await db.models.IdempotencyKey.create(
        {
          userId: request.userId,
          key,
          fingerprint,
          status: answer.status,
          response: JSON.stringify(answer.body),
          createdAt: new Date(),
        },
        { transaction },
      );
      return answer;
    });
  } catch (err) {
    // A concurrent twin committed first (unique key, or it changed the case under us): answer as it did.
    const winner = await replay();
    if (winner) return winner;
    if (err instanceof UniqueConstraintError) {
      throw new AppError(
        409,
        'IDEMPOTENCY_IN_PROGRESS',
        '相同的请求正在处理中 / The same request is being processed',
      );
    }
    throw err;
  }
}
