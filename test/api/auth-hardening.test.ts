import { createClient } from '@flowhall/client';
import { expect } from 'chai';
import { newClient, signedIn, testServer } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';
import { RunningServer, startServer } from '../support/server-process';

const tag = (): string => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

async function freshAccount(password: string): Promise<string> {
  const username = `rl-${tag()}`;
  await (await signedIn('admin')).org.createUser({ username, displayName: '限流测试', password });
  return username;
}

async function login(url: string, username: string, password: string): Promise<Response> {
  return fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
}

describe('api > auth > login rate limit', () => {
  it('answers 429 LOGIN_RATE_LIMITED with Retry-After after 5 failures on one account, even for the right password', async () => {
    const username = await freshAccount('Right@2026');
    for (let i = 0; i < 5; i += 1) {
      expect((await login(testServer().url, username, 'wrong-password')).status).to.equal(401);
    }
    const limited = await login(testServer().url, username, 'Right@2026');
    expect(limited.status).to.equal(429);
    const body = (await limited.json()) as { code: string; details: { retryAfterSeconds: number } };
    expect(body.code).to.equal('LOGIN_RATE_LIMITED');
    expect(body.details.retryAfterSeconds).to.be.within(1, 15 * 60);
    expect(Number(limited.headers.get('retry-after'))).to.equal(body.details.retryAfterSeconds);
    // Other accounts from the same address are not affected.
    expect((await login(testServer().url, 'zhangsan', 'Flowhall@2026')).status).to.equal(200);
  });

  describe('on a server of its own with a per-address limit of 3 (SQLite)', () => {
    let server: RunningServer;
    before(async function () {
      this.timeout(90_000);
      server = await startServer({
        env: { LOGIN_FAILURES_PER_ADDRESS: '3', LOGIN_FAILURES_PER_ACCOUNT: '2' },
      });
    });
    after(async () => server?.stop());

    it('clears an account on success and limits an address after 3 failures across accounts', async () => {
      // One failure, a success (clears the account), one more failure: still below the account limit of 2.
      expect((await login(server.url, 'zhangsan', 'nope')).status).to.equal(401);
      expect((await login(server.url, 'zhangsan', 'Flowhall@2026')).status).to.equal(200);
      expect((await login(server.url, 'zhangsan', 'nope')).status).to.equal(401);
      expect((await login(server.url, 'lisi', 'Flowhall@2026')).status).to.equal(200);
      // The third failure from this address, on another account, reaches the address limit.
      expect((await login(server.url, 'nobody', 'nope')).status).to.equal(401);
      const limited = await login(server.url, 'lisi', 'Flowhall@2026');
      expect(limited.status).to.equal(429);
      expect(limited.headers.get('retry-after')).to.match(/^\d+$/);
    });
  });
});

describe('api > auth > API tokens', () => {
  it('creates a bearer token shown once, which works without cookies or CSRF until revoked', async () => {
    const owner = await signedIn('zhangsan');
    const created = await owner.auth.createToken({ name: 'my script', expiresInDays: 30 });
    expect(created.token).to.match(/^fht_/);
    expect(new Date(created.expiresAt).getTime() - Date.now()).to.be.closeTo(30 * 86_400_000, 60_000);
    const listed = await owner.auth.tokens();
    expect(listed.items.find((t) => t.id === created.id)).to.include({ name: 'my script' });
    expect(JSON.stringify(listed)).to.not.contain(created.token);

    const script = createClient({ baseUrl: testServer().url, token: created.token });
    expect((await script.auth.me()).username).to.equal('zhangsan');
    // A write with no CSRF header and no cookie at all.
    const opinion = await script.opinions.add(`脚本意见 ${tag()}`);
    expect(opinion.own).to.equal(true);

    await owner.auth.revokeToken(created.id);
    const revoked = await apiError(script.auth.me());
    expect([revoked.status, revoked.code]).to.deep.equal([401, 'TOKEN_INVALID']);
  });

  it("refuses unknown tokens, bad input, other people's tokens and anonymous callers", async () => {
    const fake = createClient({ baseUrl: testServer().url, token: 'fht_not-a-real-token' });
    expect((await apiError(fake.auth.me())).code).to.equal('TOKEN_INVALID');
    const owner = await signedIn('zhangsan');
    const bad = await apiError(owner.auth.createToken({ name: '', expiresInDays: 0 }));
    expect(bad.code).to.equal('VALIDATION_FAILED');
    expect((bad.details as Array<{ path: string }>).map((d) => d.path)).to.have.members([
      'name',
      'expiresInDays',
    ]);
    const mine = await owner.auth.createToken({ name: 'keep' });
    const other = await apiError((await signedIn('lisi')).auth.revokeToken(mine.id));
    expect([other.status, other.code]).to.deep.equal([404, 'TOKEN_NOT_FOUND']);
    expect((await apiError(newClient().auth.createToken({ name: 'x' }))).status).to.equal(401);
    expect((await apiError(newClient().auth.tokens())).status).to.equal(401);
  });

  it("stops a deactivated user's tokens", async () => {
    const admin = await signedIn('admin');
    const username = `tok-${tag()}`;
    const user = await admin.org.createUser({ username, displayName: '令牌用户', password: 'Token@2026' });
    const client = newClient();
    await client.auth.login(username, 'Token@2026');
    const { token } = await client.auth.createToken({ name: 'ci' });
    await admin.org.updateUser(user.id, { active: false });
    const err = await apiError(createClient({ baseUrl: testServer().url, token }).auth.me());
    expect(err.status).to.equal(401);
  });
});

describe('api > errors > language', () => {
  it('answers messages in the language of Accept-Language, Chinese by default', async () => {
    const ask = async (language?: string) =>
      (await apiError(createClient({ baseUrl: testServer().url, language }).auth.me())).message;
    expect(await ask()).to.equal('请先登录');
    expect(await ask('zh-CN,zh;q=0.9')).to.equal('请先登录');
    expect(await ask('en-GB,en;q=0.9,zh;q=0.5')).to.equal('Please sign in first');
    expect(await ask('fr-FR,zh;q=0.4,en;q=0.8')).to.equal('Please sign in first');
  });

  it('translates the messages of field problems too', async () => {
    const english = createClient({ baseUrl: testServer().url, language: 'en' });
    const err = await apiError(english.request('POST', '/api/auth/login', { username: ' ' }));
    expect(err.message).to.equal('The request has invalid fields');
    expect((err.details as Array<{ message: string }>).map((d) => d.message)).to.include(
      'Username is required',
    );
  });
});
