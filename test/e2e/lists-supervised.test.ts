import type { FlowhallClient } from '@flowhall/client';
import type { ProcessDefinition } from '@flowhall/schema';
import { expect } from 'chai';
import { publish, sealCheckDefinition, uniqueKey } from '../support/sample-process';
import { apiAs, checkAndShoot, signIn, startApp, TestApp, VIEWPORTS } from './support/app';

const FORM = { bizType: '综合类', reason: '督办测试用印', majorMatter: false, copies: 1 };

/** The sample process with the head's step due about a second after it arrives. */
function dueAtOnce(key: string): ProcessDefinition {
  const definition = sealCheckDefinition(key);
  const head = definition.flow.nodes.find((node) => node.id === 'dept-head')!;
  head.properties = { ...head.properties, timeLimitHours: 0.0003 };
  return definition;
}

describe('e2e > lists > supervised (督办): an administrator urges an overdue task in one click', () => {
  let app: TestApp;
  let applicant: FlowhallClient;
  let key: string;

  before(async function () {
    this.timeout(240_000);
    app = await startApp();
    key = await publish(await apiAs(app, 'admin'), dueAtOnce(uniqueKey('supervised')));
    applicant = await apiAs(app, 'lisi');
  });

  after(async () => {
    await app?.stop();
  });

  for (const viewport of VIEWPORTS) {
    it(`given an overdue step, when the administrator taps 督办催办 (${viewport.name}), then the head's to-do shows it urged`, async () => {
      const { id } = await applicant.cases.create({ definitionKey: key, form: FORM, submit: true });
      const serialNo = (await applicant.cases.get(id)).serialNo!;
      await new Promise((resolve) => setTimeout(resolve, 1500));

      const { page, context, errors } = await signIn(app, 'admin', viewport);
      await page.goto(`${app.server.url}/tasks/supervised`);
      const row = page.locator('[data-testid="list-row"]', { hasText: serialNo });
      await row.waitFor();
      await checkAndShoot(page, 'lists-supervised', viewport);
      await row.locator('[data-testid="act-supervise-urge"]').click();
      await page.locator('.ant-message', { hasText: '已向' }).waitFor();
      // The click urged, it did not open the case.
      expect(page.url()).to.match(/\/tasks\/supervised$/);
      expect(errors).to.deep.equal([]);
      await context.close();

      const head = await apiAs(app, 'liyuan');
      const todo = await head.lists.list('todo', { limit: 100 });
      const task = todo.items.find((item) => item.caseId === id)?.task;
      expect(task?.urgedAt, 'urged in the head to-do').to.be.a('string');
      const trace = await applicant.cases.trace(id);
      expect(trace.items.map((entry) => entry.action)).to.include('urge');
    });
  }
});
