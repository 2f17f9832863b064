import { expect } from 'chai';
import { apiError } from '../support/expect-api-error';
import { actOn, person, pickable, today, uploaded, waitingAt, type Person } from './seal-support';

interface Problem {
  path: string;
  code: string;
}

/** A complete seal-use application for 张三 of 计算机学院, picking `seals` from the registry. */
async function application(
  applicant: Person,
  seals: Array<{ id: string; name: string; sealType: string }>,
  patch: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  return {
    businessType: 'general',
    confidentialityCommitment: true,
    noBlankPaper: true,
    usingUnit: 'cs-school',
    responsiblePerson: '张三',
    responsibleMobile: '13800001001',
    handler: '张三',
    handlerMobile: '13800001001',
    materials: [{ name: '校企合作证明', files: [await uploaded(applicant.client, '证明.png')], copies: 3 }],
    useDate: today(),
    primarySealType: 'official',
    seals: seals.map((s) => ({
      sealId: s.id,
      sealName: s.name,
      sealType: s.sealType,
      count: 3,
      positions: '第1项材料第2页',
    })),
    authorisationLetter: false,
    horizontalContract: false,
    majorMatter: false,
    takeOut: false,
    reason: '应合作单位申请，证明其在我校具有真实的服务项目',
    ...patch,
  };
}

describe('api > seal use > the use ledger and the registry over HTTP', () => {
  let zhangsan: Person;
  let liyuan: Person;
  let chensj: Person;
  let qianyg: Person;

  before(async () => {
    [zhangsan, liyuan, chensj, qianyg] = await Promise.all(
      ['zhangsan', 'liyuan', 'chensj', 'qianyg'].map(person),
    );
  });

  it('Given the university seal picked from the registry, When the head gives final approval and the custodian stamps, Then the use ledger records copies, scans, handler and custodian', async () => {
    const seal = await pickable(zhangsan, '示范大学', { type: 'official' });
    const created = await zhangsan.client.cases.create({
      definitionKey: 'seal-use',
      form: await application(zhangsan, [seal]),
      submit: true,
    });
    await actOn(liyuan, created.id, {
      type: 'finalApprove',
      opinion: '同意。',
      formPatch: { deptHeadOpinion: '同意。' },
    });
    expect(await waitingAt(qianyg, created.id)).to.deep.equal(['stamp']);
    const scan = await uploaded(qianyg.client, '盖章页.png');
    const done = await actOn(qianyg, created.id, {
      type: 'complete',
      formPatch: { stampedCopies: 3, stampedScans: [scan], stampNote: '已盖章 3 份' },
    });
    expect(done.status).to.equal('approved');

    const ledger = await qianyg.seal.ledger('seal-uses', {
      from: today(),
      to: today(),
      q: created.serialNo ?? '',
    });
    expect(ledger.columns.map((c) => c.title)).to.include.members([
      '用印时间',
      '实际盖章份数',
      '经办人',
      '印章管理员',
    ]);
    expect(ledger.items).to.have.length(1);
    expect(ledger.items[0]).to.include({
      serialNo: created.serialNo,
      sealName: '示范大学',
      stampedCopies: 3,
      requestedCount: 3,
      handler: '张三',
      custodian: '钱印管',
      unit: '计算机学院',
      takenOut: '否',
    });
    const detail = await qianyg.seal.seal(Number(seal.id));
    expect(detail.status).to.equal('in-use');
    expect(detail.history[0]).to.include({ kind: 'used', caseId: created.id, serialNo: created.serialNo });
    expect(detail.history[0]!.actor?.name).to.equal('钱印管');
  });

  it('Given the seal is taken out (R20), When the custodian stamps, Then it is out and not pickable; When the return is confirmed, Then it is in use again', async () => {
    const seal = await pickable(zhangsan, '示范大学合同专用章');
    const created = await zhangsan.client.cases.create({
      definitionKey: 'seal-use',
      form: await application(zhangsan, [seal], {
        takeOut: true,
        takeOutReason: '赴市场监管局现场办理登记',
        expectedReturnDate: today(),
      }),
      submit: true,
    });
    await actOn(liyuan, created.id, { type: 'approve', formPatch: { deptHeadOpinion: '同意。' } });
    expect(await waitingAt(chensj, created.id)).to.deep.equal(['heads']);
    await actOn(chensj, created.id, { type: 'approve', formPatch: { headsOpinion: '同意带出。' } });
    const scan = await uploaded(qianyg.client, '盖章页.png');
    await actOn(qianyg, created.id, {
      type: 'complete',
      formPatch: { stampedCopies: 1, stampedScans: [scan] },
    });

    expect((await qianyg.seal.seal(Number(seal.id))).status).to.equal('out');
    const offered = await zhangsan.seal.picker({ type: 'contract' });
    expect(offered.items.map((s) => s.name)).to.not.include('示范大学合同专用章');
    const refused = await apiError(
      zhangsan.client.cases.create({
        definitionKey: 'seal-use',
        form: await application(zhangsan, [seal]),
        submit: true,
      }),
    );
    expect(refused.status).to.equal(422);
    expect((refused.details as Problem[]).map((p) => p.code)).to.include('SEAL_NOT_IN_USE');

    expect(await waitingAt(qianyg, created.id)).to.deep.equal(['returnConfirm']);
    const finished = await actOn(qianyg, created.id, {
      type: 'complete',
      formPatch: { returnedAt: today(), returnNote: '印章完好，已收回' },
    });
    expect(finished.status).to.equal('approved');
    const detail = await qianyg.seal.seal(Number(seal.id));
    expect(detail.status).to.equal('in-use');
    expect(detail.history.slice(0, 3).map((e) => e.kind)).to.deep.equal(['returned', 'taken-out', 'used']);
    const ledger = await qianyg.seal.ledger('seal-uses', { q: created.serialNo ?? '' });
    expect(ledger.items[0]).to.include({ takenOut: '是', returnedOn: today() });
  });

  it('Given a horizontal contract with a department seal (R32), When submitted, Then DEPT_SEAL_ON_CONTRACT', async () => {
    const deptSeal = await pickable(zhangsan, '示范大学计算机学院', { unit: 'cs-school' });
    const err = await apiError(
      zhangsan.client.cases.create({
        definitionKey: 'seal-use',
        form: await application(zhangsan, [deptSeal], { horizontalContract: true }),
        submit: true,
      }),
    );
    expect(err.status).to.equal(422);
    expect((err.details as Problem[]).map((p) => p.code)).to.include('DEPT_SEAL_ON_CONTRACT');
  });

  it('Given a row that claims a seal type the registry does not have, When submitted, Then SEAL_TYPE_MISMATCH (the R32 check cannot be dodged)', async () => {
    const deptSeal = await pickable(zhangsan, '示范大学计算机学院', { unit: 'cs-school' });
    const err = await apiError(
      zhangsan.client.cases.create({
        definitionKey: 'seal-use',
        form: await application(zhangsan, [{ ...deptSeal, sealType: 'contract' }], {
          horizontalContract: true,
        }),
        submit: true,
      }),
    );
    expect((err.details as Problem[]).map((p) => p.code)).to.include('SEAL_TYPE_MISMATCH');
  });

  it('Given a name seal without its owner (R32), or blank-paper and confidentiality promises unticked (R30, R12), When submitted, Then each is refused with its code', async () => {
    const nameSeal = await pickable(zhangsan, '李院长名章', { type: 'name' });
    const err = await apiError(
      zhangsan.client.cases.create({
        definitionKey: 'seal-use',
        form: await application(zhangsan, [nameSeal], {
          noBlankPaper: false,
          confidentialityCommitment: false,
        }),
        submit: true,
      }),
    );
    expect((err.details as Problem[]).map((p) => p.code)).to.include.members([
      'NAME_SEAL_OWNER_REQUIRED',
      'BLANK_PAPER_PROMISE_REQUIRED',
      'CONFIDENTIALITY_REQUIRED',
    ]);
  });

  it('Given an abolished seal or an unknown id, When picked, Then SEAL_ABOLISHED / SEAL_NOT_FOUND and the picker never offers it', async () => {
    const all = await qianyg.seal.seals({ status: 'abolished', q: '计算机科学系' });
    const abolished = all.items[0]!;
    expect(abolished.name).to.equal('示范大学计算机科学系');
    const offered = await zhangsan.seal.picker({ unit: 'cs-school' });
    expect(offered.items.map((s) => s.id)).to.not.include(String(abolished.id));
    const err = await apiError(
      zhangsan.client.cases.create({
        definitionKey: 'seal-use',
        form: await application(zhangsan, [
          { id: String(abolished.id), name: abolished.name, sealType: 'department' },
          { id: '99999', name: '不存在的章', sealType: 'official' },
        ]),
        submit: true,
      }),
    );
    expect((err.details as Problem[]).map((p) => `${p.path} ${p.code}`)).to.include.members([
      'seals[0].sealId SEAL_ABOLISHED',
      'seals[1].sealId SEAL_NOT_FOUND',
    ]);
  });

  it('Given the custodian returns the case to the applicant instead of stamping, Then no ledger line is written', async () => {
    const seal = await pickable(zhangsan, '示范大学钢印', { type: 'steel' });
    const created = await zhangsan.client.cases.create({
      definitionKey: 'seal-use',
      form: await application(zhangsan, [seal]),
      submit: true,
    });
    await actOn(liyuan, created.id, { type: 'finalApprove', formPatch: { deptHeadOpinion: '同意。' } });
    await actOn(qianyg, created.id, { type: 'return', to: 'applicant', opinion: '材料不全，请补充' });
    const ledger = await qianyg.seal.ledger('seal-uses', { q: created.serialNo ?? '' });
    expect(ledger.items).to.deep.equal([]);
  });
});
