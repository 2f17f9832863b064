import { expect } from 'chai';
import { newClient, signedIn } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';

const STOCK = [
  '同意。',
  '同意上报。',
  '同意办理。',
  '拟同意。',
  '不同意。',
  '修改后再报。',
  '通过。',
  '不通过。',
  '情况属实。',
  '已审核。',
  '已处理。',
  '已落实。',
  '办结。',
];

async function freshUser(): Promise<ReturnType<typeof newClient>> {
  const admin = await signedIn('admin');
  const username = `op-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  await admin.org.createUser({ username, displayName: '意见人', password: 'Opinion@2026' });
  const client = newClient();
  await client.auth.login(username, 'Opinion@2026');
  return client;
}

describe('api > opinions', () => {
  it('offers the stock phrases of R17 first, then my own in my order', async () => {
    const client = await freshUser();
    const before = await client.opinions.list();
    expect(before.items.map((o) => o.text)).to.deep.equal(STOCK);
    expect(before.items.every((o) => o.id === null && !o.own)).to.equal(true);
    const a = await client.opinions.add('  材料齐全，同意。 ');
    const b = await client.opinions.add('请补充附件。');
    expect(a).to.include({ text: '材料齐全，同意。', own: true });
    const own = (await client.opinions.list()).items.filter((o) => o.own).map((o) => o.text);
    expect(own).to.deep.equal(['材料齐全，同意。', '请补充附件。']);
    const reordered = await client.opinions.reorder([b.id as number, a.id as number]);
    expect(reordered.items.slice(STOCK.length).map((o) => o.id)).to.deep.equal([b.id, a.id]);
    await client.opinions.remove(b.id as number);
    expect((await client.opinions.list()).items.filter((o) => o.own).map((o) => o.id)).to.deep.equal([a.id]);
    // Others see only their own.
    expect((await (await signedIn('lisi')).opinions.list()).items.some((o) => o.id === a.id)).to.equal(false);
  });

  it('refuses duplicates (own or stock) with 409 OPINION_EXISTS and bad text with 400', async () => {
    const client = await freshUser();
    await client.opinions.add('已阅。');
    const again = await apiError(client.opinions.add('已阅。'));
    expect([again.status, again.code]).to.deep.equal([409, 'OPINION_EXISTS']);
    expect((await apiError(client.opinions.add('同意。'))).code).to.equal('OPINION_EXISTS');
    expect((await apiError(client.opinions.add('长'.repeat(201)))).code).to.equal('VALIDATION_FAILED');
    expect((await apiError(client.opinions.add('   '))).code).to.equal('VALIDATION_FAILED');
    expect(
      (await apiError(client.request('POST', '/api/opinions', { text: 'x', constructor: 1 }))).code,
    ).to.equal('VALIDATION_FAILED');
  });

  it('refuses a reorder that does not list exactly my own opinions', async () => {
    const client = await freshUser();
    const a = await client.opinions.add('一');
    const b = await client.opinions.add('二');
    const other = await (await freshUser()).opinions.add('别人的');
    for (const ids of [[a.id], [a.id, a.id], [a.id, b.id, other.id], [b.id, other.id]]) {
      expect((await apiError(client.opinions.reorder(ids as number[]))).code).to.equal('VALIDATION_FAILED');
    }
  });

  it("answers 403 for deleting someone else's opinion, 404 for none, 401 anonymous", async () => {
    const owner = await freshUser();
    const mine = await owner.opinions.add('我的意见');
    const intruder = await freshUser();
    const denied = await apiError(intruder.opinions.remove(mine.id as number));
    expect([denied.status, denied.code]).to.deep.equal([403, 'FORBIDDEN']);
    expect((await owner.opinions.list()).items.some((o) => o.id === mine.id)).to.equal(true);
    expect((await apiError(owner.opinions.remove(999999))).code).to.equal('OPINION_NOT_FOUND');
    expect((await apiError(newClient().opinions.list())).status).to.equal(401);
    expect((await apiError(newClient().opinions.add('x'))).status).to.equal(401);
  });
});
