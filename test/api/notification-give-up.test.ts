import { connect } from '@flowhall/server';
import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { freePort } from '../support/free-port';
import type { RunningServer } from '../support/server-process';
import {
  eventually,
  notifyEnv,
  ownDatabase,
  signedInAt,
  startMailServer,
  startServer,
  type MailServer,
  type OwnDatabase,
} from './notification-support';
import { publishHeadApproval } from './notification-process';

describe('api > notifications > giving up', function () {
  this.timeout(120_000);
  let db: OwnDatabase;
  let mail: MailServer;
  let server: RunningServer;

  before(async () => {
    db = await ownDatabase();
    mail = await startMailServer();
    server = await startServer({ ...db.options, env: notifyEnv(mail, { NOTIFY_MAX_ATTEMPTS: '3' }) });
  });

  after(async () => {
    await server?.stop();
    await mail?.close();
    await db?.stop();
  });

  it('given a robot nobody answers, after the last attempt the message is failed with the error kept, and the other channels delivered once', async () => {
    // Given a webhook to a port where nothing listens
    const admin = await signedInAt(server, 'admin');
    const deadPort = await freePort();
    await admin.notifications.createWebhook({
      name: '失效地址',
      kind: 'wecom',
      url: `http://127.0.0.1:${deadPort}/hook`,
      events: ['assigned'],
    });
    const key = await publishHeadApproval(admin);
    const applicant = await signedInAt(server, 'zhangsan');
    // When a case is submitted
    const submitted = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '放弃重试' },
      submit: true,
    });
    // Then after three attempts the outbox row is failed and keeps the reason
    const { sequelize } = await connect({ dataDir: server.dataDir, databaseUrl: db.options.databaseUrl });
    try {
      const row = await eventually(async () => {
        const [r] = await sequelize.query<{
          id: number;
          status: string;
          attempts: number;
          lastError: string;
        }>(
          `SELECT id, status, attempts, last_error AS "lastError" FROM outbox WHERE payload LIKE :like AND payload LIKE '%assigned%'`,
          { replacements: { like: `%"caseId":"${submitted.id}"%` }, type: QueryTypes.SELECT },
        );
        return r?.status === 'failed' ? r : undefined;
      });
      expect(Number(row.attempts)).to.equal(3);
      expect(row.lastError).to.contain('webhook endpoint:');
      const deliveries = await sequelize.query<{ channel: string; status: string; error: string | null }>(
        'SELECT channel, status, error FROM notification_deliveries WHERE outbox_id = :id ORDER BY channel',
        { replacements: { id: row.id }, type: QueryTypes.SELECT },
      );
      expect(deliveries.map((d) => [d.channel, d.status])).to.deep.equal([
        ['email', 'sent'],
        ['inApp', 'sent'],
        ['webhook', 'failed'],
      ]);
      expect(deliveries.find((d) => d.channel === 'webhook')?.error)
        .to.be.a('string')
        .and.not.equal('');
      expect(mail.mails.filter((m) => m.text.includes(`/cases/${submitted.id}`))).to.have.length(1);
    } finally {
      await sequelize.close();
    }
  });
});
