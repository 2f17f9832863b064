import type { FlowhallClient } from '@flowhall/client';
import { connect } from '@flowhall/server';
import { expect } from 'chai';
import { QueryTypes } from 'sequelize';
import { apiError } from '../support/expect-api-error';
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

interface SweepResult {
  dueSoon: number;
  ticked: number;
}

const HOUR = 3_600_000;

describe('scheduler > time limits with an injected clock', function () {
  this.timeout(180_000);
  let db: OwnDatabase;
  let mail: MailServer;
  let server: RunningServer;
  let second: RunningServer;
  let admin: FlowhallClient;
  let adminOnSecond: FlowhallClient;
  let applicant: FlowhallClient;
  let head: FlowhallClient;

  // The sweep "as of" a time: the scheduler's clock, injected through the administrators' endpoint.
  const sweepAt = (client: FlowhallClient, at: number) =>
    client.request<SweepResult>('POST', '/api/admin/scheduler/sweep', { at: new Date(at).toISOString() });

  before(async () => {
    db = await ownDatabase();
    mail = await startMailServer();
    const env = notifyEnv(mail, { SCHEDULER_ALLOW_CLOCK: 'true', DUE_SOON_HOURS: '4' });
    server = await startServer({ ...db.options, env });
    // A second process on the same database (same SQLite file, or the same PostgreSQL).
    second = await startServer({
      ...db.options,
      dataDir: server.dataDir,
      env: { ...env, NOTIFY_DISPATCHER: 'false' },
    });
    admin = await signedInAt(server, 'admin');
    adminOnSecond = await signedInAt(second, 'admin');
    applicant = await signedInAt(server, 'zhangsan');
    head = await signedInAt(server, 'liyuan');
  });

  after(async () => {
    await second?.stop();
    await server?.stop();
    await mail?.close();
    await db?.stop();
  });

  async function submitted(limit: { timeLimitHours: number; onTimeout: 'remind' | 'approve' | 'reject' }) {
    const key = await publishHeadApproval(admin, limit);
    const at = Date.now();
    const created = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '时限测试' },
      submit: true,
    });
    return { caseId: created.id, at };
  }

  const headNotices = async (caseId: number, event: string) =>
    (await head.notifications.list({ limit: 100 })).items.filter(
      (n) => n.caseId === caseId && n.event === event,
    );

  it('given a 24-hour step, warns the approver 4 hours before, once, then marks it overdue and reminds once', async () => {
    const { caseId, at } = await submitted({ timeLimitHours: 24, onTimeout: 'remind' });
    // When the clock is 1 hour in, nothing is due
    await sweepAt(admin, at + 1 * HOUR);
    expect(await headNotices(caseId, 'dueSoon')).to.have.length(0);
    // When it is 21 hours in, the approver is warned, by app and by mail
    await sweepAt(admin, at + 21 * HOUR);
    const soon = await eventually(async () => (await headNotices(caseId, 'dueSoon'))[0]);
    expect(soon.title).to.equal('任务即将到期：通知测试事项');
    await eventually(() =>
      mail.mails.find((m) => m.subject.startsWith('任务即将到期') && m.text.includes(`/cases/${caseId}`)),
    );
    // And a later sweep does not warn again
    await sweepAt(admin, at + 22 * HOUR);
    // When the due time has passed, the task is overdue: reminded once, still pending
    await sweepAt(admin, at + 25 * HOUR);
    await sweepAt(admin, at + 26 * HOUR);
    const overdue = await eventually(async () => (await headNotices(caseId, 'overdue'))[0]);
    expect(overdue.title).to.equal('任务已超期：通知测试事项');
    await new Promise((r) => setTimeout(r, 500));
    expect(await headNotices(caseId, 'dueSoon')).to.have.length(1);
    expect(await headNotices(caseId, 'overdue')).to.have.length(1);
    const view = await head.cases.get(caseId);
    expect(view.status).to.equal('running');
    // And the task row carries its marks (the to-do list computes "overdue" from the real clock)
    const { sequelize } = await connect({ dataDir: server.dataDir, databaseUrl: db.options.databaseUrl });
    try {
      const [task] = await sequelize.query<{ dueSoonAt: unknown; overdueAt: unknown }>(
        'SELECT due_soon_at AS "dueSoonAt", overdue_at AS "overdueAt" FROM tasks WHERE case_id = :caseId',
        { replacements: { caseId }, type: QueryTypes.SELECT },
      );
      expect(task?.dueSoonAt).to.not.equal(null);
      expect(task?.overdueAt).to.not.equal(null);
    } finally {
      await sequelize.close();
    }
  });

  it('given a step that approves on timeout, the sweep after the due time approves it as the system and tells the applicant', async () => {
    const { caseId, at } = await submitted({ timeLimitHours: 8, onTimeout: 'approve' });
    await sweepAt(admin, at + 7 * HOUR);
    expect((await applicant.cases.get(caseId)).status).to.equal('running');
    await sweepAt(admin, at + 9 * HOUR);
    const view = await applicant.cases.get(caseId);
    expect(view.status).to.equal('approved');
    const trace = await applicant.cases.trace(caseId);
    expect(trace.items.some((t) => t.action === 'approve' && t.actor.id === null)).to.equal(true);
    const told = await eventually(async () =>
      (await applicant.notifications.list({ limit: 50 })).items.find(
        (n) => n.caseId === caseId && n.event === 'approved',
      ),
    );
    expect(told.title).to.contain('已办结');
  });

  it('given a step that rejects on timeout, the sweep after the due time rejects the case', async () => {
    const { caseId, at } = await submitted({ timeLimitHours: 2, onTimeout: 'reject' });
    await sweepAt(admin, at + 3 * HOUR);
    expect((await applicant.cases.get(caseId)).status).to.equal('rejected');
    await eventually(async () =>
      (await applicant.notifications.list({ limit: 50 })).items.find(
        (n) => n.caseId === caseId && n.event === 'rejected',
      ),
    );
  });

  it('given two processes sweeping the same instant, each case is warned and ticked exactly once', async () => {
    const cases = [];
    for (let i = 0; i < 6; i++) cases.push(await submitted({ timeLimitHours: 10, onTimeout: 'approve' }));
    const at = Math.max(...cases.map((c) => c.at));
    // When both processes sweep at once, twice
    const soon = await Promise.all([sweepAt(admin, at + 7 * HOUR), sweepAt(adminOnSecond, at + 7 * HOUR)]);
    const late = await Promise.all([sweepAt(admin, at + 11 * HOUR), sweepAt(adminOnSecond, at + 11 * HOUR)]);
    // Then the warnings and the decisions add up to one per case
    expect(soon.reduce((n, r) => n + r.dueSoon, 0)).to.equal(cases.length);
    for (const { caseId } of cases) {
      expect((await applicant.cases.get(caseId)).status).to.equal('approved');
      await eventually(async () => ((await headNotices(caseId, 'dueSoon')).length ? true : undefined));
    }
    expect(late.reduce((n, r) => n + r.ticked, 0)).to.equal(cases.length);
    await new Promise((r) => setTimeout(r, 500));
    for (const { caseId } of cases) {
      expect(await headNotices(caseId, 'dueSoon')).to.have.length(1);
      const trace = await applicant.cases.trace(caseId);
      expect(trace.items.filter((t) => t.action === 'approve')).to.have.length(1);
    }
  });

  it('refuses another clock unless SCHEDULER_ALLOW_CLOCK is set, and refuses non-administrators', async () => {
    expect((await apiError(sweepAt(head, Date.now()))).status).to.equal(403);
    expect(
      (await apiError(admin.request('POST', '/api/admin/scheduler/sweep', { at: 'yesterday' }))).code,
    ).to.equal('VALIDATION_FAILED');
  });
});
