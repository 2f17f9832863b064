import { expect } from 'chai';
import { apiError } from '../support/expect-api-error';
import { actOn, person, pickable, today, uploaded, waitingAt, type Person } from './seal-support';

interface Problem {
  path: string;
  code: string;
}

describe('api > seal registry > engraving adds a seal, abolition retires it', () => {
  let zhangsan: Person;
  let liyuan: Person;
  let sunbs: Person;
  let zhoufx: Person;
  let qianyg: Person;

  before(async () => {
    [zhangsan, liyuan, sunbs, zhoufx, qianyg] = await Promise.all(
      ['zhangsan', 'liyuan', 'sunbs', 'zhoufx', 'qianyg'].map(person),
    );
  });

  it('Given the demo university, Then the registry is seeded with its seals, filterable by unit, type and status, in keyset pages', async () => {
    const official = await qianyg.seal.seals({ type: 'official' });
    expect(official.items.map((s) => s.name)).to.include('示范大学');
    const csInUse = await qianyg.seal.seals({ unit: 'cs-school', status: 'in-use' });
    expect(csInUse.items.map((s) => s.name)).to.include.members(['示范大学计算机学院', '李院长名章']);
    expect(csInUse.items.every((s) => s.department?.name === '计算机学院')).to.equal(true);
    const first = await qianyg.seal.seals({ limit: 5 });
    expect(first.items).to.have.length(5);
    const second = await qianyg.seal.seals({ limit: 5, cursor: first.nextCursor! });
    expect(second.items[0]!.id).to.be.below(first.items[4]!.id);
    const party = (await qianyg.seal.seals({ q: '中国共产党示范大学委员会' })).items[0]!;
    expect(party).to.deep.include({ sealTypeName: '党委章', status: 'in-use' });
    expect(party.custodian?.name).to.equal('李组织');
  });

  it('Given a staff member without an office role, Then the registry list is refused but the picker answers', async () => {
    const err = await apiError(zhangsan.seal.seals());
    expect(err.status).to.equal(403);
    expect((await zhangsan.seal.picker()).items.length).to.be.greaterThan(5);
  });

  it('Given an engraving walked to activation, Then the new seal is in the registry in use with its filing number, engraver and impression, and the picker offers it', async () => {
    const scan = await uploaded(zhangsan.client, '成立文件.png');
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
        establishingDocScan: [scan],
        custodian: 'wangke',
        supervisor: 'liyuan',
        contactMobile: '13800001002',
        reason: '新设人工智能研究院，申请刻制部门章一枚',
      },
      submit: true,
    });
    await actOn(liyuan, created.id, { type: 'approve', formPatch: { unitHeadOpinion: '同意。' } });
    await actOn(sunbs, created.id, {
      type: 'approve',
      formPatch: { officeReviewOpinion: '印文与文件一致。' },
    });
    await actOn(zhoufx, created.id, { type: 'approve', formPatch: { leaderOpinion: '同意。' } });
    expect(await waitingAt(sunbs, created.id)).to.deep.equal(['engrave']);
    const impression = await uploaded(sunbs.client, '印模.png');
    await actOn(sunbs, created.id, {
      type: 'complete',
      formPatch: {
        policeFilingNo: '公备〔2026〕0123',
        engraver: '某市公安局指定刻章企业',
        engravedAt: today(),
        impressionImage: [impression],
      },
    });
    const before = await zhangsan.seal.picker({ q: '人工智能研究院' });
    expect(before.items).to.deep.equal([]);
    const done = await actOn(qianyg, created.id, { type: 'complete', formPatch: { activatedAt: today() } });
    expect(done.status).to.equal('approved');

    const seal = await pickable(zhangsan, '示范大学人工智能研究院', {
      unit: 'cs-school',
      type: 'department',
    });
    const detail = await qianyg.seal.seal(Number(seal.id));
    expect(detail).to.deep.include({
      status: 'in-use',
      policeFilingNo: '公备〔2026〕0123',
      engraver: '某市公安局指定刻章企业',
      impressionFileId: impression,
      engravingCaseId: created.id,
      activatedOn: today(),
    });
    expect(detail.custodian?.name).to.equal('王科长');
    expect(detail.supervisor?.name).to.equal('李院长');
    expect(detail.history.map((e) => e.kind)).to.deep.equal(['engraved']);
    const ledger = await qianyg.seal.ledger('engravings', { q: '人工智能研究院' });
    expect(ledger.items[0]).to.include({
      serialNo: created.serialNo,
      policeFilingNo: '公备〔2026〕0123',
      status: '在用',
    });
  });

  it("Given an abolition of the unit's seal walked to surrender, Then the seal is abolished, leaves the picker and can never be picked again", async () => {
    const seal = await pickable(zhangsan, '中共示范大学计算机学院委员会', { unit: 'cs-school' });
    const form = {
      confidentialityCommitment: true,
      applyingUnit: 'cs-school',
      contactMobile: '13800001002',
      seal: [{ sealId: seal.id, sealName: seal.name, sealType: seal.sealType }],
      abolitionReason: 'renamed',
      stopDate: today(),
      reasonDetail: '学院党委更名，原印章停止使用',
      surrenderMode: 'returned',
    };
    const created = await zhangsan.client.cases.create({
      definitionKey: 'seal-abolition',
      form,
      submit: true,
    });
    await actOn(liyuan, created.id, { type: 'approve', formPatch: { unitHeadOpinion: '同意。' } });
    await actOn(sunbs, created.id, { type: 'approve', formPatch: { officeReviewOpinion: '同意。' } });
    await actOn(zhoufx, created.id, { type: 'approve', formPatch: { leaderOpinion: '同意。' } });
    const done = await actOn(qianyg, created.id, {
      type: 'complete',
      formPatch: { disposal: 'destroyed', disposedAt: today(), policeDeregistrationNo: '公销〔2026〕0045' },
    });
    expect(done.status).to.equal('approved');

    const detail = await qianyg.seal.seal(Number(seal.id));
    expect(detail).to.deep.include({
      status: 'abolished',
      abolitionCaseId: created.id,
      abolishedOn: today(),
      disposal: 'destroyed',
      policeDeregistrationNo: '公销〔2026〕0045',
    });
    expect(detail.history[0]).to.include({ kind: 'abolished', caseId: created.id });
    const offered = await zhangsan.seal.picker({ unit: 'cs-school' });
    expect(offered.items.map((s) => s.id)).to.not.include(seal.id);
    const again = await apiError(
      zhangsan.client.cases.create({ definitionKey: 'seal-abolition', form, submit: true }),
    );
    expect((again.details as Problem[]).map((p) => p.code)).to.include('SEAL_ABOLISHED');
    const ledger = await qianyg.seal.ledger('abolitions', { from: today(), to: today() });
    expect(ledger.items.map((r) => r.sealName)).to.include('中共示范大学计算机学院委员会');
    expect(ledger.items.find((r) => r.sealName === '中共示范大学计算机学院委员会')).to.include({
      reason: '机构更名',
      disposal: '销毁',
    });
  });

  it("Given a unit picking another unit's seal for abolition, When submitted, Then SEAL_NOT_OF_UNIT", async () => {
    const other = await pickable(zhangsan, '示范大学后勤管理处');
    const err = await apiError(
      zhangsan.client.cases.create({
        definitionKey: 'seal-abolition',
        form: {
          confidentialityCommitment: true,
          applyingUnit: 'cs-school',
          contactMobile: '13800001002',
          seal: [{ sealId: other.id, sealName: other.name, sealType: other.sealType }],
          abolitionReason: 'other',
          stopDate: today(),
          reasonDetail: '试图废止其他单位印章',
          surrenderMode: 'returned',
        },
        submit: true,
      }),
    );
    expect((err.details as Problem[]).map((p) => p.code)).to.include('SEAL_NOT_OF_UNIT');
  });
});
