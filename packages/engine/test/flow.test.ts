import { expect } from 'chai';
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
  users,
} from './fixtures';

describe('engine > conditions', () => {
  const def = definition(
    [
      start,
      { id: 'cond', type: 'condition', properties: {} },
      approval('big', [users('vp')]),
      approval('small', [users('head')]),
      approval('other', [users('bob')]),
      end,
    ],
    [
      ['start', 'cond'],
      ['cond', 'other', { isDefault: true, order: 0 }],
      ['cond', 'small', { condition: { '>': [{ var: 'form.copies' }, 1] }, order: 2 }],
      ['cond', 'big', { condition: { '>': [{ var: 'form.copies' }, 10] }, order: 1 }],
      ['big', 'end'],
      ['small', 'end'],
      ['other', 'end'],
    ],
  );
  it('Given edges in order, When several rules hold, Then the first in order wins', () =>
    expect(pendingPeople(begin(def, { copies: 20 }))).to.deep.equal(['vp']));
  it('Given a later rule holds, Then it is taken', () =>
    expect(pendingPeople(begin(def, { copies: 5 }))).to.deep.equal(['head']));
  it('Given no rule holds, Then the default is taken even though it is listed first', () =>
    expect(pendingPeople(begin(def, { copies: 1 }))).to.deep.equal(['bob']));
  it('Given a rule using a forbidden operation, Then the definition is refused as INVALID_DEFINITION', () => {
    const bad = JSON.parse(JSON.stringify(def));
    bad.flow.edges[2].properties.condition = { method: [{ var: 'form.title' }, 'toString'] };
    refused(
      engine.start(bad, { caseId: 'c', applicant: { id: 'alice', deptId: 'logistics' }, at: at(0) }),
      'INVALID_DEFINITION',
    );
  });
});

describe('engine > parallel, join, cc and ends', () => {
  const def = definition(
    [
      start,
      { id: 'split', type: 'parallel', properties: {} },
      approval('x', [users('bob')]),
      approval('y', [users('carol')]),
      { id: 'join', type: 'join', properties: {} },
      { id: 'cc', type: 'cc', properties: { assignees: [users('dave')] } },
      end,
    ],
    [
      ['start', 'split'],
      ['split', 'x'],
      ['split', 'y'],
      ['x', 'join'],
      ['y', 'join'],
      ['join', 'cc'],
      ['cc', 'end'],
    ],
  );
  it('Given a parallel split, Then both branches run and the join waits for both', () => {
    let s = begin(def);
    expect(pendingPeople(s)).to.deep.equal(['bob', 'carol']);
    s = as(def, s, 'bob', { type: 'approve' });
    expect(s.status).to.equal('running');
    expect(pendingPeople(s)).to.deep.equal(['carol']);
    const r = ok(
      engine.act(def, s, { type: 'approve', actor: 'carol', at: at(2), taskId: s.tasks[1]?.id ?? '' }),
    );
    expect(r.state.status).to.equal('approved');
    expect(r.state.ccs).to.deep.equal([{ nodeId: 'cc', userId: 'dave', at: at(2) }]);
    expect(r.effects).to.deep.include({
      type: 'notify',
      to: ['dave'],
      reason: 'cc',
      caseId: 'c1',
      nodeId: 'cc',
    });
    expect(r.effects).to.deep.include({ type: 'caseFinished', caseId: 'c1', outcome: 'approved' });
  });
  it('Given a return from inside a branch, When resubmitted, Then both open branches resume', () => {
    let s = as(def, begin(def), 'bob', { type: 'return', opinion: 'fix' });
    expect(s.status).to.equal('returned');
    s = ok(engine.act(def, s, { type: 'resubmit', actor: 'alice', at: at(3) })).state;
    expect(pendingPeople(s).sort()).to.deep.equal(['bob', 'carol']);
  });
  it('Given a condition leading to a rejecting end, Then the case is rejected', () => {
    const d = definition(
      [
        start,
        { id: 'cond', type: 'condition', properties: {} },
        approval('a', [users('bob')]),
        end,
        { id: 'no', type: 'end', properties: { outcome: 'rejected' } },
      ],
      [
        ['start', 'cond'],
        ['cond', 'no', { condition: { '==': [{ var: 'form.sealType' }, 'forbidden'] } }],
        ['cond', 'a', { isDefault: true }],
        ['a', 'end'],
      ],
    );
    expect(begin(d, { sealType: 'forbidden' }).status).to.equal('rejected');
  });
});

describe('engine > time limits', () => {
  const withLimit = (onTimeout: 'remind' | 'approve' | 'reject') =>
    definition(
      [start, approval('a', [users('bob')], { timeLimitHours: 24, onTimeout }), end],
      [
        ['start', 'a'],
        ['a', 'end'],
      ],
    );
  it('Given a 24h limit, Then the task is due 24h after it was created', () => {
    expect(begin(withLimit('remind')).tasks[0]?.dueAt).to.equal('2024-03-02T08:00:00.000Z');
  });
  it('Given remind, When a tick passes the due time, Then the assignee is reminded once', () => {
    const def = withLimit('remind');
    const s = begin(def);
    expect(ok(engine.tick(def, s, at(60))).effects).to.deep.equal([]);
    const r = ok(engine.tick(def, s, '2024-03-02T09:00:00.000Z'));
    expect(r.effects).to.deep.include({
      type: 'notify',
      to: ['bob'],
      reason: 'remind',
      caseId: 'c1',
      nodeId: 'a',
      taskId: 'c1/t1',
    });
    expect(ok(engine.tick(def, r.state, '2024-03-02T10:00:00.000Z')).effects).to.deep.equal([]);
  });
  it('Given approve on timeout, When due, Then the system approves and the case moves on', () => {
    const def = withLimit('approve');
    const r = ok(engine.tick(def, begin(def), '2024-03-03T00:00:00.000Z'));
    expect(r.state.status).to.equal('approved');
    expect(r.state.tasks[0]).to.include({ action: 'approve', actedBy: 'system' });
  });
  it('Given reject on timeout, When due, Then the case is rejected', () => {
    const def = withLimit('reject');
    expect(ok(engine.tick(def, begin(def), '2024-03-03T00:00:00.000Z')).state.status).to.equal('rejected');
  });
});

describe('engine > autoStamp', () => {
  it("Given autoStamp, When the head approves, Then a stamp effect names the node and the head's department (R18)", () => {
    const def = definition(
      [start, approval('a', [{ type: 'deptHead' }], { autoStamp: true }), end],
      [
        ['start', 'a'],
        ['a', 'end'],
      ],
    );
    const s = begin(def);
    const r = ok(
      engine.act(def, s, { type: 'approve', actor: 'head', at: at(1), taskId: s.tasks[0]?.id ?? '' }),
    );
    expect(r.effects).to.deep.include({
      type: 'stamp',
      caseId: 'c1',
      nodeId: 'a',
      taskId: 'c1/t1',
      userId: 'head',
      deptId: 'logistics',
    });
  });
});
