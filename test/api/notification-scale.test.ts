import { connect } from '@flowhall/server';
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { QueryTypes } from 'sequelize';
import {
  eventually,
  notifyEnv,
  ownDatabase,
  signedInAt,
  startHookServer,
  startKillableServer,
  startMailServer,
  type HookServer,
  type KillableServer,
  type MailServer,
  type OwnDatabase,
} from './notification-support';
import { publishHeadApproval } from './notification-process';

const COUNT = 1000;

describe('api > notifications > two dispatchers on one database', function () {
  this.timeout(300_000);
  let db: OwnDatabase;
  let dataDir: string;
  let mail: MailServer;
  let hooks: HookServer;
  const servers: KillableServer[] = [];

  before(async () => {
    db = await ownDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'flowhall-scale-'));
    mail = await startMailServer();
    hooks = await startHookServer();
  });

  after(async () => {
    for (const server of servers) await server.stop();
    await mail?.close();
    await hooks?.close();
    await db?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`given ${COUNT} notifications in the outbox, two processes deliver each once per channel: none lost, none doubled`, async () => {
    // Given one server to set up a case and a webhook, with its dispatcher off
    const env = notifyEnv(mail, { NOTIFY_BATCH: '25', NOTIFY_POLL_MS: '50', NOTIFY_LEASE_SECONDS: '10' });
    const setup = await startKillableServer({
      dataDir,
      databaseUrl: db.options.databaseUrl,
      env: { ...env, NOTIFY_DISPATCHER: 'false' },
    });
    const admin = await signedInAt(setup, 'admin');
    await admin.notifications.createWebhook({
      name: '通用推送',
      kind: 'generic',
      url: `${hooks.url}/generic`,
      secret: 's',
      events: ['urged'],
    });
    const key = await publishHeadApproval(admin);
    const applicant = await signedInAt(setup, 'zhangsan');
    const head = await signedInAt(setup, 'liyuan');
    const headId = (await head.auth.me()).id;
    const submitted = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '批量' },
      submit: true,
    });
    await setup.stop();

    // And COUNT urge notifications written straight into the outbox in one transaction
    const { sequelize } = await connect({ dataDir, databaseUrl: db.options.databaseUrl });
    const now = new Date();
    const payload = JSON.stringify({ to: [String(headId)], reason: 'urged', caseId: String(submitted.id) });
    await sequelize.transaction(async (transaction) => {
      const rows = Array.from({ length: COUNT }, () => ({
        kind: 'notify',
        payload,
        status: 'pending',
        attempts: 0,
        next_attempt_at: now,
        created_at: now,
      }));
      await sequelize.getQueryInterface().bulkInsert('outbox', rows, { transaction });
    });
    const first = await sequelize.query<{ id: number }>(
      'SELECT MIN(id) AS id FROM outbox WHERE payload LIKE \'%"urged"%\'',
      { type: QueryTypes.SELECT },
    );
    const fromId = Number(first[0]?.id);

    // When two processes dispatch at the same time
    servers.push(
      ...(await Promise.all(
        [0, 1].map(() => startKillableServer({ dataDir, databaseUrl: db.options.databaseUrl, env })),
      )),
    );

    // Then every message arrives on every channel
    await eventually(() => (hooks.hooks.length >= COUNT ? true : undefined), 240_000);
    await eventually(
      () => (mail.mails.filter((m) => m.subject.startsWith('【催办】')).length >= COUNT ? true : undefined),
      240_000,
    );
    await new Promise((r) => setTimeout(r, 3000));
    const hookIds = hooks.hooks.map((h) => String(h.headers['x-flowhall-delivery']));
    expect(hookIds).to.have.length(COUNT);
    expect(new Set(hookIds).size).to.equal(COUNT);
    // And both processes took part
    expect(new Set(hooks.hooks.map((h) => h.headers['x-flowhall-sender'])).size).to.equal(2);
    const mailIds = mail.mails.filter((m) => m.subject.startsWith('【催办】')).map((m) => m.messageId);
    expect(mailIds).to.have.length(COUNT);
    expect(new Set(mailIds).size).to.equal(COUNT);
    const [inApp] = await sequelize.query<{ n: number; distinctOutbox: number }>(
      'SELECT COUNT(*) AS n, COUNT(DISTINCT outbox_id) AS "distinctOutbox" FROM notifications WHERE outbox_id >= :fromId',
      { replacements: { fromId }, type: QueryTypes.SELECT },
    );
    expect(Number(inApp?.n)).to.equal(COUNT);
    expect(Number(inApp?.distinctOutbox)).to.equal(COUNT);
    const pending = await sequelize.query<{ status: string; n: number }>(
      'SELECT status, COUNT(*) AS n FROM outbox WHERE id >= :fromId GROUP BY status',
      { replacements: { fromId }, type: QueryTypes.SELECT },
    );
    expect(pending.map((p) => [p.status, Number(p.n)])).to.deep.equal([['done', COUNT]]);
    await sequelize.close();
  });
});
