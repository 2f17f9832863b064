import type { FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
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

describe('scheduler > supervised list > one-click urge (督办)', function () {
  this.timeout(120_000);
  let db: OwnDatabase;
  let mail: MailServer;
  let server: RunningServer;
  let admin: FlowhallClient;
  let applicant: FlowhallClient;
  let head: FlowhallClient;
  let caseId: number;
  let taskId: string;

  before(async () => {
    db = await ownDatabase();
    mail = await startMailServer();
    server = await startServer({ ...db.options, env: notifyEnv(mail) });
    [admin, applicant, head] = await Promise.all(
      ['admin', 'zhangsan', 'liyuan'].map((u) => signedInAt(server, u)),
    );
    const key = await publishHeadApproval(admin);
    caseId = (await applicant.cases.create({ definitionKey: key, form: { reason: '督办' }, submit: true }))
      .id;
    taskId = (await head.cases.get(caseId)).myTasks[0]!.id;
  });

  after(async () => {
    await server?.stop();
    await mail?.close();
    await db?.stop();
  });

  it('given a pending task, when an administrator urges it, then it is marked urged, traced under the administrator, and the assignee is told', async () => {
    const outcome = await admin.notifications.urgeSupervised(taskId);
    expect(outcome).to.include({ caseId, taskId });
    const view = await head.cases.get(caseId);
    expect(view.tasks.find((t) => t.id === taskId)?.urgedAt).to.equal(outcome.urgedAt);
    expect((await head.lists.counts()).urged).to.be.at.least(1);
    const trace = await admin.cases.trace(caseId);
    const entry = trace.items.find((t) => t.action === 'urge');
    expect(entry?.actor.name).to.equal('系统管理员');
    expect(entry?.details).to.include({ supervised: true });
    const told = await eventually(() =>
      mail.mails.find(
        (m) => m.subject.startsWith('【催办】烦请您尽快处理') && m.text.includes(`/cases/${caseId}`),
      ),
    );
    expect(told.to).to.deep.equal(['liyuan@demo.flowhall.cn']);
  });

  it('refuses a second urge within the hour, people who are not administrators, and finished tasks', async () => {
    expect((await apiError(admin.notifications.urgeSupervised(taskId))).code).to.equal('URGE_TOO_SOON');
    expect((await apiError(applicant.notifications.urgeSupervised(taskId))).status).to.equal(403);
    await head.cases.act(taskId, { type: 'approve', opinion: '同意' });
    expect((await apiError(admin.notifications.urgeSupervised(taskId))).code).to.equal('TASK_NOT_PENDING');
    expect((await apiError(admin.notifications.urgeSupervised('999/t1'))).status).to.equal(404);
  });
});
