import { createClient, type FlowhallClient } from '@flowhall/client';
import type { ProcessDefinition } from '@flowhall/schema';
import { expect } from 'chai';
import { signedIn, testServer } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';
import { orSignDefinition, publish, uniqueKey } from '../support/sample-process';
import { newPerson } from './helpers/people';

type Problem = { path: string; code: string };
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

/** A form with every kind of rule the server checks: type, length, pattern, a table, files. */
function rulesDefinition(key: string, approverId: number): ProcessDefinition {
  const base = orSignDefinition(key, [approverId]);
  return {
    ...base,
    name: '校验规则测试',
    form: {
      type: 'object',
      properties: {
        title: { type: 'string', title: '标题', required: true, maxLength: 10 },
        phone: { type: 'string', title: '电话', pattern: '^1\\d{10}$' },
        count: { type: 'number', title: '数量', minimum: 1 },
        items: {
          type: 'array',
          title: '明细',
          'x-component': 'ArrayTable',
          items: {
            type: 'object',
            properties: { name: { type: 'string', title: '名称', required: true }, qty: { type: 'number' } },
          },
        },
        files: { type: 'array', title: '附件', 'x-component': 'Upload' },
      },
    },
  } as ProcessDefinition;
}

describe('api > cases > the rules every case write keeps', () => {
  let applicant: FlowhallClient;
  let approver: { id: number; client: FlowhallClient };
  let key: string;

  before(async () => {
    const admin = await signedIn('admin');
    applicant = await signedIn('zhangsan');
    approver = await newPerson(admin, '规则审批人');
    key = await publish(admin, rulesDefinition(uniqueKey('rules'), approver.id));
  });

  const refused = async (form: Record<string, unknown>): Promise<Problem[]> => {
    const err = await apiError(applicant.cases.create({ definitionKey: key, form, submit: true }));
    expect(err.status, `${err.code} ${err.message}`).to.equal(422);
    return err.details as Problem[];
  };

  it('refuses wrong types, too long text, a broken pattern and a bad table row with 422 and each path', async () => {
    const problems = await refused({
      title: '一个超过十个字的很长很长的标题',
      phone: '12345',
      count: 'three',
      items: [{ qty: 1 }],
    });
    const codes = Object.fromEntries(problems.map((p) => [p.path, p.code]));
    expect(codes).to.include({
      title: 'MAX_LENGTH',
      phone: 'PATTERN',
      count: 'TYPE',
      'items[0].name': 'REQUIRED',
    });
  });

  it('allows at most 10 files per upload field and only the applicant’s own files', async () => {
    const upload = (client: FlowhallClient, n: number) =>
      client.files.upload(
        Array.from({ length: n }, (_, i) => ({ blob: new Blob([PNG]), name: `页${i}.png` })),
      );
    const mine = [...(await upload(applicant, 10)), ...(await upload(applicant, 1))].map((f) => f.id);
    const tooMany = await refused({ title: '附件', files: mine });
    expect(tooMany.map((p) => [p.path, p.code])).to.deep.include(['files', 'TOO_MANY_ITEMS']);
    const [theirs] = await upload(approver.client, 1);
    const foreign = await refused({ title: '附件', files: [theirs!.id] });
    expect(foreign.map((p) => p.code)).to.include('FILE_REFERENCE');
    const ok = await applicant.cases.create({
      definitionKey: key,
      form: { title: '附件', files: mine.slice(0, 10) },
    });
    expect(ok.status).to.equal('draft');
  });

  it('refuses prototype keys and operator objects anywhere in the body with a 4xx', async () => {
    for (const form of [
      JSON.parse('{"title":"x","__proto__":{"admin":true}}'),
      { title: 'x', constructor: { prototype: {} } },
      { title: 'x', items: [{ name: { $ne: null } }] },
    ]) {
      const err = await apiError(applicant.request('POST', '/api/cases', { definitionKey: key, form }));
      expect(err.status, JSON.stringify(form)).to.be.within(400, 499);
    }
  });

  it('answers in the language the request asks for (Accept-Language), Chinese by default', async () => {
    const withLanguage = async (language?: string): Promise<string> => {
      const client = createClient({ baseUrl: testServer().url, ...(language ? { language } : {}) });
      await client.auth.login('zhangsan', 'Flowhall@2026');
      const err = await apiError(client.cases.create({ definitionKey: key, form: {}, submit: true }));
      expect(err.code).to.equal('FORM_INVALID');
      return err.message;
    };
    const english = await withLanguage('en-US,en;q=0.9');
    expect(english).to.match(/[a-z]/i);
    expect(english).to.not.match(/[\u4e00-\u9fff]/);
    const chinese = await withLanguage('zh-CN');
    expect(chinese).to.match(/[\u4e00-\u9fff]/);
    expect(chinese).to.not.match(/[a-z]{3}/i);
    expect(await withLanguage()).to.match(/[\u4e00-\u9fff]/);
  });

  it('makes act safe to retry with an Idempotency-Key: the same answer, one decision', async () => {
    const created = await applicant.cases.create({
      definitionKey: key,
      form: { title: '重试' },
      submit: true,
    });
    const taskId = (await approver.client.cases.get(created.id)).myTasks[0]!.id;
    const idempotencyKey = `act-${taskId}`;
    const command = { type: 'approve' as const, opinion: '同意' };
    const [first, twin] = await Promise.all([
      approver.client.cases.act(taskId, command, { idempotencyKey }),
      approver.client.cases.act(taskId, command, { idempotencyKey }).catch((err: unknown) => err),
    ]);
    const retry = await approver.client.cases.act(taskId, command, { idempotencyKey });
    expect(retry).to.deep.equal(first);
    // The concurrent twin either replays the answer or is told the same request is in progress.
    if (!(twin as { code?: string }).code) expect(twin).to.deep.equal(first);
    else expect((twin as { code: string }).code).to.be.oneOf(['IDEMPOTENCY_IN_PROGRESS', 'CASE_CHANGED']);
    const trace = (await applicant.cases.trace(created.id)).items;
    expect(trace.filter((t) => t.action === 'approve')).to.have.length(1);
    const reused = await apiError(
      approver.client.cases.act(taskId, { type: 'reject', opinion: '不' }, { idempotencyKey }),
    );
    expect([reused.status, reused.code]).to.deep.equal([422, 'IDEMPOTENCY_KEY_REUSED']);
  });
});
