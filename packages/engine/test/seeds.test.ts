import { expect } from 'chai';
import type { FormSchema, ProcessDefinition } from '@flowhall/schema';
import { validateDefinition } from '@flowhall/schema';
import {
  approval,
  as,
  at,
  begin,
  definition,
  end,
  engine,
  ok,
  pendingPeople,
  refused,
  start,
  taskOf,
  tryAs,
} from './fixtures';

const sealForm: FormSchema = {
  type: 'object',
  properties: {
    title: { type: 'string' },
    sealType: { type: 'string' },
    sectionHead: { type: 'string', 'x-component': 'UserPicker' },
    horizontal: { type: 'boolean' },
    stamped: { type: 'number' },
  },
};

/**
 * NENU logistics 部门内公章验印 (seed 002): optional section head chosen by the applicant (R13);
 * 同意并提交上级领导审核 = forward, 终审同意 = finalApprove, 不同意 = reject, 信息填写有误 = return;
 * 三重一大 goes one level higher (R16); the custodian picked by seal type stamps (R16, R20).
 */
const nenu: ProcessDefinition = definition(
  [
    start,
    approval('section', [{ type: 'applicantChoice', field: 'sectionHead' }], {
      optional: true,
      actions: ['forward', 'finalApprove', 'reject', 'return'],
    }),
    approval('leader', [{ type: 'approverChoice' }, { type: 'leaderInCharge' }], {
      actions: ['forward', 'finalApprove', 'reject', 'return'],
    }),
    approval('heads', [{ type: 'approverChoice' }], {
      optional: true,
      actions: ['approve', 'reject', 'return'],
    }),
    {
      id: 'stamp',
      type: 'handle',
      properties: {
        assignees: [
          {
            type: 'byField',
            field: 'sealType',
            cases: {
              party: { type: 'role', role: 'partyOrganiser' },
              admin: { type: 'role', role: 'sealCustodian' },
              name: { type: 'role', role: 'officeDirector' },
            },
          },
        ],
        fieldPermissions: { stamped: 'editable' },
      },
    },
    end,
  ],
  [
    ['start', 'section'],
    ['section', 'leader'],
    ['leader', 'heads'],
    ['heads', 'stamp'],
    ['stamp', 'end'],
  ],
  { form: sealForm, key: 'nenu-seal-check' },
);

describe('seeds > NENU seal check (002)', () => {
  it('is a valid definition', () => expect(validateDefinition(nenu)).to.deep.equal([]));

  it('Given a chosen section head, When they forward to the leader who gives final approval, Then the custodian of the seal type stamps and the case is approved', () => {
    let s = begin(nenu, { sectionHead: 'dave', sealType: 'admin' });
    expect(pendingPeople(s)).to.deep.equal(['dave']);
    s = as(nenu, s, 'dave', { type: 'forward', to: ['vp'], opinion: '同意并提交上级领导审核' });
    expect(pendingPeople(s)).to.deep.equal(['vp']);
    s = as(nenu, s, 'vp', { type: 'finalApprove', opinion: '终审同意' }, 2);
    expect(pendingPeople(s)).to.deep.equal(['custodian']);
    expect(s.path.find((p) => p.nodeId === 'heads')).to.include({ outcome: 'skipped' });
    s = as(nenu, s, 'custodian', { type: 'complete', formPatch: { stamped: 3 } }, 3);
    expect(s.status).to.equal('approved');
    expect(s.form.stamped).to.equal(3);
  });

  it('Given no section head chosen, Then that step is skipped and the leader in charge decides', () => {
    const s = begin(nenu, { sealType: 'party' });
    expect(pendingPeople(s)).to.deep.equal(['vp']);
  });

  it('Given a major matter (三重一大), When the leader forwards to the party and administration heads, Then they decide before stamping', () => {
    let s = begin(nenu, { sealType: 'name' });
    s = as(nenu, s, 'vp', { type: 'forward', to: ['president'], opinion: '三重一大' });
    expect(pendingPeople(s)).to.deep.equal(['president']);
    s = as(nenu, s, 'president', { type: 'approve' }, 2);
    expect(pendingPeople(s)).to.deep.equal(['director']);
  });

  it('Given 信息填写有误, When the section head returns, Then the applicant fixes it and resubmission goes straight back to the section head', () => {
    let s = as(nenu, begin(nenu, { sectionHead: 'dave', sealType: 'admin' }), 'dave', {
      type: 'return',
      opinion: '信息填写有误',
    });
    expect(s.status).to.equal('returned');
    s = ok(
      engine.act(nenu, s, { type: 'resubmit', actor: 'alice', at: at(5), formPatch: { title: 'fixed' } }),
    ).state;
    expect(pendingPeople(s)).to.deep.equal(['dave']);
  });

  it('Given 不同意, When the section head rejects, Then the case is rejected and the applicant told why', () => {
    const r = ok(
      tryAs(nenu, begin(nenu, { sectionHead: 'dave', sealType: 'admin' }), 'dave', {
        type: 'reject',
        opinion: '不同意',
      }),
    );
    expect(r.state.status).to.equal('rejected');
    expect(r.effects).to.deep.include({
      type: 'notify',
      to: ['alice'],
      reason: 'rejected',
      caseId: 'c1',
      nodeId: 'section',
      taskId: 'c1/t1',
      opinion: '不同意',
    });
  });

  it('Given plain approve is not offered, When the section head approves, Then ACTION_NOT_ALLOWED', () => {
    refused(
      tryAs(nenu, begin(nenu, { sectionHead: 'dave', sealType: 'admin' }), 'dave', { type: 'approve' }),
      'ACTION_NOT_ALLOWED',
    );
  });
});

/** PKU 用印审批 (seed 003): unit office review, approval department, legal adviser only for horizontal contracts. */
const pku: ProcessDefinition = definition(
  [
    start,
    approval('office', [{ type: 'role', role: 'officeStaff', scope: 'applicantDept' }], {
      name: '单位办公室工作人员审批',
    }),
    approval('dept', [{ type: 'deptHead' }], { name: '审批部门意见' }),
    { id: 'contract', type: 'condition', properties: {} },
    approval('legal', [{ type: 'role', role: 'legalAdviser' }], { name: '校长法律顾问办公室意见' }),
    { id: 'stamp', type: 'handle', properties: { assignees: [{ type: 'role', role: 'sealCustodian' }] } },
    end,
  ],
  [
    ['start', 'office'],
    ['office', 'dept'],
    ['dept', 'contract'],
    ['contract', 'legal', { condition: { '==': [{ var: 'form.horizontal' }, true] }, order: 1 }],
    ['contract', 'stamp', { isDefault: true }],
    ['legal', 'stamp'],
    ['stamp', 'end'],
  ],
  { form: sealForm, key: 'pku-seal-use' },
);

describe('seeds > PKU seal use (003)', () => {
  it('is a valid definition', () => expect(validateDefinition(pku)).to.deep.equal([]));

  it('Given a horizontal contract, Then the legal adviser reviews after the approval department', () => {
    let s = begin(pku, { horizontal: true });
    s = as(pku, s, 'carol', { type: 'approve' });
    s = as(pku, s, 'head', { type: 'approve' }, 2);
    expect(pendingPeople(s)).to.deep.equal(['lawyer']);
    s = as(pku, s, 'lawyer', { type: 'approve' }, 3);
    s = as(pku, s, 'custodian', { type: 'complete' }, 4);
    expect(s.status).to.equal('approved');
  });

  it('Given no horizontal contract, Then the legal adviser is not involved', () => {
    let s = as(pku, begin(pku, { horizontal: false }), 'carol', { type: 'approve' });
    s = as(pku, s, 'head', { type: 'approve' }, 2);
    expect(pendingPeople(s)).to.deep.equal(['custodian']);
  });

  it('Given the unit office returns, When the applicant resubmits, Then the office reviews again (R24)', () => {
    let s = as(pku, begin(pku), 'carol', { type: 'return', opinion: '退回' });
    expect(s.status).to.equal('returned');
    s = ok(engine.act(pku, s, { type: 'resubmit', actor: 'alice', at: at(10) })).state;
    expect(pendingPeople(s)).to.deep.equal(['carol']);
    expect(s.trace.map((t) => t.action)).to.include.members(['submit', 'return', 'resubmit']);
  });

  it('Given a waiting case, When the applicant urges the current node, Then the office staff is marked and notified (R22)', () => {
    const s = begin(pku);
    const r = ok(
      engine.act(pku, s, { type: 'urge', actor: 'alice', at: at(6), taskIds: [taskOf(s, 'carol').id] }),
    );
    expect(r.state.tasks[0]?.urgedAt).to.equal(at(6));
  });

  it('Given a case half approved, When the applicant withdraws, Then it stops and no task stays open (R23)', () => {
    const s = as(pku, begin(pku), 'carol', { type: 'approve' });
    const r = ok(engine.act(pku, s, { type: 'withdraw', actor: 'alice', at: at(7) }));
    expect(r.state.status).to.equal('withdrawn');
    expect(pendingPeople(r.state)).to.deep.equal([]);
  });
});

/** HUST generic hall (seed 004): the approver picks 报单位主要负责人审批 or 报单位分管信息化负责人审批. */
const hust: ProcessDefinition = definition(
  [
    start,
    approval('liaison', [{ type: 'users', users: ['bob'] }], {
      name: '单位信息化联络员审核',
      routes: [
        { key: 'head', label: '报单位主要负责人审批' },
        { key: 'itLeader', label: '报单位分管信息化负责人审批' },
      ],
    }),
    { id: 'route', type: 'condition', properties: {} },
    approval('unitHead', [{ type: 'deptHead' }], { name: '单位主要负责人审批' }),
    approval('itLeader', [{ type: 'leaderInCharge' }], { name: '单位分管信息化负责人审批' }),
    end,
  ],
  [
    ['start', 'liaison'],
    ['liaison', 'route'],
    ['route', 'unitHead', { condition: { '==': [{ var: 'decision.route' }, 'head'] } }],
    ['route', 'itLeader', { isDefault: true }],
    ['unitHead', 'end'],
    ['itLeader', 'end'],
  ],
  { key: 'hust-route' },
);

describe('seeds > HUST route choice (004)', () => {
  it('is a valid definition', () => expect(validateDefinition(hust)).to.deep.equal([]));
  it('Given 报单位主要负责人审批, Then the unit head decides', () => {
    expect(
      pendingPeople(as(hust, begin(hust), 'bob', { type: 'approve', route: 'head', opinion: '同意上报。' })),
    ).to.deep.equal(['head']);
  });
  it('Given 报单位分管信息化负责人审批, Then the leader in charge decides', () => {
    expect(pendingPeople(as(hust, begin(hust), 'bob', { type: 'approve', route: 'itLeader' }))).to.deep.equal(
      ['vp'],
    );
  });
  it('Given no route chosen, Then ROUTE_REQUIRED; an unknown one, UNKNOWN_ROUTE', () => {
    refused(tryAs(hust, begin(hust), 'bob', { type: 'approve' }), 'ROUTE_REQUIRED');
    refused(tryAs(hust, begin(hust), 'bob', { type: 'approve', route: 'elsewhere' }), 'UNKNOWN_ROUTE');
  });
  it('Given 审核不通过 / 退回修改, Then reject and return work as usual', () => {
    expect(as(hust, begin(hust), 'bob', { type: 'reject', opinion: '不通过。' }).status).to.equal('rejected');
    expect(as(hust, begin(hust), 'bob', { type: 'return', opinion: '修改后再报。' }).status).to.equal(
      'returned',
    );
  });
});
