import { expect } from 'chai';
import type { Command } from '@flowhall/engine';
import {
  approval,
  as,
  at,
  begin,
  chain,
  engine,
  ok,
  pendingPeople,
  refused,
  taskOf,
  tryAs,
  users,
} from './fixtures';

const threeSteps = (extra: Parameters<typeof approval>[2] = {}) =>
  chain([
    approval('a', [users('bob')], { returnTo: ['applicant', 'previous', 'anyVisited'], ...extra }),
    approval('b', [users('carol')], { returnTo: ['applicant', 'previous', 'anyVisited'], ...extra }),
    approval('c', [users('dave')], { returnTo: ['applicant', 'previous', 'anyVisited'], ...extra }),
  ]);

describe('engine > actions', () => {
  it('Given a pending task, When someone else approves it, Then NOT_ASSIGNEE and nothing changes', () => {
    const def = threeSteps();
    const s = begin(def);
    const r = engine.act(def, s, {
      type: 'approve',
      actor: 'mallory',
      at: at(1),
      taskId: taskOf(s, 'bob').id,
    });
    refused(r, 'NOT_ASSIGNEE');
  });

  it('Given a delegate of the assignee, When the delegate approves, Then it counts and records who acted', () => {
    const def = chain([approval('a', [{ type: 'deptHead' }])]);
    const s = begin(def);
    const r = ok(
      engine.act(def, s, { type: 'approve', actor: 'secretary', at: at(1), taskId: taskOf(s, 'head').id }),
    );
    expect(r.state.status).to.equal('approved');
    expect(r.state.tasks[0]?.actedBy).to.equal('secretary');
  });

  it('Given a task already done, When it is approved again, Then TASK_NOT_PENDING', () => {
    const def = threeSteps();
    const s0 = begin(def);
    const id = taskOf(s0, 'bob').id;
    const s1 = as(def, s0, 'bob', { type: 'approve' });
    refused(
      engine.act(def, s1, { type: 'approve', actor: 'bob', at: at(2), taskId: id }),
      'TASK_NOT_PENDING',
    );
    refused(
      engine.act(def, s1, { type: 'approve', actor: 'bob', at: at(2), taskId: 'nope' }),
      'TASK_NOT_FOUND',
    );
  });

  it('Given reject needs an opinion, When rejecting without one, Then OPINION_REQUIRED', () => {
    const def = threeSteps();
    refused(tryAs(def, begin(def), 'bob', { type: 'reject' }), 'OPINION_REQUIRED');
    refused(tryAs(def, begin(def), 'bob', { type: 'return', opinion: '  ' }), 'OPINION_REQUIRED');
  });

  it('Given a node without forward, When forwarding, Then ACTION_NOT_ALLOWED', () => {
    const def = threeSteps();
    refused(tryAs(def, begin(def), 'bob', { type: 'forward', to: ['vp'] }), 'ACTION_NOT_ALLOWED');
  });

  it('Given a node returned to the applicant, When the applicant resubmits, Then the case goes straight back to that node', () => {
    const def = threeSteps();
    let s = as(def, begin(def), 'bob', { type: 'approve' });
    s = as(def, s, 'carol', { type: 'approve' });
    s = as(def, s, 'dave', { type: 'return', to: 'applicant', opinion: 'fix the title' });
    expect(s.status).to.equal('returned');
    expect(s.returnedFrom).to.equal('c');
    const r = ok(
      engine.act(def, s, { type: 'resubmit', actor: 'alice', at: at(5), formPatch: { title: 'fixed' } }),
    );
    expect(r.state.status).to.equal('running');
    expect(pendingPeople(r.state)).to.deep.equal(['dave']);
    expect(r.state.form.title).to.equal('fixed');
    expect(
      r.effects.some((e) => e.type === 'notify' && e.reason === 'assigned' && e.to[0] === 'dave'),
    ).to.equal(true);
  });

  it('Given a return to the applicant, Then the applicant is notified with the reason', () => {
    const def = threeSteps();
    const r = ok(tryAs(def, begin(def), 'bob', { type: 'return', opinion: '信息填写有误' }));
    expect(r.effects).to.deep.include({
      type: 'notify',
      to: ['alice'],
      reason: 'returned',
      caseId: 'c1',
      nodeId: 'a',
      taskId: 'c1/t1',
      opinion: '信息填写有误',
    });
  });

  it('Given a third step, When it returns to the previous node, Then the second step decides again and the flow continues', () => {
    const def = threeSteps();
    let s = as(def, begin(def), 'bob', { type: 'approve' });
    s = as(def, s, 'carol', { type: 'approve' });
    s = as(def, s, 'dave', { type: 'return', to: 'previous', opinion: 'check again' });
    expect(pendingPeople(s)).to.deep.equal(['carol']);
    s = as(def, s, 'carol', { type: 'approve' });
    expect(pendingPeople(s)).to.deep.equal(['dave']);
  });

  it('Given the first step, When it returns to the previous node, Then the case goes back to the applicant', () => {
    const def = threeSteps();
    const s = as(def, begin(def), 'bob', { type: 'return', to: 'previous', opinion: 'x' });
    expect(s.status).to.equal('returned');
  });

  it('Given anyVisited, When returning to a passed node, Then it is re-entered; to a node not passed, RETURN_TARGET_NOT_PASSED', () => {
    const def = threeSteps();
    let s = as(def, begin(def), 'bob', { type: 'approve' });
    refused(
      tryAs(def, s, 'carol', { type: 'return', to: { nodeId: 'c' }, opinion: 'x' }),
      'RETURN_TARGET_NOT_PASSED',
    );
    s = as(def, s, 'carol', { type: 'approve' });
    s = as(def, s, 'dave', { type: 'return', to: { nodeId: 'a' }, opinion: 'x' });
    expect(pendingPeople(s)).to.deep.equal(['bob']);
  });

  it('Given returnTo only applicant, When returning to a visited node, Then RETURN_TARGET_NOT_ALLOWED', () => {
    const def = chain([
      approval('a', [users('bob')]),
      approval('b', [users('carol')], { returnTo: ['applicant'] }),
    ]);
    const s = as(def, begin(def), 'bob', { type: 'approve' });
    refused(
      tryAs(def, s, 'carol', { type: 'return', to: { nodeId: 'a' }, opinion: 'x' }),
      'RETURN_TARGET_NOT_ALLOWED',
    );
    refused(
      tryAs(def, s, 'carol', { type: 'return', to: 'previous', opinion: 'x' }),
      'RETURN_TARGET_NOT_ALLOWED',
    );
  });

  it('Given a running or returned case, When the applicant withdraws, Then it stops for good and tasks are canceled', () => {
    const def = threeSteps();
    const s = begin(def);
    refused(engine.act(def, s, { type: 'withdraw', actor: 'bob', at: at(1) }), 'NOT_APPLICANT');
    const r = ok(engine.act(def, s, { type: 'withdraw', actor: 'alice', at: at(1) }));
    expect(r.state.status).to.equal('withdrawn');
    expect(r.effects.map((e) => e.type)).to.include.members(['cancelTask', 'caseFinished']);
    refused(engine.act(def, r.state, { type: 'withdraw', actor: 'alice', at: at(2) }), 'CASE_FINISHED');
    const returned = as(def, begin(def), 'bob', { type: 'return', opinion: 'x' });
    expect(
      ok(engine.act(def, returned, { type: 'withdraw', actor: 'alice', at: at(3) })).state.status,
    ).to.equal('withdrawn');
  });

  it('Given an approved case, When the applicant withdraws, Then CASE_FINISHED', () => {
    const def = chain([approval('a', [users('bob')])]);
    const s = as(def, begin(def), 'bob', { type: 'approve' });
    refused(engine.act(def, s, { type: 'withdraw', actor: 'alice', at: at(3) }), 'CASE_FINISHED');
  });

  it('Given a pending task, When the applicant urges twice within an hour, Then the second is URGE_TOO_SOON; after an hour it works', () => {
    const def = threeSteps();
    const s = begin(def);
    const id = taskOf(s, 'bob').id;
    const urge = (minutes: number): Command => ({
      type: 'urge',
      actor: 'alice',
      at: at(minutes),
      taskIds: [id],
    });
    const r1 = ok(engine.act(def, s, urge(5)));
    expect(r1.state.tasks[0]?.urgedAt).to.equal(at(5));
    expect(r1.effects).to.deep.include({
      type: 'notify',
      to: ['bob'],
      reason: 'urged',
      caseId: 'c1',
      nodeId: 'a',
      taskId: id,
    });
    refused(engine.act(def, r1.state, urge(30)), 'URGE_TOO_SOON');
    ok(engine.act(def, r1.state, urge(65)));
    refused(engine.act(def, s, { type: 'urge', actor: 'bob', at: at(5), taskIds: [id] }), 'NOT_APPLICANT');
  });

  it('Given transfer is allowed, When bob transfers to carol, Then carol holds the task and bob cannot act', () => {
    const def = chain([approval('a', [users('bob')], { actions: ['approve', 'transfer'] })]);
    const s0 = begin(def);
    const s = as(def, s0, 'bob', { type: 'transfer', to: 'carol' });
    expect(pendingPeople(s)).to.deep.equal(['carol']);
    refused(
      engine.act(def, s, { type: 'approve', actor: 'bob', at: at(2), taskId: taskOf(s0, 'bob').id }),
      'TASK_NOT_PENDING',
    );
    expect(as(def, s, 'carol', { type: 'approve' }).status).to.equal('approved');
  });

  it('Given addSigner before, When bob adds carol before him, Then carol decides first and then bob', () => {
    const def = chain([approval('a', [users('bob')], { actions: ['approve', 'addSigner'] })]);
    let s = as(def, begin(def), 'bob', { type: 'addSigner', users: ['carol'], position: 'before' });
    expect(pendingPeople(s)).to.deep.equal(['carol']);
    s = as(def, s, 'carol', { type: 'approve' });
    expect(pendingPeople(s)).to.deep.equal(['bob']);
    expect(as(def, s, 'bob', { type: 'approve' }).status).to.equal('approved');
  });

  it('Given addSigner after on an or-sign node, When bob adds carol after him, Then the siblings are canceled and carol must approve', () => {
    const def = chain([approval('a', [users('bob', 'dave')], { actions: ['approve', 'addSigner'] })]);
    let s = as(def, begin(def), 'bob', { type: 'addSigner', users: ['carol'], position: 'after' });
    expect(pendingPeople(s)).to.deep.equal(['carol']);
    s = as(def, s, 'carol', { type: 'approve' });
    expect(s.status).to.equal('approved');
  });

  it('Given a field editable at a node, When the approver writes it, Then it is saved; a read-only field is FIELD_NOT_EDITABLE', () => {
    const def = chain([
      approval('a', [users('bob')], { fieldPermissions: { headOpinion: 'editable', title: 'readonly' } }),
    ]);
    const s = begin(def, { title: 't' });
    refused(tryAs(def, s, 'bob', { type: 'approve', formPatch: { title: 'changed' } }), 'FIELD_NOT_EDITABLE');
    expect(
      as(def, s, 'bob', { type: 'approve', formPatch: { headOpinion: '同意。' } }).form.headOpinion,
    ).to.equal('同意。');
  });

  it('Given a draft, When the applicant submits, Then the serial number is drawn and the first tasks are created', () => {
    const def = chain([approval('a', [users('bob')])]);
    const draft = ok(
      engine.start(def, {
        caseId: 'd1',
        applicant: { id: 'alice', deptId: 'logistics' },
        at: at(0),
        submit: false,
      }),
    );
    expect(draft.state.status).to.equal('draft');
    expect(draft.effects).to.deep.equal([]);
    const r = ok(
      engine.act(def, draft.state, { type: 'submit', actor: 'alice', at: at(1), formPatch: { title: 'x' } }),
    );
    expect(r.effects[0]).to.deep.equal({ type: 'drawSerialNumber', caseId: 'd1', definitionKey: 'test' });
    expect(pendingPeople(r.state)).to.deep.equal(['bob']);
    refused(engine.act(def, r.state, { type: 'submit', actor: 'alice', at: at(1) }), 'CASE_NOT_DRAFT');
  });

  it('Given an unknown command or a bad time, Then INVALID_COMMAND / INVALID_TIME, never an exception', () => {
    const def = chain([approval('a', [users('bob')])]);
    const s = begin(def);
    refused(engine.act(def, s, { type: 'dance', at: at(1) } as unknown as Command), 'INVALID_COMMAND');
    refused(engine.act(def, s, { type: 'withdraw', actor: 'alice', at: 'yesterday' }), 'INVALID_TIME');
    refused(
      engine.act({ ...def, version: 2 }, s, { type: 'withdraw', actor: 'alice', at: at(1) }),
      'DEFINITION_MISMATCH',
    );
  });
});
