import type { FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
import { publish, sealCheckDefinition, uniqueKey } from '../support/sample-process';
import { apiAs, DESKTOP, PHONE, signIn, startApp, TestApp } from './support/app';

const FORM = { bizType: '科研类', reason: '科研项目申报书用印', majorMatter: false, copies: 2 };
const CASES = 23;

describe('e2e > lists > to-do and done with badges and keyset paging (R21)', () => {
  let app: TestApp;
  let applicant: FlowhallClient;
  let key: string;

  before(async function () {
    this.timeout(240_000);
    app = await startApp();
    const admin = await apiAs(app, 'admin');
    applicant = await apiAs(app, 'lisi');
    key = await publish(admin, sealCheckDefinition(uniqueKey('todo')));
    for (let i = 0; i < CASES; i += 1) {
      await applicant.cases.create({ definitionKey: key, form: FORM, submit: true });
    }
  });

  after(async () => {
    await app?.stop();
  });

  it('given 23 cases waiting for the head, the to-do shows 20, then loads the rest with the cursor, and the badge counts them', async () => {
    const { page, context, errors } = await signIn(app, 'liyuan', DESKTOP);
    const badge = page.locator('[data-testid="nav-todo"] .ant-badge-count');
    await badge.waitFor();
    expect(Number(await badge.getAttribute('title'))).to.be.at.least(CASES);
    await page.click('[data-testid="nav-todo"]');
    await page.waitForURL('**/tasks/todo');
    const rows = page.locator('[data-testid="list-row"]');
    await rows.first().waitFor();
    expect(await rows.count()).to.equal(20);
    const first = await rows.first().textContent();
    expect(first).to.contain('部门用印审批（测试）').and.contain('李四').and.contain('部门负责人审批');
    // Arrival time relative and absolute, and the total time since submission.
    const arrived = await rows.first().locator('[data-testid="arrived-relative"]').textContent();
    expect(arrived).to.match(/^(刚刚|\d+分钟前)$/);
    expect(first).to.match(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    expect(await rows.first().locator('[data-testid="elapsed"]').textContent()).to.match(
      /不到 1 分钟|\d+分钟/,
    );
    await page.click('[data-testid="load-more"]');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="list-row"]').length >= n,
      CASES,
    );
    expect(await page.locator('[data-testid="load-more"]').count()).to.equal(0);
    expect(errors).to.deep.equal([]);
    await context.close();
  });

  it('given a to-do row on a phone, when the head taps it, then the case opens', async () => {
    const { page, context } = await signIn(app, 'liyuan', PHONE);
    await page.click('[data-testid="tab-todo"]');
    const card = page.locator('[data-testid="list-row"]').first();
    await card.waitFor();
    expect(await card.textContent())
      .to.contain('流水号')
      .and.contain('李四');
    await card.click();
    await page.waitForURL(/\/cases\/\d+$/);
    await context.close();
  });

  it('given an approved case, when the head opens done, then it is listed there and no longer in to-do', async () => {
    const head = await apiAs(app, 'liyuan');
    const { id } = await applicant.cases.create({ definitionKey: key, form: FORM, submit: true });
    const serialNo = (await applicant.cases.get(id)).serialNo!;
    const task = (await head.cases.get(id)).myTasks[0]!;
    await head.cases.act(task.id, { type: 'approve', opinion: '同意。' });

    const { page, context } = await signIn(app, 'liyuan', DESKTOP);
    await page.goto(`${app.server.url}/tasks/done`);
    await page.locator('[data-testid="list-row"]', { hasText: serialNo }).waitFor();
    await page.click('[data-testid="tab-box-todo"]');
    await page.waitForURL('**/tasks/todo');
    await page.locator('[data-testid="list-row"]').first().waitFor();
    expect(await page.locator('[data-testid="list-row"]', { hasText: serialNo }).count()).to.equal(0);
    await context.close();
  });

  it('hides the supervised list from people who are not administrators', async () => {
    const { page, context } = await signIn(app, 'liyuan', DESKTOP);
    await page.goto(`${app.server.url}/tasks/todo`);
    await page.locator('[data-testid="tab-box-todo"]').waitFor();
    expect(await page.locator('[data-testid="tab-box-supervised"]').count()).to.equal(0);
    await page.goto(`${app.server.url}/tasks/supervised`);
    await page.getByText('没有这个列表').waitFor();
    await context.close();
  });
});
