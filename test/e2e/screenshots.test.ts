import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'chai';
import { publish, sealCheckDefinition, uniqueKey } from '../support/sample-process';
import { apiAs, checkAndShoot, signIn, startApp, TestApp, Viewport, VIEWPORTS } from './support/app';

// Every page of the app at 1440 and 390 px: test/artifacts/<page>-<desktop|phone>.png, each
// checked for sideways overflow on the phone and for message keys shown raw. Look at them.

const FORM = { bizType: '综合类', reason: '学院年度工作总结报送用印', majorMatter: false, copies: 3 };

interface Shot {
  name: string;
  /** null: signed out. */
  user: string | null;
  path: () => string;
}

describe('e2e > screenshots of every page at desktop and phone widths', () => {
  let app: TestApp;
  const ids = { running: 0, returned: 0 };
  const sessions = new Map<string, { context: BrowserContext; page: Page; errors: string[] }>();

  before(async function () {
    this.timeout(240_000);
    app = await startApp();
    const admin = await apiAs(app, 'admin');
    const [applicant, head] = await Promise.all([apiAs(app, 'zhangsan'), apiAs(app, 'liyuan')]);
    const key = await publish(admin, sealCheckDefinition(uniqueKey('shots')));
    const create = async () =>
      (await applicant.cases.create({ definitionKey: key, form: FORM, submit: true })).id;
    ids.running = await create();
    ids.returned = await create();
    const approved = await create();
    await applicant.cases.create({ definitionKey: key, form: { reason: '尚未填完的申请' } });
    const act = async (caseId: number, command: Parameters<typeof head.cases.act>[1]) =>
      head.cases.act((await head.cases.get(caseId)).myTasks[0]!.id, command);
    await act(ids.returned, { type: 'return', opinion: '请补充材料清单。', to: 'applicant' });
    await act(approved, { type: 'approve', opinion: '同意。' });
    await applicant.cases.urge(ids.running, [(await head.cases.get(ids.running)).myTasks[0]!.id]);
  });

  after(async () => {
    for (const session of sessions.values()) await session.context.close();
    await app?.stop();
  });

  async function pageFor(user: string | null, viewport: Viewport) {
    const id = `${user ?? '-'}@${viewport.name}`;
    let session = sessions.get(id);
    if (!session) {
      if (user) {
        session = await signIn(app, user, viewport);
      } else {
        const context = await app.browser.newContext({
          viewport: { width: viewport.width, height: viewport.height },
          locale: 'zh-CN',
        });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (err) => errors.push(err.message));
        session = { context, page, errors };
      }
      sessions.set(id, session);
    }
    return session;
  }

  const shots: Shot[] = [
    { name: 'login', user: null, path: () => '/login' },
    { name: 'verify-letter', user: null, path: () => '/verify/letter/NO-SUCH-CODE' },
    { name: 'hall', user: 'zhangsan', path: () => '/' },
    { name: 'service', user: 'zhangsan', path: () => '/services/seal-use' },
    { name: 'apply', user: 'zhangsan', path: () => '/apply/seal-use' },
    { name: 'case', user: 'liyuan', path: () => `/cases/${ids.running}` },
    { name: 'case-edit', user: 'zhangsan', path: () => `/cases/${ids.returned}/edit` },
    { name: 'case-print', user: 'zhangsan', path: () => `/cases/${ids.running}/print` },
    { name: 'tasks-todo', user: 'liyuan', path: () => '/tasks/todo' },
    { name: 'tasks-done', user: 'liyuan', path: () => '/tasks/done' },
    { name: 'tasks-cc', user: 'liyuan', path: () => '/tasks/cc' },
    { name: 'tasks-mine', user: 'zhangsan', path: () => '/tasks/mine' },
    { name: 'tasks-drafts', user: 'zhangsan', path: () => '/tasks/drafts' },
    { name: 'tasks-supervised', user: 'admin', path: () => '/tasks/supervised' },
    { name: 'profile', user: 'zhangsan', path: () => '/profile' },
    { name: 'notifications', user: 'zhangsan', path: () => '/notifications' },
    { name: 'seal-registry', user: 'qianyg', path: () => '/seal/registry' },
    { name: 'seal-ledgers', user: 'qianyg', path: () => '/seal/ledgers' },
    { name: 'admin-definitions', user: 'admin', path: () => '/admin/definitions' },
    { name: 'admin-definition', user: 'admin', path: () => '/admin/definitions/seal-use' },
    { name: 'admin-statistics', user: 'admin', path: () => '/admin/statistics' },
  ];

  for (const viewport of VIEWPORTS) {
    for (const shot of shots) {
      it(`${shot.name} at ${viewport.width} px fits the screen and shows no raw message keys`, async () => {
        const { page, errors } = await pageFor(shot.user, viewport);
        errors.length = 0;
        await page.goto(`${app.server.url}${shot.path()}`);
        await page.waitForLoadState('networkidle');
        // Let antd's enter animations and lazy chunks (flow viewer, charts) settle.
        await page.waitForTimeout(800);
        expect(new URL(page.url()).pathname, 'redirected away').to.equal(shot.path().split('?')[0]);
        await checkAndShoot(page, shot.name, viewport);
        expect(errors, `page errors on ${shot.name}`).to.deep.equal([]);
      });
    }
  }
});
