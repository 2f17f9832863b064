import { expect } from 'chai';
import {
  act,
  checkAndShoot,
  fillSealUse,
  item,
  openCaseAs,
  pickOption,
  submitApplication,
  waitForStatus,
  writeOpinion,
} from './apply-support';
import { DESKTOP, signIn, startApp, TestApp } from './support/app';

/**
 * NENU's seal check (seed 002): the applicant picks the optional section head who checks the
 * seal use first, the department head forwards to a higher leader, the custodian stamps.
 */
describe('e2e > apply > seal check with an optional section head and a forward to a leader', () => {
  let app: TestApp;
  let caseId = 0;
  let serial = '';

  before(async function () {
    this.timeout(180_000);
    app = await startApp();
  });

  after(async () => {
    await app?.stop();
  });

  it('given 张三 on the apply page, when he fills the form with the section head and submits, then he sees the serial number', async () => {
    const { page, errors, context } = await signIn(app, 'zhangsan', DESKTOP);
    await page.goto(`${app.server.url}/apply/seal-use`);
    await page.waitForSelector('.fh-apply-form');
    await checkAndShoot(page, 'apply-step1', DESKTOP);
    // Clear field errors before anything is sent: the first step needs a business type.
    await page.click('[data-testid="apply-next"]');
    await item(page, '业务类型').locator('.ant-formily-item-error-help').waitFor();

    const wireSize = await fillSealUse(page, {
      businessType: '综合类',
      sealName: '示范大学（',
      sectionHead: '王科长',
      reason: '应服务公司申请，证明其在我校具有真实的服务项目',
    });
    // R10: the 4000 px photo went up compressed, well under the server's limit.
    expect(wireSize).to.be.within(1, 1.6 * 1024 * 1024);
    await checkAndShoot(page, 'apply-filled', DESKTOP);
    // 暂存 first (R8): the draft exists on the server and the address names it.
    await page.click('[data-testid="apply-draft"]');
    await page.locator('.ant-message-success', { hasText: '已暂存' }).waitFor();
    await page.waitForURL(/\/cases\/\d+\/edit$/);
    ({ serial, caseId } = await submitApplication(page));
    expect(serial).to.match(/\S+/);
    expect(await page.textContent('[data-testid="case-serial"]')).to.equal(serial);
    await waitForStatus(page, '办理中');
    await checkAndShoot(page, 'case-applicant', DESKTOP);
    expect(errors).to.deep.equal([]);
    await context.close();
  });

  it('when the chosen section head opens the case, then he approves with a common opinion', async () => {
    const { page, errors, context } = await openCaseAs(app, 'wangke', caseId, DESKTOP);
    await page.waitForSelector('[data-testid="action-panel"]');
    expect(await page.textContent('[data-testid="action-panel"]')).to.contain('科室负责人验印审核');
    await writeOpinion(page, '同意。', { pick: true });
    await checkAndShoot(page, 'action-panel', DESKTOP);
    await act(page, 'approve');
    await page.waitForSelector('[data-testid="action-panel"]', { state: 'detached' });
    expect(errors).to.deep.equal([]);
    await context.close();
  });

  it('when the department head forwards to a leader, then the leader gets the case and approves', async () => {
    const head = await openCaseAs(app, 'liyuan', caseId, DESKTOP);
    await writeOpinion(head.page, '同意，请周副校长审批。');
    await act(head.page, 'forward');
    await pickOption(
      head.page,
      head.page.locator('[data-testid="action-user-picker"]'),
      '周副校长',
      '周副校长',
    );
    await head.page.locator('.ant-modal .ant-btn-primary', { hasText: '确' }).click();
    await head.page.waitForSelector('[data-testid="action-panel"]', { state: 'detached' });
    // The section head's opinion is read-only with his name on it (R14).
    expect(await head.page.textContent('[data-testid="case-form"]')).to.contain('王科长');
    expect(head.errors).to.deep.equal([]);
    await head.context.close();

    const leader = await openCaseAs(app, 'zhoufx', caseId, DESKTOP);
    expect(await leader.page.textContent('[data-testid="action-panel"]')).to.contain('上级领导审批');
    await checkAndShoot(leader.page, 'case-approver', DESKTOP);
    await writeOpinion(leader.page, '同意。', { pick: true });
    await act(leader.page, 'approve');
    await leader.page.waitForSelector('[data-testid="action-panel"]', { state: 'detached' });
    expect(leader.errors).to.deep.equal([]);
    await leader.context.close();
  });

  it('when the custodian records the stamping, then the case is approved and prints with every opinion', async () => {
    const { page, errors, context } = await openCaseAs(app, 'qianyg', caseId, DESKTOP);
    expect(await page.textContent('[data-testid="action-panel"]')).to.contain('印章管理员用印登记');
    await item(page, '实际盖章份数').locator('input').fill('2');
    const scans = item(page, '盖章页扫描件');
    await scans.locator('.fh-upload input[type="file"]:not([capture])').setInputFiles({
      name: 'stamped.png',
      mimeType: 'image/png',
      buffer: Buffer.from(
        'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
        'base64',
      ),
    });
    await scans.locator('.fh-upload-done').waitFor();
    await act(page, 'complete');
    await waitForStatus(page, '已通过');
    expect(errors).to.deep.equal([]);

    await page.goto(`${app.server.url}/cases/${caseId}/print`);
    await page.waitForSelector('.fh-print-page');
    const text = await page.textContent('.fh-print-page');
    expect(text).to.contain(serial);
    for (const name of ['王科长', '李院长', '周副校长', '钱印管']) expect(text).to.contain(name);
    expect(await page.getAttribute('[data-testid="print-pdf"]', 'href')).to.equal(`/api/cases/${caseId}/pdf`);
    await checkAndShoot(page, 'print', DESKTOP);
    await context.close();
  });

  it('when 张三 opens his approved case, then he rates it once', async () => {
    const { page, errors, context } = await openCaseAs(app, 'zhangsan', caseId, DESKTOP);
    await waitForStatus(page, '已通过');
    await page.click('[data-testid="case-rate"]');
    await page.locator('.ant-modal .ant-rate-star').nth(3).click();
    await page.locator('.ant-modal .ant-btn-primary').click();
    await page.waitForSelector('[data-testid="case-rated"]');
    expect(await page.locator('[data-testid="case-rate"]').count()).to.equal(0);
    expect(errors).to.deep.equal([]);
    await context.close();
  });
});
