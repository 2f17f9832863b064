import type { FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
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

describe('api > notifications > a crash between commit and send', function () {
  this.timeout(180_000);
  let db: OwnDatabase;
  let dataDir: string;
  let mail: MailServer;
  let hooks: HookServer;
  let server: KillableServer | undefined;
  let key: string;

  const start = async (extra: Record<string, string> = {}) => {
    server = await startKillableServer({
      dataDir,
      databaseUrl: db.options.databaseUrl,
      env: notifyEnv(mail, extra),
    });
    return server;
  };

  before(async () => {
    db = await ownDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'flowhall-crash-'));
    mail = await startMailServer();
    hooks = await startHookServer();
    const first = await start();
    const admin = await signedInAt(first, 'admin');
    await admin.notifications.createWebhook({
      name: '通用推送',
      kind: 'generic',
      url: `${hooks.url}/generic`,
      secret: 's',
      events: [],
    });
    key = await publishHeadApproval(admin);
    await first.stop();
  });

  after(async () => {
    await server?.stop();
    await mail?.close();
    await hooks?.close();
    await db?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  async function expectOncePerChannel(caseId: number, head: FlowhallClient) {
    const mine = async () =>
      (await head.notifications.list({ limit: 100 })).items.filter((n) => n.caseId === caseId);
    await eventually(async () => ((await mine()).length ? true : undefined));
    await eventually(() => mail.mails.find((m) => m.text.includes(`/cases/${caseId}`)));
    await eventually(() => hooks.hooks.find((h) => h.json.caseId === caseId));
    // Give a duplicate every chance to show up: more than one lease and several polls
    await new Promise((r) => setTimeout(r, 4000));
    expect(await mine()).to.have.length(1);
    expect(mail.mails.filter((m) => m.text.includes(`/cases/${caseId}`))).to.have.length(1);
    expect(hooks.hooks.filter((h) => h.json.caseId === caseId)).to.have.length(1);
  }

  it('given the action committed while no dispatcher ran, when the process is killed and restarted, then every channel delivers once', async () => {
    // Given a server that commits actions but does not send
    const quiet = await start({ NOTIFY_DISPATCHER: 'false' });
    const applicant = await signedInAt(quiet, 'zhangsan');
    const submitted = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '断电前提交' },
      submit: true,
    });
    // When it dies before sending anything
    await quiet.kill();
    expect(mail.mails.filter((m) => m.text.includes(`/cases/${submitted.id}`))).to.have.length(0);
    // And a server with a dispatcher comes up on the same database
    const restarted = await start();
    // Then the approver is told once in the app, once by mail and once by webhook
    await expectOncePerChannel(submitted.id, await signedInAt(restarted, 'liyuan'));
    await restarted.stop();
  });

  it('given the SMTP server stalls mid-send, when the process is killed and restarted, then nothing is lost and nothing doubled', async () => {
    // Given the mail server takes the message but never confirms it
    mail.stall(true);
    const sending = await start();
    const applicant = await signedInAt(sending, 'zhangsan');
    const head = await signedInAt(sending, 'liyuan');
    const submitted = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '发送中断电' },
      submit: true,
    });
    // The in-app notification is already recorded; the e-mail is stuck in flight
    await eventually(async () =>
      (await head.notifications.list({ limit: 100 })).items.find((n) => n.caseId === submitted.id),
    );
    await new Promise((r) => setTimeout(r, 500));
    // When the process is killed with the send in flight
    await sending.kill();
    mail.stall(false);
    // And restarted (the dead process's lease runs out, the row is claimed again)
    const restarted = await start();
    // Then every channel has it exactly once
    await expectOncePerChannel(submitted.id, await signedInAt(restarted, 'liyuan'));
    await restarted.stop();
  });
});
