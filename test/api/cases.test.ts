import type { FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
import { newClient, signedIn } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';
import { publish, sealCheckDefinition, uniqueKey } from '../support/sample-process';

const FORM = {
  bizType: '科研类',
  reason: '科研合同用印，例：第1项用印材料2,3页',
  majorMatter: false,
  copies: 2,
};

async function pendingTaskId(client: FlowhallClient, caseId: number): Promise<string> {
  const view = await client.cases.get(caseId);
  const task = view.myTasks[0];
  if (!task) throw new Error(`no pending task for this user on case ${caseId}`);
  return task.id;
}

describe('api > cases > a seal check from draft to stamped', () => {
  let admin: FlowhallClient;
  let applicant: FlowhallClient;
  let head: FlowhallClient;
  let leader: FlowhallClient;
  let custodian: FlowhallClient;
  let key: string;

  before(async () => {
    admin = await signedIn('admin');
    [applicant, head, leader, custodian] = await Promise.all(
      ['zhangsan', 'liyuan', 'zhoufx', 'qianyg'].map((u) => signedIn(u)),
    );
    key = await publish(admin, sealCheckDefinition(uniqueKey('seal-check')));
  });

  it('given the process, when the applicant opens it, then the form and what they may edit come back', async () => {
    const start = await applicant.cases.process(key);
    expect(start).to.include({ key, version: 1 });
    expect(start.fieldPermissions).to.include({ reason: 'editable', headOpinion: 'hidden' });
  });

  it('walks draft -> submit -> return -> resubmit -> forward -> final approval -> stamping, traced', async () => {
    // Given a draft (暂存)
    const draft = await applicant.cases.create({ definitionKey: key, form: { bizType: '科研类' } });
    expect(draft).to.include({ status: 'draft', serialNo: null });
    expect((await applicant.lists.counts()).drafts).to.be.greaterThan(0);
    await applicant.cases.saveDraft(draft.id, FORM);

    // When it is submitted, then it gets a serial number and reaches the department head
    const submitted = await applicant.cases.submit(draft.id);
    expect(submitted.status).to.equal('running');
    expect(submitted.serialNo).to.match(/^SEAL-CHECK-.*-\d{4}-\d{5}$|^[A-Z0-9-]+-\d{4}-\d{5}$/);
    const todo = await head.lists.list('todo');
    const row = todo.items.find((i) => i.caseId === draft.id);
    expect(row?.task?.nodeName).to.equal('部门负责人审批');
    expect(row?.serialNo).to.equal(submitted.serialNo);

    // When the head returns it (信息填写有误), then it is back with the applicant, marked returned
    await head.cases.act(row!.task!.id, { type: 'return', opinion: '请补充用印材料页码', to: 'applicant' });
    const returned = await applicant.cases.get(draft.id);
    expect(returned.status).to.equal('returned');
    expect(returned.can.resubmit).to.equal(true);
    expect((await applicant.lists.counts()).returned).to.be.greaterThan(0);

    // When the applicant fixes and resubmits, then it goes straight back to the head
    await applicant.cases.resubmit(draft.id, { reason: '科研合同用印，第1项材料第2、3页' });
    const taskId = await pendingTaskId(head, draft.id);
    const headView = await head.cases.get(draft.id);
    expect(headView.myTasks[0]?.actions).to.include.members(['forward', 'finalApprove']);
    expect(headView.form.reason).to.equal('科研合同用印，第1项材料第2、3页');

    // When the head approves and forwards to the leader in charge with a common opinion
    const leaderId = (await leader.auth.me()).id;
    await head.cases.act(taskId, {
      type: 'forward',
      to: [leaderId],
      opinion: '同意上报。',
      formPatch: { headOpinion: '同意上报。' },
    });

    // Then the leader gives final approval, which skips the remaining approvals but not stamping
    await leader.cases.act(await pendingTaskId(leader, draft.id), {
      type: 'finalApprove',
      opinion: '同意。',
    });
    const atCustodian = await custodian.cases.get(draft.id);
    expect(atCustodian.myTasks[0]?.nodeName).to.equal('印章管理员盖章');
    expect(atCustodian.myTasks[0]?.fieldPermissions.stampedCopies).to.equal('editable');

    // When the custodian records the copies stamped, then the case is approved
    const done = await custodian.cases.act(atCustodian.myTasks[0]!.id, {
      type: 'complete',
      formPatch: { stampedCopies: 2 },
    });
    expect(done.status).to.equal('approved');

    const finalView = await applicant.cases.get(draft.id);
    expect(finalView.progress).to.equal(100);
    expect(finalView.stamps.map((s) => s.departmentName)).to.include('计算机学院');
    // The applicant's view hides what the start node hides.
    expect(finalView.form).to.not.have.property('headOpinion');

    const trace = (await applicant.cases.trace(draft.id)).items;
    const actions = trace.map((t) => t.action);
    expect(actions).to.include.members([
      'submit',
      'return',
      'resubmit',
      'forward',
      'finalApprove',
      'complete',
    ]);
    const returnEntry = trace.find((t) => t.action === 'return');
    expect(returnEntry).to.deep.include({ opinion: '请补充用印材料页码', nodeName: '部门负责人审批' });
    expect(returnEntry?.actor.name).to.equal('李院长');

    const flow = await applicant.cases.flow(draft.id);
    expect(flow.path.map((p) => p.nodeId)).to.include.members(['dept-head', 'leader', 'custodian']);
    expect(flow.current).to.deep.equal([]);

    // And the head finds it under done
    const doneList = await head.lists.list('done');
    expect(doneList.items.some((i) => i.caseId === draft.id)).to.equal(true);

    // And every step is in the case's audit chain, which verifies intact (R31)
    const audit = await admin.audit.verify();
    expect(audit.ok).to.equal(true);
  });

  it('copies a finished case into a new draft on the latest version', async () => {
    const first = await applicant.cases.create({ definitionKey: key, form: FORM, submit: true });
    const copy = await applicant.cases.copy(first.id);
    expect(copy.status).to.equal('draft');
    expect((await applicant.cases.get(copy.id)).form).to.include({ reason: FORM.reason });
  });

  it('withdraws a running case for good: the head can no longer act on it', async () => {
    const running = await applicant.cases.create({ definitionKey: key, form: FORM, submit: true });
    const taskId = await pendingTaskId(head, running.id);
    const withdrawn = await applicant.cases.withdraw(running.id, '不再需要');
    expect(withdrawn.status).to.equal('withdrawn');
    const err = await apiError(head.cases.act(taskId, { type: 'approve' }));
    expect(err.status).to.equal(409);
    expect((await head.lists.list('todo')).items.some((i) => i.caseId === running.id)).to.equal(false);
  });

  it('urges a pending step once an hour: the to-do shows it urged, a second urge is refused with 429', async () => {
    const running = await applicant.cases.create({ definitionKey: key, form: FORM, submit: true });
    const taskId = await pendingTaskId(head, running.id);
    await applicant.cases.urge(running.id, [taskId]);
    const row = (await head.lists.list('todo')).items.find((i) => i.caseId === running.id);
    expect(row?.task?.urgedAt).to.be.a('string');
    const again = await apiError(applicant.cases.urge(running.id, [taskId]));
    expect(again.status).to.equal(429);
    expect(again.code).to.equal('URGE_TOO_SOON');
  });

  it('refuses bad form data with 422 and the field path, writing nothing', async () => {
    const unknown = await apiError(
      applicant.cases.create({ definitionKey: key, form: { ...FORM, salary: 1 }, submit: true }),
    );
    expect(unknown.status).to.equal(422);
    expect(unknown.code).to.equal('FORM_INVALID');
    expect((unknown.details as Array<{ path: string }>).map((d) => d.path)).to.include('salary');

    const missing = await apiError(
      applicant.cases.create({ definitionKey: key, form: { bizType: '科研类' }, submit: true }),
    );
    expect(
      (missing.details as Array<{ path: string; code: string }>).find((d) => d.path === 'reason')?.code,
    ).to.equal('REQUIRED');

    const wrongEnum = await apiError(
      applicant.cases.create({ definitionKey: key, form: { ...FORM, bizType: '机密类' } }),
    );
    expect((wrongEnum.details as Array<{ code: string }>)[0]?.code).to.equal('ENUM');

    const operator = await apiError(
      applicant.cases.create({ definitionKey: key, form: { ...FORM, reason: { $gt: '' } } }),
    );
    expect(operator.status).to.equal(422);

    const hidden = await apiError(
      applicant.cases.create({ definitionKey: key, form: { ...FORM, headOpinion: '我自己批' } }),
    );
    expect(hidden.code).to.equal('FIELD_NOT_EDITABLE');
  });

  it('refuses an approver writing a field their step may not edit', async () => {
    const running = await applicant.cases.create({ definitionKey: key, form: FORM, submit: true });
    const taskId = await pendingTaskId(head, running.id);
    const err = await apiError(
      head.cases.act(taskId, { type: 'approve', formPatch: { reason: '改掉申请事由' } }),
    );
    expect(err.status).to.equal(422);
    expect(err.code).to.equal('FIELD_NOT_EDITABLE');
    expect((await head.cases.get(running.id)).form.reason).to.equal(FORM.reason);
  });

  it('answers every engine refusal with a 4xx and a stable code', async () => {
    const running = await applicant.cases.create({ definitionKey: key, form: FORM, submit: true });
    const taskId = await pendingTaskId(head, running.id);
    const noOpinion = await apiError(head.cases.act(taskId, { type: 'reject' }));
    expect([noOpinion.status, noOpinion.code]).to.deep.equal([422, 'OPINION_REQUIRED']);
    const stranger = await apiError(custodian.cases.act(taskId, { type: 'approve' }));
    expect(stranger.status).to.equal(403);
    const notPassed = await apiError(
      head.cases.act(taskId, { type: 'return', to: { nodeId: 'custodian' }, opinion: 'x' }),
    );
    expect(notPassed.code).to.equal('RETURN_TARGET_NOT_PASSED');
    const badType = await apiError(head.cases.act(taskId, { type: 'explode' as never }));
    expect([badType.status, badType.code]).to.deep.equal([400, 'VALIDATION_FAILED']);
    const noTask = await apiError(head.cases.act('no-such-task', { type: 'approve' }));
    expect(noTask.status).to.equal(404);
  });
});

describe('api > cases > files on a case', () => {
  it('lets the case readers download its materials and nobody else (404)', async () => {
    const admin = await signedIn('admin');
    const key = await publish(admin, sealCheckDefinition(uniqueKey('files')));
    const applicant = await signedIn('zhangsan');
    // A real PNG header: types are sniffed from content, not from the name.
    const png = new Uint8Array([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const [stored] = await applicant.files.upload([{ blob: new Blob([png]), name: '合同第2页.png' }]);
    const created = await applicant.cases.create({
      definitionKey: key,
      form: { ...FORM, attachments: [stored!.id] },
      submit: true,
    });
    const path = `/api/files/${stored!.id}`;
    await (await signedIn('liyuan')).request('GET', path);
    const stranger = await apiError((await signedIn('lisi')).request('GET', path));
    expect(stranger.status).to.equal(404);
    expect((await applicant.cases.get(created.id)).form.attachments).to.deep.equal([stored!.id]);

    // Another applicant cannot borrow that file for a case of their own.
    const other = await signedIn('lisi');
    const borrowed = await apiError(
      other.cases.create({ definitionKey: key, form: { ...FORM, attachments: [stored!.id] } }),
    );
    expect(borrowed.status).to.equal(422);
    expect((borrowed.details as Array<{ code: string }>)[0]?.code).to.equal('FILE_REFERENCE');
  });
});

describe('api > cases > who may see a case', () => {
  it('shows a case to its applicant, its approvers and administrators; 404 to anyone else, 401 anonymous', async () => {
    const admin = await signedIn('admin');
    const key = await publish(admin, sealCheckDefinition(uniqueKey('access')));
    const applicant = await signedIn('zhangsan');
    const created = await applicant.cases.create({ definitionKey: key, form: FORM, submit: true });

    expect((await applicant.cases.get(created.id)).relations).to.include('applicant');
    expect((await (await signedIn('liyuan')).cases.get(created.id)).relations).to.include('assignee');
    expect((await admin.cases.get(created.id)).relations).to.include('admin');
    for (const stranger of ['lisi', 'qianyg', 'wufw']) {
      const err = await apiError((await signedIn(stranger)).cases.get(created.id));
      expect([err.status, err.code], stranger).to.deep.equal([404, 'CASE_NOT_FOUND']);
      const trace = await apiError((await signedIn(stranger)).cases.trace(created.id));
      expect(trace.status, `${stranger} trace`).to.equal(404);
    }
    const other = await apiError((await signedIn('lisi')).cases.withdraw(created.id));
    expect(other.status).to.equal(404);
    expect((await apiError(newClient().cases.get(created.id))).status).to.equal(401);
  });
});
