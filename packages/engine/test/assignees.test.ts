import { expect } from 'chai';
import type { AssigneeRule } from '@flowhall/schema';
import { approval, begin, chain, engine, pendingPeople, refused, T0, users } from './fixtures';

const peopleFor = (rule: AssigneeRule, form: Record<string, unknown> = {}) =>
  pendingPeople(begin(chain([approval('a', [rule], { whenNoAssignee: 'fail' })]), form));

describe('engine > assignee rules', () => {
  it('Given users, Then exactly those people get tasks', () =>
    expect(peopleFor(users('bob', 'carol'))).to.deep.equal(['bob', 'carol']));
  it('Given a global role, Then its holders', () =>
    expect(peopleFor({ type: 'role', role: 'legalAdviser' })).to.deep.equal(['lawyer']));
  it("Given a role in the applicant's department, Then only holders there", () =>
    expect(peopleFor({ type: 'role', role: 'officeStaff', scope: 'applicantDept' })).to.deep.equal([
      'carol',
    ]));
  it('Given a role in a named department, Then only holders there', () =>
    expect(
      peopleFor({ type: 'role', role: 'sealCustodian', scope: 'dept', deptId: 'logistics' }),
    ).to.deep.equal(['custodian']));
  it('Given deptHead, Then the head of the applicant department; with levels 1, the head above', () => {
    expect(peopleFor({ type: 'deptHead' })).to.deep.equal(['head']);
    expect(peopleFor({ type: 'deptHead', levels: 1 })).to.deep.equal(['president']);
  });
  it('Given leaderInCharge, Then the 分管领导 of the applicant department', () =>
    expect(peopleFor({ type: 'leaderInCharge' })).to.deep.equal(['vp']));
  it('Given applicantChoice, Then the user the applicant picked', () =>
    expect(
      peopleFor({ type: 'applicantChoice', field: 'sectionHead' }, { sectionHead: 'dave' }),
    ).to.deep.equal(['dave']));
  it('Given formField holding picker options, Then their values', () =>
    expect(
      peopleFor(
        { type: 'formField', field: 'sectionHead' },
        { sectionHead: [{ value: 'bob' }, { id: 'carol' }] },
      ),
    ).to.deep.equal(['bob', 'carol']));
  it('Given byField on the seal type, Then the matching custodian (R16)', () => {
    const rule: AssigneeRule = {
      type: 'byField',
      field: 'sealType',
      cases: {
        party: { type: 'role', role: 'partyOrganiser' },
        admin: { type: 'role', role: 'sealCustodian' },
        name: { type: 'role', role: 'officeDirector' },
      },
    };
    expect(peopleFor(rule, { sealType: 'party' })).to.deep.equal(['organiser']);
    expect(peopleFor(rule, { sealType: 'admin' })).to.deep.equal(['custodian']);
    expect(peopleFor(rule, { sealType: 'name' })).to.deep.equal(['director']);
  });
  it('Given applicant, Then the applicant', () =>
    expect(peopleFor({ type: 'applicant' })).to.deep.equal(['alice']));
  it('Given the resolved people, Then they are recorded on the tasks', () => {
    const s = begin(chain([approval('a', [{ type: 'deptHead' }, { type: 'leaderInCharge' }])]));
    expect(s.tasks.map((t) => t.assignee)).to.deep.equal(['head', 'vp']);
  });
});

describe('engine > whenNoAssignee', () => {
  const nobody: AssigneeRule = { type: 'role', role: 'nobodyHoldsThis' };
  it('Given skip, When nobody resolves, Then the node is skipped and recorded as skipped', () => {
    const s = begin(
      chain([approval('a', [nobody], { whenNoAssignee: 'skip' }), approval('b', [users('bob')])]),
    );
    expect(pendingPeople(s)).to.deep.equal(['bob']);
    expect(s.path.find((p) => p.nodeId === 'a')).to.include({ outcome: 'skipped', reason: 'noAssignee' });
  });
  it('Given toAdmin, When nobody resolves, Then the process administrators get the task', () => {
    const def = chain([approval('a', [nobody], { whenNoAssignee: 'toAdmin' })], {
      settings: { adminUsers: ['admin'] },
    });
    expect(pendingPeople(begin(def))).to.deep.equal(['admin']);
  });
  it('Given fail, When nobody resolves, Then start answers NO_ASSIGNEE naming the node', () => {
    const r = engine.start(chain([approval('a', [nobody], { whenNoAssignee: 'fail' })]), {
      caseId: 'c',
      applicant: { id: 'alice', deptId: 'logistics' },
      at: T0,
    });
    refused(r, 'NO_ASSIGNEE');
    if (!r.ok) expect(r.details).to.deep.include({ nodeId: 'a' });
  });
  it('Given an optional node with an empty applicant choice, Then it is skipped (R13)', () => {
    const def = chain([
      approval('a', [{ type: 'applicantChoice', field: 'sectionHead' }], { optional: true }),
      approval('b', [users('bob')]),
    ]);
    expect(pendingPeople(begin(def))).to.deep.equal(['bob']);
    expect(pendingPeople(begin(def, { sectionHead: 'dave' }))).to.deep.equal(['dave']);
  });
});
