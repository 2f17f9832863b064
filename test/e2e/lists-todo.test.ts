import type { FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
import { publish, sealCheckDefinition, uniqueKey } from '../support/sample-process';
import { join } from 'path';
import { apiAs, ARTIFACTS, checkAndShoot, DESKTOP, PHONE, signIn, startApp, TestApp } from './support/app';

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
  it('given one case marked 加急, the to-do shows it with its progress, and the urgent, keyword and date filters find it', async () => {
    const { id } = await applicant.cases.create({
      definitionKey: key,
      form: FORM,
      submit: true,
      importance: 'urgent',
    });
    const serialNo = (await applicant.cases.get(id)).serialNo!;
    const { page, context, errors } = await signIn(app, 'liyuan', DESKTOP);
    await page.goto(`${app.server.url}/tasks/todo`);
    const rows = page.locator('[data-testid="list-row"]');
    const urgentRow = rows.filter({ hasText: serialNo });
    await urgentRow.waitFor();
    expect(await urgentRow.locator('[data-testid="mark-urgent"]').textContent()).to.equal('加急');
    expect(await urgentRow.locator('[data-testid="row-progress"]').textContent()).to.equal('0%');

    // When the head ticks 只看加急, then only the urgent case is left
    await page.click('[data-testid="filter-urgent"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="list-row"]').length === 1);
    expect(await rows.first().textContent()).to.contain(serialNo);
    await checkAndShoot(page, 'lists-todo-urgent', DESKTOP);
    await page.click('[data-testid="filter-urgent"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="list-row"]').length > 1);

    // When the head searches its serial number, then it is the one row
    // antd puts the test id on the input itself or on its wrapper, depending on the component.
    const keyword = page.locator('input[data-testid="filter-keyword"], [data-testid="filter-keyword"] input');
    await keyword.fill(serialNo);
    await keyword.press('Enter');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="list-row"]').length === 1);
    expect(await rows.first().textContent()).to.contain(serialNo);

    // When the head narrows the arrival dates to today, then the case is still there
    await page.locator('.ant-picker-range').first().click();
    await page.locator('.ant-picker-cell-today').first().click();
    await page.locator('.ant-picker-cell-today').first().click();
    await page.waitForFunction(
      () => (document.querySelector('.ant-picker-range input') as HTMLInputElement | null)?.value !== '',
    );
    await urgentRow.waitFor();
    expect(await rows.count()).to.equal(1);
    expect(errors).to.deep.equal([]);
    await context.close();

    // And on a phone the card shows 加急 and the progress too
    const phone = await signIn(app, 'liyuan', PHONE);
    await phone.page.goto(`${app.server.url}/tasks/todo`);
    const card = phone.page.locator('[data-testid="list-row"]', { hasText: serialNo });
    await card.waitFor();
    expect(await card.textContent())
      .to.contain('加急')
      .and.contain('进度');
    await checkAndShoot(phone.page, 'lists-todo-filters', PHONE);
    // The full page is a long list of cards: the first screen shows the filters and the marks.
    await phone.page.screenshot({ path: join(ARTIFACTS, 'lists-todo-filters-phone-top.png') });
    await phone.context.close();
  });
});
