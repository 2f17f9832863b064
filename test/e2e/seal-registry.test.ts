import { expect } from 'chai';
import { join } from 'path';
import { ARTIFACTS, checkAndShoot, DESKTOP, PHONE, signIn, type TestApp } from './support/app';
import { actOn, apiUser, startSealApp, today, uploadedPng } from './seal-support';

describe('e2e > seal > an engraving adds a seal to the registry, and the seal-use picker offers it', () => {
  let app: TestApp;

  before(async function () {
    this.timeout(180_000);
    app = await startSealApp();
    // Given an engraving walked to activation over the API
    const [zhangsan, liyuan, sunbs, zhoufx, qianyg] = await Promise.all(
      ['zhangsan', 'liyuan', 'sunbs', 'zhoufx', 'qianyg'].map((u) => apiUser(app, u)),
    );
    const created = await zhangsan.client.cases.create({
      definitionKey: 'seal-engraving',
      form: {
        confidentialityCommitment: true,
        applyingUnit: 'cs-school',
        sealName: '示范大学人工智能研究院',
        sealType: 'department',
        size: '圆形，直径 42mm',
        material: 'copper',
        quantity: 1,
        engravingReason: 'new-body',
        startDate: today(),
        establishingDocNo: '示大校发〔2026〕12号',
        establishingDocScan: [await uploadedPng(zhangsan, '成立文件.png')],
        custodian: 'wangke',
        supervisor: 'liyuan',
        contactMobile: '13800001002',
        reason: '新设人工智能研究院，申请刻制部门章一枚',
      },
      submit: true,
    });
    await actOn(liyuan, created.id, { type: 'approve' });
    await actOn(sunbs, created.id, { type: 'approve' });
    await actOn(zhoufx, created.id, { type: 'approve' });
    await actOn(sunbs, created.id, {
      type: 'complete',
      formPatch: {
        policeFilingNo: '公备〔2026〕0123',
        engraver: '某市公安局指定刻章企业',
        engravedAt: today(),
        impressionImage: [await uploadedPng(sunbs, '印模.png')],
      },
    });
    await actOn(qianyg, created.id, { type: 'complete', formPatch: { activatedAt: today() } });
  });

  after(async () => {
    await app?.stop();
  });

  for (const viewport of [DESKTOP, PHONE]) {
    it(`Given the activated seal, When the custodian searches the registry on a ${viewport.name}, Then it is listed in use and its history names the engraving`, async () => {
      const { page, context, errors } = await signIn(app, 'qianyg', viewport);
      await page.goto(`${app.server.url}/seal/registry`);
      await page.waitForSelector('text=示范大学合同专用章');
      await checkAndShoot(page, 'seal-registry', viewport);
      await page.fill('input[placeholder="搜索印章名称"]', '人工智能');
      await page.keyboard.press('Enter');
      // Then only the matching seal is left
      await page.waitForSelector('text=示范大学合同专用章', { state: 'detached' });
      await page.waitForSelector('text=示范大学人工智能研究院');
      await page.click('text=示范大学人工智能研究院');
      const drawer = await page.waitForSelector('.ant-drawer-content:has-text("公备〔2026〕0123")');
      const text = (await drawer.textContent()) ?? '';
      expect(text).to.contain('在用');
      expect(text).to.contain('王科长');
      expect(text).to.contain('刻制启用');
      // The drawer slides in: shoot once its motion has ended.
      await page.waitForSelector('.ant-drawer-content-wrapper:not([class*="motion"])');
      await checkAndShoot(page, 'seal-registry-detail', viewport);
      expect(errors).to.deep.equal([]);
      await context.close();
    });
  }

  for (const viewport of [DESKTOP, PHONE]) {
    it(`Given the activated seal, When an applicant opens the seal-use form's seal picker on a ${viewport.name}, Then it offers the new seal`, async () => {
      const { page, context, errors } = await signIn(app, 'zhangsan', viewport);
      await page.goto(`${app.server.url}/apply/seal-use`);
      // The seal-use form asks for the business type first (R8), then the application sheet.
      await page.click('text=综合类');
      await page.click('button:has-text("下一步")');
      const picker = await page.waitForSelector('.fh-seal-picker .ant-select');
      await picker.click();
      await page.keyboard.type('人工智能');
      const option = await page.waitForSelector('.ant-select-item-option:has-text("示范大学人工智能研究院")');
      expect(await option.textContent()).to.contain('部门章');
      await option.click();
      await page.fill('.fh-seal-picker input[placeholder="例如：2"]', '2');
      await page.fill('.fh-seal-picker input[placeholder="例：第1项用印材料2,3页"]', '第1页');
      // Then the field holds the row: its required check is met
      await page.click('text=申请印章');
      const field = (await page.textContent('.ant-formily-item:has(.fh-seal-picker)')) ?? '';
      expect(field).to.contain('示范大学人工智能研究院');
      expect(field).to.not.contain('必填');
      // The field with its label and messages, scrolled clear of the fixed header.
      await page.waitForFunction(
        () => !document.querySelector('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'),
      );
      const item = await page.$('.ant-formily-item:has(.fh-seal-picker)');
      await item!.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await item!.screenshot({ path: join(ARTIFACTS, `seal-picker-${viewport.name}.png`) });
      expect(errors).to.deep.equal([]);
      await context.close();
    });
  }
});
