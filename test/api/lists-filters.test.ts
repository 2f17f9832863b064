import type { FlowhallClient, ListItem } from '@flowhall/client';
import { expect } from 'chai';
import { signedIn } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';
import { publish, sealCheckDefinition, uniqueKey } from '../support/sample-process';

const FORM = {
  bizType: '科研类',
  reason: '科研合同用印，例：第1项用印材料2,3页',
  majorMatter: false,
  copies: 2,
};

/** Today in the university's time zone, `YYYY-MM-DD`, shifted by `days`. */
const shanghaiDay = (days = 0): string =>
  new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** Every item of a box through keyset paging, `limit` per page. */
async function allPages(
  client: FlowhallClient,
  box: 'todo' | 'mine',
  query: Record<string, string>,
  limit: number,
): Promise<ListItem[]> {
  const items: ListItem[] = [];
  let cursor: string | undefined;
  for (let guard = 0; guard < 50; guard += 1) {
    const page = await client.lists.list(box, { ...query, limit, ...(cursor ? { cursor } : {}) });
    items.push(...page.items);
    if (!page.nextCursor) return items;
    cursor = page.nextCursor;
  }
  throw new Error('paging did not end');
}

describe('api > lists > progress, importance and filters (R21)', () => {
  let admin: FlowhallClient;
  let applicant: FlowhallClient;
  let head: FlowhallClient;
  let key: string;
  const urgent: number[] = [];
  const normal: number[] = [];

  before(async () => {
    admin = await signedIn('admin');
    [applicant, head] = await Promise.all(['zhangsan', 'liyuan'].map((u) => signedIn(u)));
    key = await publish(admin, sealCheckDefinition(uniqueKey('list-filter')));
    // Given three urgent cases (two created submitted, one a draft submitted later) and two normal ones
    for (let i = 0; i < 2; i += 1) {
      const c = await applicant.cases.create({
        definitionKey: key,
        form: FORM,
        submit: true,
        importance: 'urgent',
      });
      urgent.push(c.id);
    }
    const draft = await applicant.cases.create({ definitionKey: key, form: FORM });
    await applicant.cases.submit(draft.id, undefined, { importance: 'urgent' });
    urgent.push(draft.id);
    for (let i = 0; i < 2; i += 1) {
      normal.push((await applicant.cases.create({ definitionKey: key, form: FORM, submit: true })).id);
    }
  });

  it('Given urgent and normal cases, When the head filters the to-do by importance=urgent, Then only the urgent ones come back, across pages', async () => {
    const rows = await allPages(head, 'todo', { definitionKey: key, importance: 'urgent' }, 2);
    expect(rows.map((r) => r.caseId).sort()).to.deep.equal([...urgent].sort());
    expect(rows.every((r) => r.importance === 'urgent')).to.equal(true);
    const all = await allPages(head, 'todo', { definitionKey: key }, 2);
    expect(all.map((r) => r.caseId).sort()).to.deep.equal([...urgent, ...normal].sort());
    expect(
      all
        .filter((r) => r.importance === 'normal')
        .map((r) => r.caseId)
        .sort(),
    ).to.deep.equal([...normal].sort());
  });

  it('Given a case one step along its flow, When it is listed, Then its progress matches the case view', async () => {
    const view = await head.cases.get(normal[0]!);
    await head.cases.act(view.myTasks[0]!.id, {
      type: 'approve',
      opinion: '同意。',
      formPatch: { headOpinion: '同意。' },
    });
    const after = await applicant.cases.get(normal[0]!);
    expect(after.progress).to.be.greaterThan(0);
    const mine = await allPages(applicant, 'mine', { definitionKey: key }, 10);
    expect(mine.find((r) => r.caseId === normal[0])?.progress).to.equal(after.progress);
    const untouched = await applicant.cases.get(normal[1]!);
    expect(mine.find((r) => r.caseId === normal[1])?.progress).to.equal(untouched.progress);
  });

  it('Given a serial number, a service name or an applicant name, When searched with q, Then the matching cases come back', async () => {
    const one = await applicant.cases.get(urgent[0]!);
    expect(one.importance, 'the case view shows 加急 too').to.equal('urgent');
    const bySerial = await head.lists.list('todo', { q: one.serialNo!.slice(-8) });
    expect(bySerial.items.map((r) => r.caseId)).to.include(urgent[0]);
    expect(bySerial.items.every((r) => r.serialNo?.includes(one.serialNo!.slice(-8)))).to.equal(true);
    const byService = await allPages(head, 'todo', { q: one.definition.name, definitionKey: key }, 3);
    expect(byService.length).to.equal(urgent.length + normal.length - 1);
    const byApplicant = await head.lists.list('todo', { q: one.applicant.name, definitionKey: key });
    expect(byApplicant.items.length).to.be.greaterThan(0);
    const none = await head.lists.list('todo', { q: '不存在的关键字%_!' });
    expect(none.items).to.deep.equal([]);
  });

  it('Given arrival dates, When filtered with from/to, Then today keeps the cases and an earlier range finds none', async () => {
    const today = await allPages(
      head,
      'todo',
      { definitionKey: key, from: shanghaiDay(-1), to: shanghaiDay(1) },
      2,
    );
    expect(today.length).to.equal(urgent.length + normal.length - 1);
    const past = await head.lists.list('todo', {
      definitionKey: key,
      from: shanghaiDay(-30),
      to: shanghaiDay(-2),
    });
    expect(past.items).to.deep.equal([]);
    const mineFuture = await applicant.lists.list('mine', { definitionKey: key, from: shanghaiDay(2) });
    expect(mineFuture.items).to.deep.equal([]);
  });

  it('refuses a bad importance, date or reversed range with 400 and the parameter path', async () => {
    const bad: Array<[Record<string, string>, string]> = [
      [{ importance: 'high' }, 'importance'],
      [{ from: '2026/01/01' }, 'from'],
      [{ from: shanghaiDay(1), to: shanghaiDay(-1) }, 'to'],
    ];
    for (const [query, path] of bad) {
      const err = await apiError(head.lists.list('todo', query));
      expect(err.status, JSON.stringify(query)).to.equal(400);
      expect(JSON.stringify(err.details), JSON.stringify(query)).to.contain(`"path":"${path}"`);
    }
    const badCreate = await apiError(
      applicant.cases.create({ definitionKey: key, form: FORM, importance: 'soon' as 'urgent' }),
    );
    expect(badCreate.status).to.equal(400);
  });
});
