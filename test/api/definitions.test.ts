import type { ProcessDefinition } from '@flowhall/schema';
import { expect } from 'chai';
import { newClient, signedIn } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';

let counter = 0;
const uniqueKey = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`;

describe('api > definitions', () => {
  it('given an administrator, when they create a process, then a valid blank draft exists to edit', async () => {
    const admin = await signedIn('admin');
    const key = uniqueKey('leave');
    const created = await admin.definitions.create({ key, name: '请假审批', category: '人事' });
    expect(created).to.include({ key, name: '请假审批', latestVersion: 0, hasDraft: true, draftRevision: 1 });
    expect(created.draft?.flow.nodes.map((n) => n.type)).to.deep.equal(['start', 'approval', 'end']);
    expect((await admin.definitions.validate(key)).ok).to.equal(true);
    expect((await admin.definitions.list()).items.map((d) => d.key)).to.include(key);
  });

  it('publishes immutable versions: v1 stays as it was after v2 is published', async () => {
    const admin = await signedIn('admin');
    const key = uniqueKey('trip');
    const created = await admin.definitions.create({ key, name: '出差审批' });
    const v1 = await admin.definitions.publish(key, '首版');
    expect(v1.version).to.equal(1);
    const afterPublish = await admin.definitions.get(key);
    expect(afterPublish).to.include({ latestVersion: 1, hasDraft: false });

    const draft = created.draft as ProcessDefinition;
    const renamed: ProcessDefinition = { ...draft, name: '出差审批（新）' };
    const saved = await admin.definitions.saveDraft(key, afterPublish.draftRevision, renamed);
    expect(saved.draft?.version).to.equal(2);
    await admin.definitions.publish(key, '改名');

    expect((await admin.definitions.version(key, 1)).name).to.equal('出差审批');
    expect((await admin.definitions.version(key, 2)).name).to.equal('出差审批（新）');
    const detail = await admin.definitions.get(key);
    expect(detail.versions.map((v) => [v.version, v.changeNote])).to.deep.equal([
      [2, '改名'],
      [1, '首版'],
    ]);
  });

  it('copies a process into a new one that starts at version 1', async () => {
    const admin = await signedIn('admin');
    const source = uniqueKey('src');
    await admin.definitions.create({ key: source, name: '原流程' });
    await admin.definitions.publish(source);
    const copy = uniqueKey('copy');
    const created = await admin.definitions.create({ key: copy, name: '复制的流程', copyFrom: source });
    expect(created.draft).to.include({ key: copy, version: 1, name: '复制的流程' });
  });

  it('refuses a stale save with 409 DRAFT_CONFLICT so nobody silently loses work', async () => {
    const admin = await signedIn('admin');
    const office = await signedIn('zhaozr');
    const key = uniqueKey('conflict');
    const created = await admin.definitions.create({ key, name: '冲突测试' });
    const draft = created.draft as ProcessDefinition;
    await office.definitions.saveDraft(key, created.draftRevision, { ...draft, name: '办公室改的' });
    const err = await apiError(
      admin.definitions.saveDraft(key, created.draftRevision, { ...draft, name: '管理员改的' }),
    );
    expect(err.status).to.equal(409);
    expect(err.code).to.equal('DRAFT_CONFLICT');
    expect((await admin.definitions.get(key)).draft?.name).to.equal('办公室改的');
  });

  it('refuses to publish an invalid definition with 422 and the problems as data, keeping the draft', async () => {
    const admin = await signedIn('admin');
    const key = uniqueKey('broken');
    const created = await admin.definitions.create({ key, name: '有问题的流程' });
    const draft = created.draft as ProcessDefinition;
    const broken: ProcessDefinition = {
      ...draft,
      flow: { nodes: draft.flow.nodes, edges: draft.flow.edges.filter((e) => e.targetNodeId !== 'end') },
    };
    await admin.definitions.saveDraft(key, created.draftRevision, broken);
    const validation = await admin.definitions.validate(key);
    expect(validation.ok).to.equal(false);
    const err = await apiError(admin.definitions.publish(key));
    expect(err.status).to.equal(422);
    expect(err.code).to.equal('DEFINITION_INVALID');
    const problems = err.details as Array<{ code: string; path: string }>;
    expect(problems.length).to.be.greaterThan(0);
    expect(problems.every((p) => typeof p.code === 'string' && typeof p.path === 'string')).to.equal(true);
    const after = await admin.definitions.get(key);
    expect(after).to.include({ latestVersion: 0, hasDraft: true });
  });

  it('refuses malformed drafts and polluting keys with 400, storing nothing', async () => {
    const admin = await signedIn('admin');
    const key = uniqueKey('malformed');
    const created = await admin.definitions.create({ key, name: '格式测试' });
    const err = await apiError(
      admin.request('PUT', `/api/definitions/${key}/draft`, { baseRevision: 1, definition: { name: 'x' } }),
    );
    expect(err.status).to.equal(400);
    expect(err.code).to.equal('DEFINITION_MALFORMED');
    const polluted = JSON.parse(
      `{"baseRevision":1,"definition":${JSON.stringify({ ...created.draft, settings: {} }).replace('"settings":{}', '"settings":{"__proto__":{"admin":true}}')}}`,
    );
    const pollution = await apiError(admin.request('PUT', `/api/definitions/${key}/draft`, polluted));
    expect(pollution.status).to.equal(400);
    expect(pollution.code).to.equal('UNSAFE_JSON_KEY');
    const operator = await apiError(
      admin.request('PUT', `/api/definitions/${key}/draft`, {
        baseRevision: 1,
        definition: { ...created.draft, settings: { $where: 'true' } },
      }),
    );
    expect(operator.code).to.equal('DEFINITION_MALFORMED');
    expect((await admin.definitions.get(key)).draftRevision).to.equal(1);
  });

  it('answers bad keys, duplicates and unknown processes with stable codes', async () => {
    const admin = await signedIn('admin');
    expect((await apiError(admin.definitions.create({ key: 'Bad Key', name: 'x' }))).code).to.equal(
      'VALIDATION_FAILED',
    );
    const key = uniqueKey('dup');
    await admin.definitions.create({ key, name: 'x' });
    expect((await apiError(admin.definitions.create({ key, name: 'y' }))).code).to.equal(
      'DEFINITION_KEY_TAKEN',
    );
    expect((await apiError(admin.definitions.get('no-such-process'))).status).to.equal(404);
    expect((await apiError(admin.definitions.version(key, 7))).code).to.equal('VERSION_NOT_FOUND');
    await admin.definitions.publish(key);
    expect((await apiError(admin.definitions.publish(key))).code).to.equal('NO_DRAFT');
  });

  it('is for administrators only: 401 anonymous, 403 for staff', async () => {
    expect((await apiError(newClient().definitions.list())).code).to.equal('UNAUTHENTICATED');
    const staff = await signedIn('zhangsan');
    expect((await apiError(staff.definitions.list())).code).to.equal('FORBIDDEN');
    expect((await apiError(staff.definitions.create({ key: uniqueKey('x'), name: 'x' }))).code).to.equal(
      'FORBIDDEN',
    );
  });
});
