import { expect } from 'chai';
import { apiError } from '../support/expect-api-error';
import { actOn, person, today, waitingAt, type Person } from './seal-support';

const certForm = (patch: Record<string, unknown> = {}): Record<string, unknown> => ({
  confidentialityCommitment: true,
  applyingUnit: 'cs-school',
  documents: ['certificate-copy', 'id-copy'],
  usage: ['copy'],
  copies: 2,
  receivingOrg: '某省科学技术厅',
  purpose: '申报2026年度省自然科学基金项目',
  handler: '张三',
  handlerMobile: '13800001001',
  ...patch,
});

describe('api > legal-person certificate > the certificate register and loans', () => {
  let zhangsan: Person;
  let liyuan: Person;
  let sunbs: Person;
  let zhoufx: Person;

  before(async () => {
    [zhangsan, liyuan, sunbs, zhoufx] = await Promise.all(
      ['zhangsan', 'liyuan', 'sunbs', 'zhoufx'].map(person),
    );
  });

  it('Given copies only, When the office hands them over, Then the register has a closed line and no return step follows', async () => {
    const created = await zhangsan.client.cases.create({
      definitionKey: 'legal-person-cert',
      form: certForm(),
      submit: true,
    });
    await actOn(liyuan, created.id, { type: 'approve', formPatch: { deptHeadOpinion: '同意。' } });
    await actOn(sunbs, created.id, { type: 'approve', formPatch: { officeReviewOpinion: '同意。' } });
    expect(await waitingAt(sunbs, created.id)).to.deep.equal(['handover']);
    const done = await actOn(sunbs, created.id, {
      type: 'complete',
      formPatch: {
        watermarkText: '仅供申报2026年度省自然科学基金项目使用',
        handedOverAt: today(),
        handedCopies: 2,
      },
    });
    expect(done.status).to.equal('approved');
    const ledger = await sunbs.seal.ledger('cert-loans', { q: created.serialNo ?? '' });
    expect(ledger.items[0]).to.include({
      documents: '事业单位法人证书（复印件）、法定代表人身份证（复印件）',
      usage: '复印',
      copies: 2,
      lent: '否',
      status: '已交付',
      unit: '计算机学院',
    });
  });

  it('Given an original lent, When the leader approves and the office hands it over, Then it is lent with its due date until the return confirmation closes the loan', async () => {
    const created = await zhangsan.client.cases.create({
      definitionKey: 'legal-person-cert',
      form: certForm({
        documents: ['certificate-original'],
        usage: ['lend'],
        copies: 1,
        borrowDate: today(),
        returnDate: '2099-12-31',
      }),
      submit: true,
    });
    await actOn(liyuan, created.id, { type: 'approve', formPatch: { deptHeadOpinion: '同意。' } });
    await actOn(sunbs, created.id, { type: 'approve', formPatch: { officeReviewOpinion: '同意借出。' } });
    expect(await waitingAt(zhoufx, created.id)).to.deep.equal(['leader']);
    await actOn(zhoufx, created.id, { type: 'approve', formPatch: { leaderOpinion: '同意。' } });
    await actOn(sunbs, created.id, {
      type: 'complete',
      formPatch: { watermarkText: '仅供现场核验使用', handedOverAt: today(), handedCopies: 1 },
    });
    let ledger = await sunbs.seal.ledger('cert-loans', { status: 'lent' });
    expect(ledger.items.find((r) => r.serialNo === created.serialNo)).to.include({
      lent: '是',
      borrowDate: today(),
      dueDate: '2099-12-31',
      returnedOn: null,
      status: '借出未还',
    });
    expect(await waitingAt(sunbs, created.id)).to.deep.equal(['returnConfirm']);
    const closed = await actOn(sunbs, created.id, {
      type: 'complete',
      formPatch: { returnedAt: today(), returnNote: '原件完好，已收回' },
    });
    expect(closed.status).to.equal('approved');
    ledger = await sunbs.seal.ledger('cert-loans', { status: 'returned', q: created.serialNo ?? '' });
    expect(ledger.items[0]).to.include({ status: '已归还', returnedOn: today() });
    const stillLent = await sunbs.seal.ledger('cert-loans', { status: 'lent' });
    expect(stillLent.items.map((r) => r.serialNo)).to.not.include(created.serialNo);
  });

  it('Given lending without an original or with the return before the borrow date, When submitted, Then each is refused with its code', async () => {
    const err = await apiError(
      zhangsan.client.cases.create({
        definitionKey: 'legal-person-cert',
        form: certForm({ usage: ['lend'], borrowDate: today(), returnDate: '2000-01-01' }),
        submit: true,
      }),
    );
    expect(err.status).to.equal(422);
    expect((err.details as Array<{ code: string }>).map((p) => p.code)).to.include.members([
      'ORIGINAL_REQUIRED_TO_LEND',
      'RETURN_BEFORE_BORROW',
    ]);
  });
});
