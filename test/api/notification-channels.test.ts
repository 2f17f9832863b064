import type { FlowhallClient } from '@flowhall/client';
import { createHmac } from 'crypto';
import { expect } from 'chai';
import { apiError } from '../support/expect-api-error';
import type { RunningServer } from '../support/server-process';
import {
  eventually,
  notifyEnv,
  ownDatabase,
  signedInAt,
  startHookServer,
  startMailServer,
  startServer,
  type HookServer,
  type MailServer,
  type OwnDatabase,
} from './notification-support';
import { publishHeadApproval } from './notification-process';

describe('api > notifications > channels', function () {
  this.timeout(120_000);
  let db: OwnDatabase;
  let mail: MailServer;
  let hooks: HookServer;
  let server: RunningServer;
  let admin: FlowhallClient;
  let applicant: FlowhallClient;
  let head: FlowhallClient;
  let key: string;

  before(async () => {
    db = await ownDatabase();
    mail = await startMailServer();
    hooks = await startHookServer();
    server = await startServer({ ...db.options, env: notifyEnv(mail) });
    admin = await signedInAt(server, 'admin');
    applicant = await signedInAt(server, 'zhangsan');
    head = await signedInAt(server, 'liyuan');
    for (const kind of ['wecom', 'dingtalk', 'feishu', 'generic'] as const) {
      await admin.notifications.createWebhook({
        name: `${kind} 机器人`,
        kind,
        url: `${hooks.url}/${kind}`,
        secret: kind === 'wecom' ? null : `secret-${kind}`,
        events: ['assigned', 'approved'],
      });
    }
    key = await publishHeadApproval(admin);
  });

  after(async () => {
    await server?.stop();
    await mail?.close();
    await hooks?.close();
    await db?.stop();
  });

  const hooksFor = (kind: string, caseId: number) =>
    hooks.hooks.filter((h) => h.path === `/${kind}` && h.body.includes(`/cases/${caseId}`));

  it('given a submitted case, then the approver gets the task in the app, by e-mail with a link that opens it, and on every robot', async () => {
    // Given the head's unread count before
    const before = (await head.notifications.unreadCount()).count;
    // When the applicant submits
    const submitted = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '出差报销' },
      submit: true,
    });
    // Then the head has one more unread notification naming the task, linking to the case
    const count = await eventually(async () => {
      const now = (await head.notifications.unreadCount()).count;
      return now > before ? now : undefined;
    });
    expect(count).to.equal(before + 1);
    const latest = (await head.notifications.list({ limit: 1 })).items[0]!;
    expect(latest).to.include({
      event: 'assigned',
      caseId: submitted.id,
      link: `/cases/${submitted.id}`,
      readAt: null,
    });
    expect(latest.title).to.equal('您有新的任务需要处理：通知测试事项');
    expect(latest.body).to.contain('部门负责人审批').and.contain('张三');

    // And an e-mail in HTML and text with the public link
    const received = await eventually(() =>
      mail.mails.find((m) => m.text.includes(`/cases/${submitted.id}`)),
    );
    expect(received.to).to.deep.equal(['liyuan@demo.flowhall.cn']);
    expect(received.subject).to.equal('您有新的任务需要处理：通知测试事项');
    expect(received.text).to.contain(`https://hall.test.local/cases/${submitted.id}`);
    expect(received.html)
      .to.contain(`href="https://hall.test.local/cases/${submitted.id}"`)
      .and.contain('查看详情');

    // And each robot in its own format
    const wecom = (await eventually(() => hooksFor('wecom', submitted.id)[0])).json;
    expect(wecom.msgtype).to.equal('markdown');
    expect((wecom.markdown as { content: string }).content)
      .to.contain('**您有新的任务需要处理：通知测试事项**')
      .and.contain(`[查看详情](https://hall.test.local/cases/${submitted.id})`);

    const ding = await eventually(() => hooksFor('dingtalk', submitted.id)[0]);
    expect(ding.json.msgtype).to.equal('markdown');
    expect(ding.json.markdown).to.include({ title: '您有新的任务需要处理：通知测试事项' });
    const params = new URLSearchParams(ding.query);
    const stamp = params.get('timestamp')!;
    expect(params.get('sign')).to.equal(
      createHmac('sha256', 'secret-dingtalk').update(`${stamp}\nsecret-dingtalk`).digest('base64'),
    );

    const feishu = (await eventually(() => hooksFor('feishu', submitted.id)[0])).json;
    expect(feishu.msg_type).to.equal('text');
    expect((feishu.content as { text: string }).text).to.contain('您有新的任务需要处理');
    expect(feishu.sign).to.equal(
      createHmac('sha256', `${String(feishu.timestamp)}\nsecret-feishu`)
        .update('')
        .digest('base64'),
    );

    const generic = await eventually(() => hooksFor('generic', submitted.id)[0]);
    expect(generic.json).to.include({
      event: 'assigned',
      caseId: submitted.id,
      link: `https://hall.test.local/cases/${submitted.id}`,
    });
    const signature = createHmac('sha256', 'secret-generic')
      .update(`${String(generic.headers['x-flowhall-timestamp'])}.${generic.body}`)
      .digest('hex');
    expect(generic.headers['x-flowhall-signature']).to.equal(`sha256=${signature}`);
  });

  it('given an urge, the assignee is told "【催办】烦请您尽快处理", and only in the app when they switched e-mail off for urges', async () => {
    // Given the head wants urges in the app only
    const saved = await head.notifications.savePreferences({ urged: ['inApp'] });
    expect(saved.urged).to.deep.equal(['inApp']);
    expect(saved.assigned).to.deep.equal(['inApp', 'email']);
    const submitted = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '采购' },
      submit: true,
    });
    const view = await applicant.cases.get(submitted.id);
    const taskId = view.tasks.find((t) => t.status === 'pending')!.id;
    // When the applicant urges
    await applicant.cases.urge(submitted.id, [taskId]);
    // Then the head sees the urge in the app
    const urged = await eventually(async () =>
      (await head.notifications.list({ limit: 10 })).items.find(
        (n) => n.event === 'urged' && n.caseId === submitted.id,
      ),
    );
    expect(urged.title).to.equal('【催办】烦请您尽快处理：通知测试事项');
    // And no urge e-mail arrives (the assigned mail for the same case does)
    await eventually(() => mail.mails.find((m) => m.text.includes(`/cases/${submitted.id}`)));
    await new Promise((r) => setTimeout(r, 500));
    expect(mail.mails.filter((m) => m.subject.startsWith('【催办】'))).to.have.length(0);
  });

  it('given the outcome, the applicant is told by the template the administrators wrote, once per channel', async () => {
    // Given an edited template for approvals
    await admin.notifications.saveTemplate({
      event: 'approved',
      subject: '【已通过】{{title}} {{serialNo}}',
      body: '您好，{{applicant}}：{{title}}已通过。{{link}}',
    });
    const submitted = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '会议' },
      submit: true,
    });
    const task = (await head.cases.get(submitted.id)).myTasks[0]!;
    // When the head approves
    await head.cases.act(task.id, { type: 'approve', opinion: '同意' });
    // Then the applicant's mail uses the new template
    const received = await eventually(() =>
      mail.mails.find((m) => m.subject.startsWith('【已通过】') && m.text.includes(`/cases/${submitted.id}`)),
    );
    expect(received.subject).to.equal(`【已通过】通知测试事项 ${submitted.serialNo}`);
    expect(received.text).to.contain('您好，张三：通知测试事项已通过。');
    // And each robot that wants approvals got it exactly once
    await new Promise((r) => setTimeout(r, 500));
    for (const kind of ['wecom', 'dingtalk', 'feishu', 'generic']) {
      expect(
        hooks.hooks.filter(
          (h) =>
            h.path === `/${kind}` &&
            h.body.includes('【已通过】') &&
            h.body.includes(`/cases/${submitted.id}`),
        ),
      ).to.have.length(1);
    }
    expect(mail.mails.filter((m) => m.subject === received.subject)).to.have.length(1);
    await admin.notifications.resetTemplate('approved');
  });

  it('given a robot that is down, the dispatcher retries with back-off and delivers once when it is back', async () => {
    hooks.fail(500);
    const submitted = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '重试' },
      submit: true,
    });
    // The in-app and e-mail deliveries are not held back by the failing robot
    await eventually(() => mail.mails.find((m) => m.text.includes(`/cases/${submitted.id}`)));
    await new Promise((r) => setTimeout(r, 800));
    expect(hooksFor('generic', submitted.id)).to.have.length(0);
    hooks.fail(undefined);
    await eventually(() => hooksFor('generic', submitted.id)[0]);
    await new Promise((r) => setTimeout(r, 1000));
    for (const kind of ['wecom', 'dingtalk', 'feishu', 'generic'])
      expect(hooksFor(kind, submitted.id)).to.have.length(1);
    expect(mail.mails.filter((m) => m.text.includes(`/cases/${submitted.id}`))).to.have.length(1);
  });

  it("lists, pages, marks read and marks all read; nobody reads another person's notification", async () => {
    const first = await head.notifications.list({ limit: 2 });
    expect(first.items).to.have.length(2);
    expect(first.nextCursor).to.be.a('string');
    const second = await head.notifications.list({ limit: 2, cursor: first.nextCursor! });
    expect(second.items[0]!.id).to.be.lessThan(first.items[1]!.id);
    const one = first.items[0]!;
    expect((await apiError(applicant.notifications.markRead(one.id))).status).to.equal(404);
    const read = await head.notifications.markRead(one.id);
    expect(read.readAt).to.be.a('string');
    const unread = await head.notifications.list({ unread: true, limit: 100 });
    expect(unread.items.map((n) => n.id)).not.to.include(one.id);
    const { updated } = await head.notifications.markAllRead();
    expect(updated).to.equal(unread.items.length);
    expect((await head.notifications.unreadCount()).count).to.equal(0);
  });

  it('refuses bad input with stable codes, and templates and webhooks are for platform administrators', async () => {
    expect((await apiError(head.notifications.savePreferences({ urged: ['sms' as never] }))).code).to.equal(
      'VALIDATION_FAILED',
    );
    expect((await apiError(head.notifications.list({ limit: 0 }))).code).to.equal('VALIDATION_FAILED');
    expect((await apiError(head.notifications.templates())).status).to.equal(403);
    expect((await apiError(head.notifications.webhooks())).status).to.equal(403);
    const bad = await apiError(
      admin.notifications.createWebhook({ name: 'x', kind: 'qq' as never, url: 'ftp://x', events: [] }),
    );
    expect(bad.code).to.equal('VALIDATION_FAILED');
    const list = await admin.notifications.webhooks();
    expect(list.map((w) => w.kind)).to.include.members(['wecom', 'dingtalk', 'feishu', 'generic']);
    expect(list.find((w) => w.kind === 'generic')).to.include({ hasSecret: true });
    expect(JSON.stringify(list)).not.to.contain('secret-generic');
    const templates = await admin.notifications.templates();
    expect(templates.variables).to.include.members(['title', 'step', 'applicant', 'time', 'link']);
    expect(templates.templates.find((t) => t.event === 'urged')?.subject).to.contain(
      '【催办】烦请您尽快处理',
    );
  });
});
