import { expect } from 'chai';
import { approval, as, at, begin, chain, engine, pendingPeople, refused, taskOf, users } from './fixtures';

describe('engine > approval modes', () => {
  it('Given an or-sign node, When the first assignee approves, Then the node completes and the siblings are canceled', () => {
    const def = chain([approval('a', [users('bob', 'carol')], { mode: 'any' })]);
    let s = begin(def);
    expect(pendingPeople(s)).to.deep.equal(['bob', 'carol']);
    const carolTask = taskOf(s, 'carol');
    s = as(def, s, 'bob', { type: 'approve' });
    expect(s.status).to.equal('approved');
    expect(s.tasks.find((t) => t.id === carolTask.id)?.status).to.equal('canceled');
    refused(
      engine.act(def, s, { type: 'approve', actor: 'carol', at: at(2), taskId: carolTask.id }),
      'CASE_FINISHED',
    );
  });

  it('Given a countersign node, When one of two approves, Then it waits for the other', () => {
    const def = chain([
      approval('a', [users('bob', 'carol')], { mode: 'all' }),
      approval('b', [users('dave')]),
    ]);
    let s = begin(def);
    s = as(def, s, 'bob', { type: 'approve' });
    expect(pendingPeople(s)).to.deep.equal(['carol']);
    s = as(def, s, 'carol', { type: 'approve' });
    expect(pendingPeople(s)).to.deep.equal(['dave']);
  });

  it('Given a countersign node, When one assignee returns, Then the node ends and the others are canceled', () => {
    const def = chain([approval('a', [users('bob', 'carol')], { mode: 'all' })]);
    let s = begin(def);
    s = as(def, s, 'bob', { type: 'approve' });
    s = as(def, s, 'carol', { type: 'return', opinion: 'wrong copies' });
    expect(s.status).to.equal('returned');
    expect(pendingPeople(s)).to.deep.equal([]);
  });

  it('Given a countersign node, When one assignee rejects, Then the case is rejected at once', () => {
    const def = chain([approval('a', [users('bob', 'carol')], { mode: 'all' })]);
    const s = as(def, begin(def), 'carol', { type: 'reject', opinion: 'no' });
    expect(s.status).to.equal('rejected');
    expect(s.tasks.filter((t) => t.status === 'pending' || t.status === 'queued')).to.have.length(0);
  });

  it('Given a sequential node, When each approves in turn, Then only the next is pending each time', () => {
    const def = chain([approval('a', [users('bob', 'carol', 'dave')], { mode: 'sequential' })]);
    let s = begin(def);
    expect(pendingPeople(s)).to.deep.equal(['bob']);
    expect(s.tasks.filter((t) => t.status === 'queued').map((t) => t.assignee)).to.deep.equal([
      'carol',
      'dave',
    ]);
    const daveTask = s.tasks.find((t) => t.assignee === 'dave');
    refused(
      engine.act(def, s, { type: 'approve', actor: 'dave', at: at(1), taskId: daveTask?.id ?? '' }),
      'TASK_NOT_PENDING',
    );
    s = as(def, s, 'bob', { type: 'approve' });
    expect(pendingPeople(s)).to.deep.equal(['carol']);
    s = as(def, s, 'carol', { type: 'approve' });
    s = as(def, s, 'dave', { type: 'approve' });
    expect(s.status).to.equal('approved');
  });
});
