import type { FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
import { newClient, signedIn } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';
import { orSignDefinition, publish, uniqueKey } from '../support/sample-process';
import { newPerson } from './helpers/people';

describe('api > tasks > an office administrator changes a task’s assignee (R19)', () => {
  let admin: FlowhallClient;
  let officeAdmin: FlowhallClient;
  let applicant: FlowhallClient;
  let approver: { id: number; client: FlowhallClient };
  let replacement: { id: number; client: FlowhallClient };
  let key: string;

  before(async () => {
    admin = await signedIn('admin');
    [officeAdmin, applicant] = await Promise.all([signedIn('zhaozr'), signedIn('zhangsan')]);
    approver = await newPerson(admin, '王五');
    replacement = await newPerson(admin, '赵六');
    key = await publish(admin, orSignDefinition(uniqueKey('reassign'), [approver.id]));
  });

  async function pendingCase(): Promise<{ caseId: number; taskId: string; lockVersion: number }> {
    const created = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '出差' },
      submit: true,
    });
    const view = await approver.client.cases.get(created.id);
    return { caseId: created.id, taskId: view.myTasks[0]!.id, lockVersion: view.lockVersion };
  }

  it('given a pending task, when the office administrator reassigns it, then it moves from the old to-do to the new one, traced and audited', async () => {
    const { caseId, taskId } = await pendingCase();
    expect((await officeAdmin.cases.get(caseId)).can.reassign).to.equal(true);
    expect((await applicant.cases.get(caseId)).can.reassign).to.equal(false);
    const outcome = await officeAdmin.cases.reassign(taskId, { userId: replacement.id, reason: '王五出差' });
    expect(outcome).to.include({ id: caseId, status: 'running' });

    const oldTodo = await approver.client.lists.list('todo');
    expect(oldTodo.items.map((i) => i.caseId)).to.not.include(caseId);
    const newTodo = await replacement.client.lists.list('todo');
    expect(newTodo.items.find((i) => i.caseId === caseId)?.task?.id).to.equal(taskId);
    expect((await replacement.client.lists.counts()).todo).to.be.greaterThan(0);

    const trace = (await applicant.cases.trace(caseId)).items;
    const entry = trace.find((t) => t.action === 'reassign');
    expect(entry?.opinion).to.equal('更换审批人：王五 → 赵六，原因：王五出差');
    expect(entry?.actor.name).to.equal('赵主任');
    expect(entry?.onBehalfOf).to.equal(null);

    // The new assignee can act; the old one can no longer.
    expect((await apiError(approver.client.cases.act(taskId, { type: 'approve' }))).status).to.be.oneOf([
      403, 404,
    ]);
    const done = await replacement.client.cases.act(taskId, { type: 'approve', opinion: '同意' });
    expect(done.status).to.equal('approved');
    expect((await admin.audit.verify()).ok).to.equal(true);
  });

  it('refuses people who are not office administrators: the applicant, the assignee, anonymous', async () => {
    const { taskId } = await pendingCase();
    const input = { userId: replacement.id, reason: '试一下' };
    expect(await apiError(applicant.cases.reassign(taskId, input))).to.include({
      status: 403,
      code: 'FORBIDDEN',
    });
    expect((await apiError(approver.client.cases.reassign(taskId, input))).status).to.equal(403);
    expect((await apiError(newClient().cases.reassign(taskId, input))).status).to.equal(401);
  });

  it('answers 409 TASK_NOT_PENDING for a task already decided, and CASE_CHANGED for a stale lock version', async () => {
    const first = await pendingCase();
    const stale = await apiError(
      officeAdmin.cases.reassign(first.taskId, {
        userId: replacement.id,
        reason: '过期版本',
        lockVersion: first.lockVersion - 1,
      }),
    );
    expect(stale).to.include({ status: 409, code: 'CASE_CHANGED' });
    await approver.client.cases.act(first.taskId, { type: 'approve', opinion: '同意' });
    const late = await apiError(
      officeAdmin.cases.reassign(first.taskId, { userId: replacement.id, reason: '晚了' }),
    );
    expect(late).to.include({ status: 409, code: 'TASK_NOT_PENDING' });
  });

  it('refuses bad input with 4xx: no reason, not a user, the current assignee, an unknown task', async () => {
    const { taskId } = await pendingCase();
    const noReason = await apiError(
      officeAdmin.cases.reassign(taskId, { userId: replacement.id, reason: ' ' }),
    );
    expect(noReason).to.include({ status: 400, code: 'VALIDATION_FAILED' });
    const nobody = await apiError(officeAdmin.cases.reassign(taskId, { userId: 987654, reason: '无此人' }));
    expect(nobody).to.include({ status: 422, code: 'REASSIGN_TARGET_INVALID' });
    const same = await apiError(
      officeAdmin.cases.reassign(taskId, { userId: approver.id, reason: '同一人' }),
    );
    expect(same).to.include({ status: 422, code: 'REASSIGN_TARGET_INVALID' });
    const unknown = await apiError(
      officeAdmin.cases.reassign('no-such-task', { userId: replacement.id, reason: 'x' }),
    );
    expect(unknown).to.include({ status: 404, code: 'TASK_NOT_FOUND' });
  });

  it('is idempotent with an Idempotency-Key: the retry answers the same, nothing is written twice', async () => {
    const { caseId, taskId } = await pendingCase();
    const input = { userId: replacement.id, reason: '重试安全' };
    const first = await officeAdmin.cases.reassign(taskId, input, { idempotencyKey: `re-${taskId}` });
    const again = await officeAdmin.cases.reassign(taskId, input, { idempotencyKey: `re-${taskId}` });
    expect(again).to.deep.equal(first);
    const trace = (await applicant.cases.trace(caseId)).items;
    expect(trace.filter((t) => t.action === 'reassign')).to.have.length(1);
  });
});

describe('api > tasks > an out-of-office delegate handles the absent person’s tasks', () => {
  let admin: FlowhallClient;
  let applicant: FlowhallClient;
  let away: { id: number; client: FlowhallClient };
  let delegate: { id: number; client: FlowhallClient };
  let key: string;

  before(async () => {
    admin = await signedIn('admin');
    applicant = await signedIn('zhangsan');
    away = await newPerson(admin, '王五');
    delegate = await newPerson(admin, '李四');
    key = await publish(admin, orSignDefinition(uniqueKey('delegated'), [away.id]));
  });

  it('given an active delegation, the delegate sees the task in to-do and counts, acts on it, and the trace names both', async () => {
    const before = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '委托前' },
      submit: true,
    });
    const hour = 3_600_000;
    const delegation = await away.client.auth.delegate({
      delegateUserId: delegate.id,
      startsAt: new Date(Date.now() - hour).toISOString(),
      endsAt: new Date(Date.now() + hour).toISOString(),
      reason: '出差',
    });
    try {
      // A task that arrived before the delegation started is routed too (read-time routing, ADR 0004).
      const todo = await delegate.client.lists.list('todo');
      const row = todo.items.find((i) => i.caseId === before.id);
      expect(row?.task?.assigneeId).to.equal(away.id);
      expect(row?.task?.onBehalfOf).to.deep.equal({ id: away.id, name: '王五' });
      const own = (await away.client.lists.list('todo')).items.find((i) => i.caseId === before.id);
      expect(own?.task?.onBehalfOf).to.equal(null);
      expect((await delegate.client.lists.counts()).todo).to.equal(1);

      const view = await delegate.client.cases.get(before.id);
      expect(view.relations).to.include('assignee');
      expect(view.myTasks[0]?.onBehalfOf).to.deep.equal({ id: away.id, name: '王五' });

      await delegate.client.cases.act(view.myTasks[0]!.id, { type: 'approve', opinion: '同意（代签）' });
      const trace = (await applicant.cases.trace(before.id)).items;
      const approval = trace.find((t) => t.action === 'approve');
      expect(approval?.actorLabel).to.equal('李四（代 王五）');
      expect(approval?.onBehalfOf).to.deep.equal({ id: away.id, name: '王五' });

      // The delegate finds it under done, and may still read the case afterwards.
      const done = await delegate.client.lists.list('done');
      expect(done.items.map((i) => i.caseId)).to.include(before.id);
      expect((await delegate.client.cases.get(before.id)).status).to.equal('approved');
    } finally {
      await away.client.auth.cancelDelegation(delegation.id);
    }
  });

  it('given an active delegation, a task that arrives is announced to the delegate as well as to the assignee', async () => {
    const hour = 3_600_000;
    const delegation = await away.client.auth.delegate({
      delegateUserId: delegate.id,
      startsAt: new Date(Date.now() - hour).toISOString(),
      endsAt: new Date(Date.now() + hour).toISOString(),
      reason: '休假',
    });
    try {
      const created = await applicant.cases.create({
        definitionKey: key,
        form: { reason: '委托期间到达' },
        submit: true,
      });
      const assignedTo = async (client: FlowhallClient) => {
        const deadline = Date.now() + 15_000;
        for (;;) {
          const page = await client.notifications.list();
          const found = page.items.find((n) => n.caseId === created.id && n.event === 'assigned');
          if (found || Date.now() > deadline) return found;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      };
      expect(await assignedTo(delegate.client), 'the delegate is told').to.include({ event: 'assigned' });
      expect(await assignedTo(away.client), 'the assignee is told too').to.include({ event: 'assigned' });
    } finally {
      await away.client.auth.cancelDelegation(delegation.id);
    }
  });

  it('without an active delegation, the would-be delegate neither sees nor may act on the task', async () => {
    const created = await applicant.cases.create({
      definitionKey: key,
      form: { reason: '无委托' },
      submit: true,
    });
    const todo = await delegate.client.lists.list('todo');
    expect(todo.items.map((i) => i.caseId)).to.not.include(created.id);
    expect((await apiError(delegate.client.cases.get(created.id))).status).to.equal(404);
    const taskId = (await away.client.cases.get(created.id)).myTasks[0]!.id;
    const refused = await apiError(delegate.client.cases.act(taskId, { type: 'approve', opinion: '越权' }));
    expect(refused).to.include({ status: 403, code: 'NOT_ASSIGNEE' });
  });
});
