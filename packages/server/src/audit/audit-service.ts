import type { AuditBrokenReason, AuditCheckpoint, AuditVerifyReport } from '@flowhall/schema';
import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { Op, QueryTypes, Transaction, UniqueConstraintError } from 'sequelize';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import { canonicalJson, entryHash, GENESIS_HASH, headsHash, StreamHead } from './audit-chain';

export interface AuditInput {
  /** The chain: 'case:42', 'auth', 'hall', 'org', 'definitions' ... */
  stream: string;
  actorUserId: number | null;
  action: string;
  subjectType: string;
  subjectId: string | number;
  data?: Record<string, unknown>;
}

export type BrokenReason = AuditBrokenReason;
export type VerifyReport = AuditVerifyReport;
export type CheckpointSummary = AuditCheckpoint;

// ASCII only, so every database (and JavaScript) orders stream names the same way.
const STREAM = /^[a-z][a-z0-9:_.-]{0,99}$/;
const PAGE = 1000;

const concurrentModification = (): AppError =>
  new AppError(
    409,
    'CONCURRENT_MODIFICATION',
    '数据已被他人同时修改，请重试 / Someone else changed this at the same time, please retry',
  );

/**
 * The append-only, hash-chained audit log. Only `db.sequelize`, `db.models` and `db.dialect` are
 * used (and `db.transaction` when present), so tools and tests can set `db` to a connection of
 * their own (see bin/audit-verify.js).
 */
@Provide()
@Scope(ScopeEnum.Singleton)
export class AuditService {
  @Inject()
  db!: Database;

  /**
   * Appends the next entry of `input.stream` inside the caller's transaction, so the entry exists
   * exactly when the action does. On PostgreSQL appends to one stream queue on a transaction-scoped
   * advisory lock; should two still collide on (stream, seq), the loser gets 409.
   */
  async append(
    input: AuditInput,
    transaction: Transaction,
  ): Promise<{ id: number; seq: number; hash: string }> {
    if (!STREAM.test(input.stream)) throw new Error(`audit: invalid stream name "${input.stream}"`);
    const { AuditEntry } = this.db.models;
    if (this.db.dialect === 'postgres') {
      await this.db.sequelize.query('SELECT pg_advisory_xact_lock(hashtext(:key))', {
        replacements: { key: `audit:${input.stream}` },
        transaction,
      });
    }
    const head = await AuditEntry.findOne({
      where: { stream: input.stream },
      order: [['seq', 'DESC']],
      attributes: ['seq', 'hash'],
      transaction,
    });
    const fields = {
      stream: input.stream,
      seq: (head?.seq ?? 0) + 1,
      actorUserId: input.actorUserId,
      action: input.action,
      subjectType: input.subjectType,
      subjectId: String(input.subjectId),
      data: canonicalJson(input.data ?? {}),
      at: new Date(),
      prevHash: head?.hash ?? GENESIS_HASH,
    };
    const hash = entryHash(fields);
    try {
      const row = await AuditEntry.create({ ...fields, hash }, { transaction });
      return { id: row.id, seq: fields.seq, hash };
    } catch (err) {
      if (err instanceof UniqueConstraintError) throw concurrentModification();
      throw err;
    }
  }

  /** Appends in a transaction of its own, for actions that have none (signing in). */
  record(input: AuditInput): Promise<{ id: number; seq: number; hash: string }> {
    return this.transaction((transaction) => this.append(input, transaction));
  }

  /**
   * Hashes every chain's head. On PostgreSQL the table is locked against inserts for the moment it
   * takes, so the checkpoint covers exactly the entries up to `maxEntryId` (no append in flight
   * can later appear below it).
   */
  async checkpoint(): Promise<CheckpointSummary> {
    return this.transaction(async (transaction) => {
      if (this.db.dialect === 'postgres') {
        await this.db.sequelize.query('LOCK TABLE audit_entries IN SHARE ROW EXCLUSIVE MODE', {
          transaction,
        });
      }
      const heads = await this.db.sequelize.query<StreamHead>(
        `SELECT a.stream AS stream, a.seq AS seq, a.hash AS hash FROM audit_entries a
         JOIN (SELECT stream, MAX(seq) AS seq FROM audit_entries GROUP BY stream) h
           ON a.stream = h.stream AND a.seq = h.seq`,
        { type: QueryTypes.SELECT, transaction },
      );
      const maxId = ((await this.db.models.AuditEntry.max('id', { transaction })) as number | null) ?? 0;
      const row = await this.db.models.AuditCheckpoint.create(
        {
          at: new Date(),
          maxEntryId: maxId,
          headsHash: headsHash(heads.map((h) => ({ ...h, seq: Number(h.seq) }))),
          streamCount: heads.length,
        },
        { transaction },
      );
      return {
        id: row.id,
        at: row.at.toISOString(),
        streamCount: row.streamCount,
        maxEntryId: row.maxEntryId,
        headsHash: row.headsHash,
      };
    });
  }

  /**
   * Walks every entry in id order, a page at a time, recomputing each hash and checking each
   * stream's seq runs 1, 2, 3 ... with every entry linked to the one before. Then checks the latest
   * checkpoint against the chain heads as they were when it was taken. Only one head per stream
   * is held in memory, never the entries.
   */
  async verify(): Promise<VerifyReport> {
    const { AuditEntry, AuditCheckpoint } = this.db.models;
    const checkpoint = await AuditCheckpoint.findOne({ order: [['id', 'DESC']] });
    const heads = new Map<string, { seq: number; hash: string }>();
    const headsAtCheckpoint = new Map<string, StreamHead>();
    let entries = 0;
    let lastId = 0;
    let firstBroken: VerifyReport['firstBroken'];
    for (;;) {
      const page = await AuditEntry.findAll({
        where: { id: { [Op.gt]: lastId } },
        order: [['id', 'ASC']],
        limit: PAGE,
      });
      for (const row of page) {
        entries += 1;
        const previous = heads.get(row.stream) ?? { seq: 0, hash: GENESIS_HASH };
        const reason: BrokenReason | undefined =
          row.seq !== previous.seq + 1
            ? 'SEQ_GAP'
            : row.prevHash !== previous.hash
              ? 'PREV_HASH_MISMATCH'
              : entryHash(row) !== row.hash
                ? 'HASH_MISMATCH'
                : undefined;
        if (reason && !firstBroken) firstBroken = { id: row.id, stream: row.stream, seq: row.seq, reason };
        heads.set(row.stream, { seq: row.seq, hash: row.hash });
        if (checkpoint && row.id <= checkpoint.maxEntryId) {
          headsAtCheckpoint.set(row.stream, { stream: row.stream, seq: row.seq, hash: row.hash });
        }
      }
      if (page.length < PAGE) break;
      lastId = page[page.length - 1]!.id;
    }
    let checkpointReport: VerifyReport['checkpoint'];
    if (checkpoint) {
      const countOk = headsAtCheckpoint.size === checkpoint.streamCount;
      const hashOk = headsHash([...headsAtCheckpoint.values()]) === checkpoint.headsHash;
      checkpointReport = { id: checkpoint.id, at: checkpoint.at.toISOString(), ok: countOk && hashOk };
      if (!firstBroken && !checkpointReport.ok) {
        firstBroken = {
          id: checkpoint.id,
          stream: '*',
          seq: 0,
          reason: countOk ? 'CHECKPOINT_MISMATCH' : 'CHECKPOINT_STREAM_COUNT',
        };
      }
    }
    const report: VerifyReport = { ok: !firstBroken, entries, streams: heads.size };
    if (checkpointReport) report.checkpoint = checkpointReport;
    if (firstBroken) report.firstBroken = firstBroken;
    return report;
  }

  /** SQLite: IMMEDIATE, so the read of the head and the insert cannot be split by another writer. */
  private transaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
    const db = this.db as Partial<Database>;
    if (typeof db.transaction === 'function') return db.transaction(work);
    return this.db.dialect === 'sqlite'
      ? this.db.sequelize.transaction({ type: Transaction.TYPES.IMMEDIATE }, work)
      : this.db.sequelize.transaction(work);
  }
}
