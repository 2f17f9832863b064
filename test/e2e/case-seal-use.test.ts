import { expect } from 'chai';
import { join } from 'path';
import {
  act,
  checkAndShoot,
  fillSealUse,
  item,
  openCaseAs,
  submitApplication,
  waitForStatus,
  writeOpinion,
} from './apply-support';
import { ARTIFACTS, signIn, startApp, TestApp, VIEWPORTS } from './support/app';

/**
 * PKU's seal use (seed 003) for a horizontal contract: the department head returns it for
 * correction, the applicant corrects and resubmits, it goes on to the legal adviser, the applicant
 * urges that step and finally withdraws the case. Once on a desktop, once on a phone.
 */
describe('e2e > case view > seal use with a horizontal contract: return, resubmit, urge, withdraw', () => {
  let app: TestApp;

  before(async function () {
    this.timeout(180_000);
    app = await startApp();
  });

  after(async () => {
    await app?.stop();
  });

  for (const viewport of VIEWPORTS) {
    describe(`on a ${viewport.name} (${viewport.width} px)`, () => {
      let caseId = 0;
      let serial = '';

      it('given 张三 applies for the contract seal on a horizontal contract, then the case waits for the department head', async () => {
        const { page, errors, context } = await signIn(app, 'zhangsan', viewport);
        await page.goto(`${app.server.url}/apply/seal-use`);
        await page.waitForSelector('.fh-apply-form');
        await checkAndShoot(page, 'apply', viewport);
        await fillSealUse(page, {
          businessType: '综合类',
          sealName: '示范大学合同专用章',
          horizontalContract: true,
          reason: '与某公司签订横向科研合同',
        });
        ({ serial, caseId } = await submitApplication(page));
        expect(await page.textContent('.fh-case-head')).to.contain('部门负责人审核（须后续审批）');
        expect(errors).to.deep.equal([]);
        await context.close();
      });

      it('when the department head returns it with a reason, then it is back with the applicant', async () => {
        const { page, errors, context } = await openCaseAs(app, 'liyuan', caseId, viewport);
        await page.waitForSelector('[data-testid="action-panel"]');
        await checkAndShoot(page, 'case-approver', viewport);
        await page.locator('[data-testid="action-panel"]').screenshot({
          path: join(ARTIFACTS, `action-panel-${viewport.name}.png`),
        });
        // Returning needs an opinion (the node says so): without one nothing is sent.
        await act(page, 'return');
        await page.locator('.ant-message-error', { hasText: '请填写审批意见' }).waitFor();
        await writeOpinion(page, '合同金额填写有误，请修改后再报。');
        await act(page, 'return');
        await page.locator('.ant-modal').getByText('申请人（修改后重新提交）').click();
        await page.locator('.ant-modal .ant-btn-primary').click();
        await waitForStatus(page, '已退回');
        expect(errors).to.deep.equal([]);
        await context.close();
      });

      it('when 张三 corrects the returned case and resubmits, then it goes on with the same serial number', async () => {
        const { page, errors, context } = await openCaseAs(app, 'zhangsan', caseId, viewport);
        await waitForStatus(page, '已退回');
        await page.click('[data-testid="case-edit"]');
        await page.waitForURL(`**/cases/${caseId}/edit`);
        const returned = await page.locator('.fh-returned').innerText();
        expect(returned).to.contain('李院长').and.contain('合同金额填写有误');
        await page.click('[data-testid="apply-next"]');
        await item(page, '用印事由').locator('textarea').fill('与某公司签订横向科研合同，合同金额已更正');
        const again = await submitApplication(page, '重新提交');
        expect(again.serial).to.equal(serial);
        expect(again.caseId).to.equal(caseId);
        await waitForStatus(page, '办理中');
        expect(await page.textContent('[data-testid="case-trace"]')).to.contain('申请人修改提交');
        expect(errors).to.deep.equal([]);
        await context.close();
      });

      it('when the department head approves, then the legal adviser has it (horizontal contract)', async () => {
        const { page, errors, context } = await openCaseAs(app, 'liyuan', caseId, viewport);
        await writeOpinion(page, '同意。', { pick: true });
        await act(page, 'approve');
        await page.waitForSelector('[data-testid="action-panel"]', { state: 'detached' });
        expect(await page.textContent('.fh-case-head')).to.contain('法律顾问审核');
        expect(errors).to.deep.equal([]);
        await context.close();
      });

      it('when 张三 urges the legal step and then withdraws, then the case stops for good', async () => {
        const { page, errors, context } = await openCaseAs(app, 'zhangsan', caseId, viewport);
        await page.click('[data-testid="case-urge"]');
        const dialog = page.locator('.ant-modal', { hasText: '请选择要催办的环节' });
        expect(await dialog.innerText()).to.contain('法律顾问审核');
        await dialog.locator('.ant-btn-primary').click();
        await page.locator('.ant-message-success', { hasText: '已催办' }).waitFor();
        await page.locator('[data-testid="case-trace"]', { hasText: '催办' }).waitFor();
        await checkAndShoot(page, 'case-applicant', viewport);

        await page.click('[data-testid="case-withdraw"]');
        const confirm = page.locator('.ant-modal-confirm');
        expect(await confirm.innerText()).to.contain('撤销后不可恢复');
        await confirm.locator('[data-testid="withdraw-reason"]').fill('合同暂缓签订');
        await confirm.locator('.ant-btn-dangerous').click();
        await waitForStatus(page, '已撤销');
        expect(await page.locator('[data-testid="case-withdraw"]').count()).to.equal(0);

        await page.goto(`${app.server.url}/cases/${caseId}/print`);
        await page.waitForSelector('.fh-print-page');
        expect(await page.textContent('[data-testid="print-serial"]')).to.equal(serial);
        await checkAndShoot(page, 'print', viewport);
        expect(errors).to.deep.equal([]);
        await context.close();
      });
    });
  }
});
