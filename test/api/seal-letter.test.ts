import { expect } from 'chai';
import { newClient } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';
import { sealApi } from '../../plugins/seal/src/client/seal-api';
import { actOn, person, today, waitingAt, type Person } from './seal-support';

const letterForm = (patch: Record<string, unknown> = {}): Record<string, unknown> => ({
  confidentialityCommitment: true,
  letterType: 'liaison',
  applyingUnit: 'cs-school',
  receivingOrg: '某市人力资源和社会保障局',
  persons: [
    { name: '张三', position: '副教授', count: 1 },
    { name: '王五', position: '讲师', count: 2 },
  ],
  purpose: '联系毕业生就业见习基地共建事宜',
  validDays: 15,
  contactName: '张三',
  contactMobile: '13800001001',
  ...patch,
});

const daysAgo = (days: number): string => {
  const day = new Date(`${today()}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - days);
  return day.toISOString().slice(0, 10);
};

const seqOf = (letterNo: string): number => Number(/第(\d+)号/.exec(letterNo)?.[1]);

describe('api > introduction letter > numbers, printing data and public verification', () => {
  let zhangsan: Person;
  let liyuan: Person;
  let sunbs: Person;

  before(async () => {
    [zhangsan, liyuan, sunbs] = await Promise.all(['zhangsan', 'liyuan', 'sunbs'].map(person));
  });

  /** Submits a letter application and takes it to the office's issue step. */
  async function approved(patch: Record<string, unknown> = {}): Promise<number> {
    const created = await zhangsan.client.cases.create({
      definitionKey: 'intro-letter',
      form: letterForm(patch),
      submit: true,
    });
    await actOn(liyuan, created.id, { type: 'approve', formPatch: { deptHeadOpinion: '同意。' } });
    expect(await waitingAt(sunbs, created.id)).to.deep.equal(['issue']);
    return created.id;
  }

  it('Given an approved application, When the office issues it, Then the letter has a yearly number, a verification code and the printing data', async () => {
    const caseId = await approved();
    const issued = await actOn(sunbs, caseId, { type: 'complete', formPatch: { issuedAt: today() } });
    expect(issued.status).to.equal('approved');
    const letter = await zhangsan.seal.letterOfCase(caseId);
    expect(letter.letterNo).to.match(new RegExp(`^〔${today().slice(0, 4)}〕第\\d{4}号$`));
    expect(letter.code).to.match(/^[A-Za-z0-9_-]{20}$/);
    expect(letter).to.deep.include({
      receivingOrg: '某市人力资源和社会保障局',
      purpose: '联系毕业生就业见习基地共建事宜',
      validDays: 15,
      issuedOn: today(),
      status: 'issued',
      letterTypeName: '工作联系介绍信',
    });
    expect(letter.persons).to.deep.equal([
      { name: '张三', position: '副教授', count: 1 },
      { name: '王五', position: '讲师', count: 2 },
    ]);
    expect(letter.issuer?.name).to.equal('孙办事员');
    expect(await sunbs.seal.letter(letter.id)).to.deep.include({ letterNo: letter.letterNo });
    const stranger = await person('zhenghq');
    const hidden = await apiError(stranger.seal.letter(letter.id));
    expect(hidden.status).to.equal(404);
  });

  it('Given a letter code, When anyone without signing in verifies it, Then only number, receiving organisation, validity and status come back', async () => {
    const caseId = await approved();
    await actOn(sunbs, caseId, { type: 'complete', formPatch: { issuedAt: today() } });
    const letter = await zhangsan.seal.letterOfCase(caseId);
    const anonymous = sealApi(newClient().request);
    const shown = await anonymous.verifyLetter(letter.code);
    expect(Object.keys(shown).sort()).to.deep.equal(
      ['issuedOn', 'issuer', 'letterNo', 'receivingOrg', 'status', 'validDays', 'validUntil'].sort(),
    );
    expect(shown).to.include({
      letterNo: letter.letterNo,
      receivingOrg: '某市人力资源和社会保障局',
      status: 'issued',
    });
    expect(JSON.stringify(shown)).to.not.contain('张三');
    const unknown = await apiError(anonymous.verifyLetter('AAAAAAAAAAAAAAAAAAAA'));
    expect(unknown.status).to.equal(404);
    expect(unknown.code).to.equal('LETTER_NOT_FOUND');
  });

  it('Given issued letters, When the office marks one used and another void, Then verification shows it, and a final status cannot change again', async () => {
    const [a, b] = [await approved(), await approved()];
    await actOn(sunbs, a, { type: 'complete', formPatch: { issuedAt: today() } });
    await actOn(sunbs, b, { type: 'complete', formPatch: { issuedAt: today() } });
    const used = await zhangsan.seal.letterOfCase(a);
    const voided = await zhangsan.seal.letterOfCase(b);
    expect((await sunbs.seal.setLetterStatus(used.id, 'used')).status).to.equal('used');
    expect((await sunbs.seal.setLetterStatus(voided.id, 'void')).status).to.equal('void');
    const anonymous = sealApi(newClient().request);
    expect((await anonymous.verifyLetter(used.code)).status).to.equal('used');
    expect((await anonymous.verifyLetter(voided.code)).status).to.equal('void');
    const again = await apiError(sunbs.seal.setLetterStatus(voided.id, 'used'));
    expect(again.status).to.equal(409);
    expect(again.code).to.equal('LETTER_STATUS_FINAL');
    const notOffice = await apiError(zhangsan.seal.setLetterStatus(used.id, 'void'));
    expect(notOffice.status).to.equal(403);
  });

  it('Given a letter issued 40 days ago for 15 days, Then it shows expired and cannot be marked used', async () => {
    const caseId = await approved();
    await actOn(sunbs, caseId, { type: 'complete', formPatch: { issuedAt: daysAgo(40) } });
    const letter = await zhangsan.seal.letterOfCase(caseId);
    expect(letter.status).to.equal('expired');
    expect(letter.validUntil).to.equal(daysAgo(26));
    expect((await sealApi(newClient().request).verifyLetter(letter.code)).status).to.equal('expired');
    const err = await apiError(sunbs.seal.setLetterStatus(letter.id, 'used'));
    expect(err.code).to.equal('LETTER_EXPIRED');
  });

  it('Given a validity of 31 days, When submitted, Then the form is refused (at most 30)', async () => {
    const err = await apiError(
      zhangsan.client.cases.create({
        definitionKey: 'intro-letter',
        form: letterForm({ validDays: 31 }),
        submit: true,
      }),
    );
    expect(err.status).to.equal(422);
    expect((err.details as Array<{ path: string }>).map((p) => p.path)).to.include('validDays');
  });

  it('Given six letters issued at the same moment, Then their numbers are distinct and the year has no gaps', async () => {
    const cases: number[] = [];
    for (let i = 0; i < 6; i += 1) cases.push(await approved({ purpose: `并发开具测试 ${i}` }));
    const views = await Promise.all(cases.map((id) => sunbs.client.cases.get(id)));
    await Promise.all(
      views.map((view) =>
        sunbs.client.cases.act(view.myTasks[0]!.id, { type: 'complete', formPatch: { issuedAt: today() } }),
      ),
    );
    const numbers = await Promise.all(
      cases.map(async (id) => (await zhangsan.seal.letterOfCase(id)).letterNo),
    );
    expect(new Set(numbers).size).to.equal(6);
    const year = today().slice(0, 4);
    const all = await sunbs.seal.ledger('letters', {
      from: `${year}-01-01`,
      to: `${year}-12-31`,
      limit: 200,
    });
    const seqs = all.items.map((r) => seqOf(String(r.letterNo))).sort((x, y) => x - y);
    expect(seqs).to.deep.equal(seqs.map((_s, i) => i + 1));
  });
});
