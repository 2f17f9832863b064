import { expect } from 'chai';
import { execFile } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { Sequelize } from 'sequelize';
import { canonicalJson, entryHash, GENESIS_HASH, headsHash } from '../src/audit/audit-chain';
import { AuditService } from '../src/audit/audit-service';
import type { Database } from '../src/db/database';
import { connect, migrate } from '../src/db/connect';
import { defineModels } from '../src/db/models';

const CLI = resolve(__dirname, '..', 'bin', 'audit-verify.js');

function runCli(dataDir: string): Promise<{ code: number; out: string }> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [CLI],
      { env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '' } },
      (err, stdout, stderr) =>
        done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, out: stdout + stderr }),
    );
  });
}

describe('server > audit > hash chain', () => {
  it('writes canonical JSON: sorted keys at every level, no undefined', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: undefined } })).to.equal(
      '{"a":{"d":[1,{"x":1,"y":2}]},"b":1}',
    );
  });

  it('changes the hash when any covered field changes, and orders heads by stream name', () => {
    const entry = {
      stream: 'case:1',
      seq: 1,
      actorUserId: 7,
      action: 'case.submit',
      subjectType: 'case',
      subjectId: '1',
      data: '{}',
      at: new Date('2026-03-01T08:00:00.000Z'),
      prevHash: GENESIS_HASH,
    };
    const hash = entryHash(entry);
    expect(hash).to.match(/^[0-9a-f]{64}$/);
    for (const change of [{ seq: 2 }, { actorUserId: 8 }, { data: '{"a":1}' }, { at: new Date(0) }]) {
      expect(entryHash({ ...entry, ...change })).to.not.equal(hash);
    }
    const a = { stream: 'a', seq: 1, hash: 'x' };
    const b = { stream: 'b', seq: 2, hash: 'y' };
    expect(headsHash([b, a])).to.equal(headsHash([a, b]));
  });
});

describe('server > audit > verifying a SQLite log', () => {
  let dir: string;
  let sequelize: Sequelize;
  let audit: AuditService;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'flowhall-audit-'));
    const connected = await connect({ dataDir: dir, databaseUrl: undefined });
    sequelize = connected.sequelize;
    await migrate(sequelize);
    audit = new AuditService();
    audit.db = {
      sequelize,
      dialect: connected.dialect,
      models: defineModels(sequelize),
    } as unknown as Database;
    const append = (stream: string, n: number) =>
      sequelize.transaction((transaction) =>
        audit.append(
          {
            stream,
            actorUserId: null,
            action: 'test.act',
            subjectType: 'thing',
            subjectId: n,
            data: { n, 名: '值' },
          },
          transaction,
        ),
      );
    for (let n = 1; n <= 3; n++) {
      await append('case:1', n);
      await append('case:2', n);
    }
    await audit.record({
      stream: 'auth',
      actorUserId: 1,
      action: 'auth.login',
      subjectType: 'user',
      subjectId: 1,
    });
  });

  afterEach(async () => {
    await sequelize.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('numbers each stream 1, 2, 3 and links each entry to the one before', async () => {
    const rows = await audit.db.models.AuditEntry.findAll({
      where: { stream: 'case:2' },
      order: [['seq', 'ASC']],
    });
    expect(rows.map((r) => r.seq)).to.deep.equal([1, 2, 3]);
    expect(rows[0]!.prevHash).to.equal(GENESIS_HASH);
    expect(rows[1]!.prevHash).to.equal(rows[0]!.hash);
    expect(await audit.verify()).to.deep.equal({ ok: true, entries: 7, streams: 3 });
  });

  it('names the first entry whose content was changed in the database', async () => {
    await sequelize.query(`UPDATE audit_entries SET data = '{"n":99}' WHERE stream = 'case:1' AND seq = 2`);
    const report = await audit.verify();
    expect(report.ok).to.equal(false);
    expect(report.firstBroken).to.include({ stream: 'case:1', seq: 2, reason: 'HASH_MISMATCH' });
  });

  it('notices a deleted entry in the middle of a chain', async () => {
    await sequelize.query(`DELETE FROM audit_entries WHERE stream = 'case:2' AND seq = 2`);
    expect((await audit.verify()).firstBroken).to.include({ stream: 'case:2', seq: 3, reason: 'SEQ_GAP' });
  });

  it('notices an entry recomputed to hide a change, by the broken link to it', async () => {
    const row = await audit.db.models.AuditEntry.findOne({ where: { stream: 'case:1', seq: 2 } });
    const forged = { ...row!.get({ plain: true }), data: '{"n":42}' };
    await sequelize.query('UPDATE audit_entries SET data = :data, hash = :hash WHERE id = :id', {
      replacements: { data: forged.data, hash: entryHash(forged), id: row!.id },
    });
    expect((await audit.verify()).firstBroken).to.include({
      stream: 'case:1',
      seq: 3,
      reason: 'PREV_HASH_MISMATCH',
    });
  });

  it('with a checkpoint, notices entries cut off the end of a chain', async () => {
    const checkpoint = await audit.checkpoint();
    expect(checkpoint.streamCount).to.equal(3);
    expect(await audit.verify()).to.deep.include({
      ok: true,
      checkpoint: { id: checkpoint.id, at: checkpoint.at, ok: true },
    });
    // Entries after the checkpoint are fine...
    await audit.record({
      stream: 'case:1',
      actorUserId: null,
      action: 'later',
      subjectType: 'thing',
      subjectId: 4,
    });
    expect((await audit.verify()).ok).to.equal(true);
    // ...but removing covered ones from the end is not, though every remaining link holds.
    await sequelize.query(`DELETE FROM audit_entries WHERE stream = 'case:2' AND seq = 3`);
    const report = await audit.verify();
    expect(report.ok).to.equal(false);
    expect(report.firstBroken).to.include({ id: checkpoint.id, stream: '*', reason: 'CHECKPOINT_MISMATCH' });
  });

  it('npm run audit:verify exits 0 on an intact log and 1 naming the first broken entry', async function () {
    this.timeout(30_000);
    const intact = await runCli(dir);
    expect(intact.out).to.contain('OK');
    expect(intact.code).to.equal(0);
    await sequelize.query(`UPDATE audit_entries SET actor_user_id = 5 WHERE stream = 'auth' AND seq = 1`);
    const broken = await runCli(dir);
    expect(broken.code).to.equal(1);
    expect(broken.out).to.match(/BROKEN: .*stream auth, seq 1\): HASH_MISMATCH/);
  });
});
