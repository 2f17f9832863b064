import { expect } from 'chai';
import { checkAndShoot, DESKTOP, PHONE, signIn, type TestApp } from './support/app';
import { actOn, apiUser, startSealApp, today } from './seal-support';

describe('e2e > seal > an introduction letter issued, printed and verified through its QR link', () => {
  let app: TestApp;
  let letterId: number;
  let letterNo: string;

  before(async function () {
    this.timeout(180_000);
    app = await startSealApp();
    // Given a letter applied for, approved and issued (over the API)
    const [zhangsan, liyuan, sunbs] = await Promise.all(
      ['zhangsan', 'liyuan', 'sunbs'].map((u) => apiUser(app, u)),
    );
    const created = await zhangsan.client.cases.create({
      definitionKey: 'intro-letter',
      form: {
        confidentialityCommitment: true,
        letterType: 'liaison',
        applyingUnit: 'cs-school',
        receivingOrg: '某市人力资源和社会保障局',
        persons: [{ name: '张三', position: '副教授', count: 2 }],
        purpose: '联系毕业生就业见习基地共建事宜',
        validDays: 15,
        contactName: '张三',
        contactMobile: '13800001001',
      },
      submit: true,
    });
    await actOn(liyuan, created.id, { type: 'approve', formPatch: { deptHeadOpinion: '同意。' } });
    await actOn(sunbs, created.id, { type: 'complete', formPatch: { issuedAt: today() } });
    const letter = await zhangsan.seal.letterOfCase(created.id);
    letterId = letter.id;
    letterNo = letter.letterNo;
  });

  after(async () => {
    await app?.stop();
  });

  for (const viewport of [DESKTOP, PHONE]) {
    it(`Given the issued letter, When the office opens its print view on a ${viewport.name}, Then it shows the number, addressee, persons, purpose, validity and a QR link that verifies it without signing in`, async () => {
      const { page, context, errors } = await signIn(app, 'sunbs', viewport);
      await page.goto(`${app.server.url}/seal/letters/${letterId}/print`);
      const sheet = await page.waitForSelector('[data-testid="letter-sheet"]');
      const text = (await sheet.textContent()) ?? '';
      expect(text).to.contain(letterNo);
      expect(text).to.contain('某市人力资源和社会保障局：');
      expect(text).to.contain('张三（副教授）等2人同志');
      expect(text).to.contain('联系毕业生就业见习基地共建事宜');
      expect(text).to.contain('有效期15天');
      expect(text).to.contain('示范大学党委办公室、校长办公室');
      expect(await page.isVisible('[data-testid="letter-qr"] svg')).to.equal(true);
      await checkAndShoot(page, 'seal-letter-print', viewport);
      const url = await page.getAttribute('[data-testid="letter-qr"]', 'data-url');
      expect(url).to.match(/\/verify\/letter\/[A-Za-z0-9_-]{20}$/);
      expect(errors).to.deep.equal([]);
      await context.close();

      // When a stranger scans it (a fresh browser, no session)
      const stranger = await app.browser.newContext({
        viewport: { width: viewport.width, height: viewport.height },
        locale: 'zh-CN',
      });
      const phonePage = await stranger.newPage();
      await phonePage.goto(url!);
      await phonePage.waitForSelector('[data-testid="letter-status"]');
      const shown = (await phonePage.textContent('body')) ?? '';
      expect(new URL(phonePage.url()).pathname).to.match(/^\/verify\/letter\//);
      expect(shown).to.contain(letterNo);
      expect(shown).to.contain('某市人力资源和社会保障局');
      expect(await phonePage.textContent('[data-testid="letter-status"]')).to.equal('有效');
      expect(shown).to.not.contain('就业见习基地');
      await checkAndShoot(phonePage, 'seal-letter-verify', viewport);
      await stranger.close();
    });
  }

  it('Given the letter register, When the office opens the letter from it and marks it used, Then verification shows 已使用', async () => {
    const { page, context } = await signIn(app, 'sunbs', DESKTOP);
    await page.goto(`${app.server.url}/seal/ledgers`);
    await page.click('.ant-tabs-tab:has-text("介绍信登记")');
    await page.click(`tr:has-text("${letterNo}") a:has-text("打印")`);
    await page.waitForSelector('[data-testid="letter-sheet"]');
    expect(new URL(page.url()).pathname).to.equal(`/seal/letters/${letterId}/print`);
    const url = await page.getAttribute('[data-testid="letter-qr"]', 'data-url');
    await page.click('button:has-text("登记为已使用")');
    await page.waitForSelector('.ant-tag:has-text("已使用")');
    await page.goto(url!);
    await page.waitForSelector('[data-testid="letter-status"]');
    expect(await page.textContent('[data-testid="letter-status"]')).to.equal('已使用');
    await context.close();
  });
});
