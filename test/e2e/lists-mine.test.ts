import type { FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
import { publish, sealCheckDefinition, uniqueKey } from '../support/sample-process';
import { apiAs, DESKTOP, PHONE, signIn, startApp, TestApp } from './support/app';

const FORM = { bizType: '综合类', reason: '年度总结材料用印', majorMatter: false, copies: 1 };

describe('e2e > lists > my applications: urge, withdraw, returned, drafts (R21-R24)', () => {
  let app: TestApp;
  let applicant: FlowhallClient;
  let head: FlowhallClient;
  let key: string;

  const submit = async () =>
    (await applicant.cases.create({ definitionKey: key, form: FORM, submit: true })).id;

  before(async function () {
    this.timeout(180_000);
    app = await startApp();
    const admin = await apiAs(app, 'admin');
    [applicant, head] = await Promise.all([apiAs(app, 'zhangsan'), apiAs(app, 'liyuan')]);
    key = await publish(admin, sealCheckDefinition(uniqueKey('mine')));
  });

  after(async () => {
    await app?.stop();
  });

  it('given a running case, when the applicant urges its pending step, then the approver sees it marked urged', async () => {
    const caseId = await submit();
    const { page, context, errors } = await signIn(app, 'zhangsan', DESKTOP);
    await page.goto(`${app.server.url}/tasks/mine`);
    const serialNo = (await applicant.cases.get(caseId)).serialNo!;
    const mine = page.locator('[data-testid="list-row"]', { hasText: serialNo });
    await mine.waitFor();
    expect(await mine.textContent())
      .to.contain('办理中')
      .and.contain('部门负责人审批');
    await mine.locator('[data-testid="act-urge"]').click();
    const choices = page.locator('[data-testid="urge-choices"]');
    await choices.waitFor();
    expect(await choices.textContent())
      .to.contain('部门负责人审批')
      .and.contain('李院长');
    await page.locator('.ant-modal-footer .ant-btn-primary').click();
    await page.getByText('已催办').waitFor();
    // The row click did not open the case: the list is still there.
    expect(new URL(page.url()).pathname).to.equal('/tasks/mine');
    expect(errors).to.deep.equal([]);
    await context.close();

    const approver = await signIn(app, 'liyuan', DESKTOP);
    await approver.page.goto(`${app.server.url}/tasks/todo`);
    const todo = approver.page.locator('[data-testid="list-row"]', { hasText: serialNo });
    await todo.locator('[data-testid="mark-urged"]').waitFor();
    expect(await todo.textContent())
      .to.contain('张三')
      .and.contain('部门负责人审批');
    await approver.context.close();
  });

  it('given a running case, when the applicant withdraws it, then they confirm that it cannot be undone and it shows withdrawn', async () => {
    const caseId = await submit();
    const serialNo = (await applicant.cases.get(caseId)).serialNo!;
    const { page, context } = await signIn(app, 'zhangsan', PHONE);
    await page.goto(`${app.server.url}/tasks/mine`);
    const card = page.locator('[data-testid="list-row"]', { hasText: serialNo });
    await card.locator('[data-testid="act-withdraw"]').click();
    const confirm = page.locator('.ant-modal-confirm');
    await confirm.waitFor();
    expect(await confirm.textContent()).to.contain('撤销后不可恢复');
    await confirm.locator('.ant-btn-dangerous').click();
    await card.getByText('已撤销').waitFor();
    expect((await applicant.cases.get(caseId)).status).to.equal('withdrawn');
    expect(await card.locator('[data-testid="act-withdraw"]').count()).to.equal(0);
    await context.close();
  });

  it('given a case the head returned, when the applicant opens my applications, then it carries the returned mark and opens for editing', async () => {
    const caseId = await submit();
    const serialNo = (await applicant.cases.get(caseId)).serialNo!;
    const task = (await head.cases.get(caseId)).myTasks[0]!;
    await head.cases.act(task.id, { type: 'return', opinion: '材料不全，请补充。', to: 'applicant' });

    const { page, context } = await signIn(app, 'zhangsan', DESKTOP);
    // The "my applications" entry counts returned cases.
    await page.locator('[data-testid="nav-mine"] .ant-badge-count').waitFor();
    await page.goto(`${app.server.url}/tasks/mine`);
    const row = page.locator('[data-testid="list-row"]', { hasText: serialNo });
    await row.locator('[data-testid="mark-returned"]').waitFor();
    await row.locator('[data-testid="act-edit"]').click();
    await page.waitForURL(`**/cases/${caseId}/edit`);
    await context.close();
  });

  it('given a saved draft, when the applicant opens drafts, then it is listed and opens for editing', async () => {
    const draft = await applicant.cases.create({ definitionKey: key, form: { reason: '草稿事由' } });
    const { page, context } = await signIn(app, 'zhangsan', DESKTOP);
    await page.goto(`${app.server.url}/tasks/drafts`);
    await page.locator('[data-testid="tab-box-drafts"] .ant-badge-count').waitFor();
    const rows = page.locator('[data-testid="list-row"]');
    await rows.first().waitFor();
    expect(await rows.count()).to.equal(1);
    expect(await rows.first().textContent())
      .to.contain('部门用印审批（测试）')
      .and.contain('草稿');
    await rows.first().click();
    await page.waitForURL(`**/cases/${draft.id}/edit`);
    await context.close();
  });

  it('given my applications filtered by status, then only cases in that status are listed', async () => {
    const { page, context } = await signIn(app, 'zhangsan', DESKTOP);
    await page.goto(`${app.server.url}/tasks/mine`);
    await page.locator('[data-testid="list-row"]').first().waitFor();
    await page.click('[data-testid="filter-status"]');
    await page.click('.ant-select-item-option[title="已撤销"]');
    await page.waitForFunction(() => {
      const rows = Array.from(document.querySelectorAll('[data-testid="list-row"]'));
      return rows.length > 0 && rows.every((r) => r.textContent?.includes('已撤销'));
    });
    await context.close();
  });
});
