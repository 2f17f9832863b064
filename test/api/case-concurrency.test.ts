import { ApiError } from '@flowhall/client';
import { expect } from 'chai';
import { signedIn } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';
import { orSignDefinition, publish, sealCheckDefinition, uniqueKey } from '../support/sample-process';

const FORM = { bizType: '综合类', reason: '并发测试', majorMatter: false };

describe('api > cases > concurrency and retries', () => {
  it('given an or-sign task shared by two approvers acting at once, exactly one wins and the other gets 409', async () => {
    const admin = await signedIn('admin');
    const [a, b] = await Promise.all([signedIn('wangke'), signedIn('zhaozr')]);
    const ids = [(await a.auth.me()).id, (await b.auth.me()).id];
    const key = await publish(admin, orSignDefinition(uniqueKey('or-sign'), ids));
    const applicant = await signedIn('zhangsan');
    for (let round = 0; round < 3; round++) {
      const created = await applicant.cases.create({
        definitionKey: key,
        form: { reason: `第${round}次` },
        submit: true,
      });
      const [taskA, taskB] = await Promise.all([a.cases.get(created.id), b.cases.get(created.id)]).then(
        (views) => views.map((v) => v.myTasks[0]!.id),
      );
      const results = await Promise.allSettled([
        a.cases.act(taskA!, { type: 'approve', opinion: '同意。' }),
        b.cases.act(taskB!, { type: 'approve', opinion: '同意。' }),
      ]);
      const won = results.filter((r) => r.status === 'fulfilled');
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(won, `round ${round}`).to.have.length(1);
      expect(lost).to.have.length(1);
      const error = lost[0]!.reason as ApiError;
      expect(error).to.be.instanceOf(ApiError);
      expect(error.status).to.equal(409);
      // PostgreSQL: the optimistic check catches the second writer; SQLite serialises them, so the
      // second meets a task (or a case) already decided.
      expect(['CASE_CHANGED', 'TASK_NOT_PENDING', 'CASE_FINISHED']).to.include(error.code);
      const view = await applicant.cases.get(created.id);
      expect(view.status).to.equal('approved');
      expect(view.tasks.filter((t) => t.status === 'done')).to.have.length(1);
    }
  });

  it('draws gap-free serial numbers when many applicants submit at once', async () => {
    const admin = await signedIn('admin');
    const key = await publish(admin, sealCheckDefinition(uniqueKey('serial')));
    const applicant = await signedIn('zhangsan');
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        applicant.cases.create({ definitionKey: key, form: { ...FORM, reason: `第${i}份` }, submit: true }),
      ),
    );
    const numbers = outcomes.map((o) => Number(o.serialNo?.split('-').pop())).sort((x, y) => x - y);
    expect(numbers).to.deep.equal(Array.from({ length: 12 }, (_, i) => i + 1));
  });

  it('answers a retried submit with the same Idempotency-Key with the first answer and acts once', async () => {
    const admin = await signedIn('admin');
    const key = await publish(admin, sealCheckDefinition(uniqueKey('idem')));
    const applicant = await signedIn('zhangsan');
    const draft = await applicant.cases.create({ definitionKey: key, form: FORM });
    const idempotencyKey = `submit-${draft.id}-${Date.now()}`;
    const [first, second] = await Promise.all([
      applicant.cases.submit(draft.id, undefined, { idempotencyKey }),
      applicant.cases.submit(draft.id, undefined, { idempotencyKey }).catch((err: unknown) => err),
    ]);
    const retry = await applicant.cases.submit(draft.id, undefined, { idempotencyKey });
    expect(retry).to.deep.equal(first);
    if (!(second instanceof ApiError)) expect(second).to.deep.equal(first);
    else expect(['IDEMPOTENCY_IN_PROGRESS', 'CASE_CHANGED']).to.include(second.code);
    const head = await signedIn('liyuan');
    const view = await head.cases.get(draft.id);
    expect(view.tasks.filter((t) => t.status === 'pending')).to.have.length(1);

    const sameKeyOtherRequest = await apiError(
      applicant.request('POST', `/api/cases/${draft.id}/urge`, { taskIds: ['x'] }, { idempotencyKey }),
    );
    expect(sameKeyOtherRequest.code).to.equal('IDEMPOTENCY_KEY_REUSED');
  });
});
