import ExcelJS from 'exceljs';
import { expect } from 'chai';
import { apiError } from '../support/expect-api-error';
import { actOn, download, person, pickable, today, uploaded, type Person } from './seal-support';

describe('api > seal ledgers > filters, access and Excel export', () => {
  let zhangsan: Person;
  let qianyg: Person;
  let serialNo: string;

  before(async () => {
    [zhangsan, qianyg] = await Promise.all(['zhangsan', 'qianyg'].map(person));
    const liyuan = await person('liyuan');
    const seal = await pickable(zhangsan, '示范大学财务专用章');
    const created = await zhangsan.client.cases.create({
      definitionKey: 'seal-use',
      form: {
        businessType: 'general',
        confidentialityCommitment: true,
        noBlankPaper: true,
        usingUnit: 'cs-school',
        responsiblePerson: '张三',
        responsibleMobile: '13800001001',
        handler: '赵经办',
        handlerMobile: '13800001001',
        materials: [{ name: '报销说明', files: [await uploaded(zhangsan.client, '说明.png')], copies: 2 }],
        useDate: today(),
        primarySealType: 'finance',
        seals: [
          { sealId: seal.id, sealName: seal.name, sealType: seal.sealType, count: 2, positions: '第1页' },
        ],
        authorisationLetter: false,
        horizontalContract: false,
        majorMatter: false,
        takeOut: false,
        reason: '科研经费报销说明盖章',
      },
      submit: true,
    });
    serialNo = created.serialNo!;
    await actOn(liyuan, created.id, { type: 'finalApprove', formPatch: { deptHeadOpinion: '同意。' } });
    const scan = await uploaded(qianyg.client, '盖章页.png');
    await actOn(qianyg, created.id, {
      type: 'complete',
      formPatch: { stampedCopies: 2, stampedScans: [scan] },
    });
  });

  it('Given a date range that excludes today, Then the use is not listed; including today, it is', async () => {
    const none = await qianyg.seal.ledger('seal-uses', { from: '2000-01-01', to: '2000-12-31' });
    expect(none.items).to.deep.equal([]);
    const some = await qianyg.seal.ledger('seal-uses', { from: today(), to: today(), unit: 'cs-school' });
    expect(some.items.map((r) => r.serialNo)).to.include(serialNo);
  });

  it('Given the use ledger exported, Then the .xlsx has Chinese headers and the stamped line', async () => {
    const file = await download(
      qianyg,
      qianyg.seal.ledgerExportPath('seal-uses', { from: today(), to: today() }),
    );
    expect(file.status).to.equal(200);
    expect(file.type).to.contain('spreadsheetml');
    expect(decodeURIComponent(file.disposition)).to.contain('用印登记簿');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).to.equal('用印登记簿');
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).to.include.members([
      '用印时间',
      '流水号',
      '印章名称',
      '实际盖章份数',
      '经办人',
      '印章管理员',
    ]);
    const serialColumn = header.indexOf('流水号') + 1;
    const serials: unknown[] = [];
    sheet.eachRow((row, n) => n > 1 && serials.push(row.getCell(serialColumn).value));
    expect(serials).to.include(serialNo);
  });

  it('Given every ledger kind, Then each lists and exports for the office', async () => {
    for (const kind of ['seal-uses', 'engravings', 'abolitions', 'letters', 'cert-loans'] as const) {
      const page = await qianyg.seal.ledger(kind);
      expect(page.columns.length, kind).to.be.greaterThan(5);
      const file = await download(qianyg, qianyg.seal.ledgerExportPath(kind));
      expect(file.status, kind).to.equal(200);
      expect(file.bytes.subarray(0, 2).toString('latin1'), kind).to.equal('PK');
    }
  });

  it('Given a teacher, an unknown ledger or a bad date, Then 403, 404 and 400 with stable codes', async () => {
    expect((await apiError(zhangsan.seal.ledger('seal-uses'))).status).to.equal(403);
    expect((await download(zhangsan, zhangsan.seal.ledgerExportPath('letters'))).status).to.equal(403);
    const unknown = await apiError(qianyg.client.request('GET', '/api/plugins/seal/ledgers/parking'));
    expect([unknown.status, unknown.code]).to.deep.equal([404, 'LEDGER_NOT_FOUND']);
    const bad = await apiError(qianyg.seal.ledger('letters', { from: '2026/01/01' }));
    expect([bad.status, bad.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
  });
});
