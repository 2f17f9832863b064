import { expect } from 'chai';
import { readFileSync } from 'fs';
import { checkAndShoot, DESKTOP, PHONE, signIn, type TestApp } from './support/app';
import { actOn, apiUser, startSealApp, today, type ApiUser } from './seal-support';

describe('e2e > seal > a certificate lent and returned, seen in the ledgers', () => {
  let app: TestApp;
  let sunbs: ApiUser;
  let caseId: number;
  let serialNo: string;

  before(async function () {
    this.timeout(180_000);
    app = await startSealApp();
    // Given the original certificate lent (approvals over the API)
    const [zhangsan, liyuan, zhoufx] = await Promise.all(
      ['zhangsan', 'liyuan', 'zhoufx'].map((u) => apiUser(app, u)),
    );
    sunbs = await apiUser(app, 'sunbs');
    const created = await zhangsan.client.cases.create({
      definitionKey: 'legal-person-cert',
      form: {
        confidentialityCommitment: true,
        applyingUnit: 'cs-school',
        documents: ['certificate-original'],
        usage: ['lend'],
        copies: 1,
        receivingOrg: '某省科学技术厅',
        purpose: '现场核验法人证书原件',
        handler: '张三',
        handlerMobile: '13800001001',
        borrowDate: today(),
        returnDate: '2099-12-31',
      },
      submit: true,
    });
    caseId = created.id;
    serialNo = created.serialNo!;
    await actOn(liyuan, caseId, { type: 'approve' });
    await actOn(sunbs, caseId, { type: 'approve' });
    await actOn(zhoufx, caseId, { type: 'approve' });
    await actOn(sunbs, caseId, {
      type: 'complete',
      formPatch: { watermarkText: '仅供现场核验使用', handedOverAt: today(), handedCopies: 1 },
    });
  });

  after(async () => {
    await app?.stop();
  });

  it('Given the lent original, When the office opens the certificate ledger, Then it shows 借出未还 with the due date; after the return confirmation, 已归还', async () => {
    const { page, context, errors } = await signIn(app, 'sunbs', DESKTOP);
    await page.goto(`${app.server.url}/seal/ledgers`);
    await page.click('.ant-tabs-tab:has-text("证照使用登记")');
    const row = await page.waitForSelector(`tr:has-text("${serialNo}")`);
    expect(await row.textContent()).to.contain('借出未还');
    expect(await row.textContent()).to.contain('2099-12-31');
    await checkAndShoot(page, 'seal-ledgers', DESKTOP);

    await actOn(sunbs, caseId, {
      type: 'complete',
      formPatch: { returnedAt: today(), returnNote: '原件完好' },
    });
    await page.reload();
    await page.click('.ant-tabs-tab:has-text("证照使用登记")');
    const returned = await page.waitForSelector(`tr:has-text("${serialNo}")`);
    expect(await returned.textContent()).to.contain('已归还');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('a:has-text("导出 Excel")'),
    ]);
    expect(download.suggestedFilename()).to.contain('.xlsx');
    const path = await download.path();
    expect(readFileSync(path!).subarray(0, 2).toString('latin1')).to.equal('PK');
    expect(errors).to.deep.equal([]);
    await context.close();
  });

  it('Given a phone, When the office opens the ledgers, Then the entries show as cards without sideways scrolling', async () => {
    const { page, context, errors } = await signIn(app, 'sunbs', PHONE);
    await page.goto(`${app.server.url}/seal/ledgers`);
    await page.click('.ant-tabs-tab:has-text("证照使用登记")');
    await page.waitForSelector(`.ant-list-item:has-text("${serialNo}")`);
    await checkAndShoot(page, 'seal-ledgers', PHONE);
    expect(errors).to.deep.equal([]);
    await context.close();
  });
});
