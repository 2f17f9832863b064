import { expect } from 'chai';
import { sealUseBaseline } from '../../src/processes';
import { sealUseProblems } from '../../src/rules';
import {
  act,
  applicantDoes,
  as,
  begin,
  ok,
  outcomeOf,
  passed,
  pending,
  pendingNodes,
  refused,
  runToEnd,
} from './support';
import { validForms } from './valid-forms';

const def = sealUseBaseline.definition;
const base = validForms['seal-use'] as Record<string, unknown>;
const form = (patch: Record<string, unknown> = {}): Record<string, unknown> => ({ ...base, ...patch });
const stamped = { stampedCopies: 5, stampedScans: ['scan-1'] };

describe('seal plugin > seal use > flow', () => {
  it('Given the sample application, Then the seal-use rules find nothing wrong with it', () => {
    expect(sealUseProblems(form())).to.deep.equal([]);
  });

  it('Given a general matter and no section head, When the department head gives final approval, Then the custodian stamps, records copies and scans, and the case is approved', () => {
    let s = begin(def, form());
    expect(outcomeOf(s, 'sectionHead')).to.equal('skipped');
    expect(pending(s)).to.deep.equal(['liyuan']);
    expect(pendingNodes(s)).to.deep.equal(['deptHead']);
    s = as(def, s, 'liyuan', {
      type: 'finalApprove',
      opinion: '终审同意',
      formPatch: { deptHeadOpinion: '同意。' },
    });
    expect(outcomeOf(s, 'leader')).to.equal('skipped');
    expect(pending(s)).to.deep.equal(['qianyg']);
    s = as(def, s, 'qianyg', { type: 'complete', formPatch: { ...stamped, stampNote: '已盖章' } });
    expect(s.status).to.equal('approved');
    expect(s.form).to.include({ stampedCopies: 5, deptHeadOpinion: '同意。' });
    expect(passed(s)).to.not.include.members(['legal', 'heads', 'research', 'returnConfirm']);
  });

  it('Given a section head chosen by the applicant (R13), When they approve with their opinion, Then the department head decides next', () => {
    let s = begin(def, form({ sectionHead: 'wangke' }));
    expect(pending(s)).to.deep.equal(['wangke']);
    s = as(def, s, 'wangke', { type: 'approve', formPatch: { sectionHeadOpinion: '材料属实。' } });
    expect(pending(s)).to.deep.equal(['liyuan']);
    expect(s.form.sectionHeadOpinion).to.equal('材料属实。');
  });

  it('Given the section head, When they try to write the department head opinion, Then FIELD_NOT_EDITABLE', () => {
    const s = begin(def, form({ sectionHead: 'wangke' }));
    refused(
      act(def, s, 'wangke', { type: 'approve', formPatch: { deptHeadOpinion: 'x' } }),
      'FIELD_NOT_EDITABLE',
    );
  });

  it('Given the department head forwards to a leader (同意并提交上级领导审核), When the leader approves, Then the custodian stamps', () => {
    let s = begin(def, form());
    s = as(def, s, 'liyuan', { type: 'forward', to: ['zhoufx'] });
    expect(pendingNodes(s)).to.deep.equal(['leader']);
    expect(pending(s)).to.deep.equal(['zhoufx']);
    s = as(def, s, 'zhoufx', { type: 'approve', formPatch: { leaderOpinion: '同意。' } });
    expect(pending(s)).to.deep.equal(['qianyg']);
  });

  it('Given 不同意, When the department head rejects without a reason, Then OPINION_REQUIRED; with one, Then the case is rejected', () => {
    const s = begin(def, form());
    refused(act(def, s, 'liyuan', { type: 'reject' }), 'OPINION_REQUIRED');
    expect(ok(act(def, s, 'liyuan', { type: 'reject', opinion: '不同意' })).status).to.equal('rejected');
  });

  it('Given 信息填写有误, When the department head returns and the applicant resubmits a fix, Then the case goes straight back to the department head (R24)', () => {
    let s = as(def, begin(def, form()), 'liyuan', { type: 'return', opinion: '信息填写有误' });
    expect(s.status).to.equal('returned');
    s = ok(applicantDoes(def, s, { type: 'resubmit', formPatch: { reason: '补充说明用途' } }));
    expect(pending(s)).to.deep.equal(['liyuan']);
    expect(s.form.reason).to.equal('补充说明用途');
  });

  it('Given a returned case, When the applicant tries to write an opinion on resubmit, Then FIELD_NOT_EDITABLE', () => {
    const s = as(def, begin(def, form()), 'liyuan', { type: 'return', opinion: '退回' });
    refused(
      applicantDoes(def, s, { type: 'resubmit', formPatch: { deptHeadOpinion: '同意' } }),
      'FIELD_NOT_EDITABLE',
    );
  });

  it('Given a waiting case, When the applicant withdraws (R23), Then it stops for good and the head task is canceled', () => {
    const s = ok(applicantDoes(def, begin(def, form()), { type: 'withdraw', reason: '不再需要' }));
    expect(s.status).to.equal('withdrawn');
    expect(pending(s)).to.deep.equal([]);
    refused(applicantDoes(def, s, { type: 'withdraw' }), 'CASE_FINISHED');
  });

  it('Given the custodian finds the materials differ, When they return it, Then the applicant resubmits and the custodian stamps', () => {
    let s = as(def, begin(def, form()), 'liyuan', { type: 'approve' });
    refused(act(def, s, 'qianyg', { type: 'return' }), 'OPINION_REQUIRED');
    s = as(def, s, 'qianyg', { type: 'return', opinion: '材料与申请不符' });
    expect(s.status).to.equal('returned');
    s = ok(applicantDoes(def, s, { type: 'resubmit' }));
    expect(pending(s)).to.deep.equal(['qianyg']);
  });
});

describe('seal plugin > seal use > conditions', () => {
  it('Given a horizontal contract, Then the head may not give final approval and the legal adviser reviews (R16)', () => {
    let s = begin(def, form({ horizontalContract: true }));
    expect(pendingNodes(s)).to.deep.equal(['deptHeadReview']);
    refused(act(def, s, 'liyuan', { type: 'finalApprove' }), 'ACTION_NOT_ALLOWED');
    s = as(def, s, 'liyuan', { type: 'approve', formPatch: { deptHeadOpinion: '同意。' } });
    expect(pending(s)).to.deep.equal(['wufw']);
    s = as(def, s, 'wufw', { type: 'approve', formPatch: { legalOpinion: '合同条款已审核。' } });
    expect(pending(s)).to.deep.equal(['qianyg']);
  });

  it('Given no horizontal contract, Then the legal adviser is not involved', () => {
    const s = runToEnd(def, begin(def, form({ horizontalContract: false })), { stamp: stamped });
    expect(s.status).to.equal('approved');
    expect(passed(s)).to.not.include('legal');
  });

  it('Given a 三重一大 matter, Then the party and administration head approves before stamping', () => {
    let s = as(def, begin(def, form({ majorMatter: true })), 'liyuan', { type: 'approve' });
    expect(pending(s)).to.deep.equal(['chensj']);
    s = as(def, s, 'chensj', { type: 'approve', formPatch: { headsOpinion: '同意。' } });
    expect(pending(s)).to.deep.equal(['qianyg']);
  });

  it('Given the seal is taken out (R20), Then the heads approve and, after stamping, the custodian confirms its return', () => {
    const takeOut = { takeOut: true, takeOutReason: '赴现场办理登记', expectedReturnDate: '2026-03-05' };
    let s = as(def, begin(def, form(takeOut)), 'liyuan', { type: 'approve' });
    expect(pending(s)).to.deep.equal(['chensj']);
    s = as(def, s, 'chensj', { type: 'approve' });
    s = as(def, s, 'qianyg', { type: 'complete', formPatch: stamped });
    expect(s.status).to.equal('running');
    expect(pendingNodes(s)).to.deep.equal(['returnConfirm']);
    refused(
      act(def, s, 'qianyg', { type: 'complete', formPatch: { stampedCopies: 9 } }),
      'FIELD_NOT_EDITABLE',
    );
    s = as(def, s, 'qianyg', {
      type: 'complete',
      formPatch: { returnedAt: '2026-03-04', returnNote: '完好' },
    });
    expect(s.status).to.equal('approved');
  });

  it('Given the seal stays in the office, Then the case ends right after stamping', () => {
    let s = as(def, begin(def, form()), 'liyuan', { type: 'approve' });
    s = as(def, s, 'qianyg', { type: 'complete', formPatch: stamped });
    expect(s.status).to.equal('approved');
    expect(passed(s)).to.not.include('returnConfirm');
  });

  const offices: Array<[string, string]> = [
    ['research', 'fengky'],
    ['teaching', 'jiaowu'],
    ['foreign', 'guoji'],
  ];
  for (const [businessType, approver] of offices) {
    it(`Given a ${businessType} matter, Then its approving office (${approver}) approves before stamping`, () => {
      let s = as(def, begin(def, form({ businessType })), 'liyuan', { type: 'approve' });
      expect(pending(s)).to.deep.equal([approver]);
      s = as(def, s, approver, { type: 'approve', formPatch: { approvingDeptOpinion: '同意。' } });
      expect(pending(s)).to.deep.equal(['qianyg']);
    });
  }

  it('Given a general matter, Then no approving office is involved', () => {
    const s = runToEnd(def, begin(def, form({ businessType: 'general' })), { stamp: stamped });
    expect(passed(s).filter((n) => ['research', 'teaching', 'foreign'].includes(n))).to.deep.equal([]);
  });

  it("Given a head's name seal (R32), Then its owner approves and the office director, who keeps name seals, stamps", () => {
    const nameSeal = {
      primarySealType: 'name',
      seals: [{ sealId: 's7', sealName: '郑后勤名章', sealType: 'name', count: 1, positions: '第1页' }],
      nameSealOwner: 'zhenghq',
    };
    let s = begin(def, form(nameSeal));
    expect(pendingNodes(s)).to.deep.equal(['deptHeadReview']);
    s = as(def, s, 'liyuan', { type: 'approve' });
    expect(pending(s)).to.deep.equal(['zhenghq']);
    s = as(def, s, 'zhenghq', { type: 'approve', formPatch: { nameSealOwnerOpinion: '同意使用本人名章。' } });
    expect(pending(s)).to.deep.equal(['zhaozr']);
  });

  it('Given every condition at once, Then the steps run in order: name-seal owner, legal, heads, approving office, custodian, return', () => {
    const all = form({
      businessType: 'research',
      horizontalContract: true,
      majorMatter: true,
      takeOut: true,
      takeOutReason: '现场签约',
      expectedReturnDate: '2026-03-05',
      seals: [
        { sealId: 's2', sealName: '合同专用章', sealType: 'contract', count: 2, positions: '末页' },
        { sealId: 's7', sealName: '名章', sealType: 'name', count: 1, positions: '末页' },
      ],
      nameSealOwner: 'zhenghq',
      sectionHead: 'wangke',
    });
    const s = runToEnd(def, begin(def, all), { stamp: stamped, returnConfirm: { returnedAt: '2026-03-05' } });
    expect(s.status).to.equal('approved');
    expect(
      passed(s).filter((n) => def.flow.nodes.find((x) => x.id === n)?.type !== 'condition'),
    ).to.deep.equal([
      'start',
      'sectionHead',
      'deptHeadReview',
      'nameSealOwner',
      'legal',
      'heads',
      'research',
      'stamp',
      'returnConfirm',
      'end',
    ]);
  });
});

describe('seal plugin > seal use > custodian by seal type (R16)', () => {
  const cases: Array<[string | undefined, string]> = [
    ['official', 'qianyg'],
    ['party', 'zuzhiyuan'],
    ['name', 'zhaozr'],
    ['contract', 'qianyg'],
    [undefined, 'qianyg'],
  ];
  for (const [primarySealType, custodian] of cases) {
    it(`Given the primary seal type ${String(primarySealType)}, Then ${custodian} stamps`, () => {
      const s = as(def, begin(def, form({ primarySealType })), 'liyuan', { type: 'finalApprove' });
      expect(pending(s)).to.deep.equal([custodian]);
    });
  }
});

describe('seal plugin > seal use > leader step', () => {
  it('Given a forwarded case, When the leader returns it to the department head, Then the head decides again', () => {
    let s = as(def, begin(def, form()), 'liyuan', { type: 'forward', to: ['zhoufx'] });
    s = as(def, s, 'zhoufx', { type: 'return', to: 'previous', opinion: '请部门先核实' });
    expect(pending(s)).to.deep.equal(['liyuan']);
  });

  it('Given a forwarded case, When the leader rejects, Then the case is rejected before stamping', () => {
    let s = as(def, begin(def, form()), 'liyuan', { type: 'forward', to: ['zhoufx'] });
    s = as(def, s, 'zhoufx', { type: 'reject', opinion: '不同意' });
    expect(s.status).to.equal('rejected');
    expect(passed(s)).to.not.include('stamp');
  });

  it('Given the leader step, Then final approval is not offered there (it would skip later mandatory reviews)', () => {
    const s = as(def, begin(def, form({ horizontalContract: true })), 'liyuan', {
      type: 'forward',
      to: ['zhoufx'],
    });
    refused(act(def, s, 'zhoufx', { type: 'finalApprove' }), 'ACTION_NOT_ALLOWED');
  });
});
