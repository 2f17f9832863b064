import { ApiError } from '@flowhall/client';
import { expect } from 'chai';
import { newClient, signedIn, testServer } from '../support/api-hooks';

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof ApiError) return err;
    throw err;
  }
  throw new Error('expected the call to fail');
}

describe('api > auth', () => {
  it('signs in a demo user and returns the profile that pre-fills forms (R7)', async () => {
    const client = newClient();
    const { user } = await client.auth.login('zhangsan', 'Flowhall@2026');
    expect(user).to.include({
      username: 'zhangsan',
      displayName: '张三',
      identity: 'staff',
      staffNo: 'T1001',
    });
    expect(user.phone).to.equal('13800001001');
    expect(user.department?.path).to.deep.equal(['示范大学', '计算机学院']);
    const me = await client.auth.me();
    expect(me.id).to.equal(user.id);
  });

  it('knows each demo role the seal processes need', async () => {
    const roleOf = async (username: string) =>
      (await (await signedIn(username)).auth.me()).roles.map((r) => r.key);
    expect(await roleOf('qianyg')).to.include('seal-custodian');
    expect(await roleOf('chensj')).to.include('party-admin-head');
    expect(await roleOf('sunbs')).to.include('office-staff');
    expect(await roleOf('wangke')).to.include('section-head');
    expect(await roleOf('wufw')).to.include('legal-adviser');
    expect(await roleOf('admin')).to.include('platform-admin');
  });

  it('refuses a wrong password with 401 INVALID_CREDENTIALS and the same answer for an unknown user', async () => {
    const wrong = await failure(newClient().auth.login('zhangsan', 'not-the-password'));
    expect(wrong.status).to.equal(401);
    expect(wrong.code).to.equal('INVALID_CREDENTIALS');
    const unknown = await failure(newClient().auth.login('nobody-here', 'whatever'));
    expect(unknown.code).to.equal('INVALID_CREDENTIALS');
    expect(unknown.message).to.equal(wrong.message);
  });

  it('answers missing credentials with 400 VALIDATION_FAILED naming each field', async () => {
    const err = await failure(newClient().request('POST', '/api/auth/login', { username: ' ' }));
    expect(err.status).to.equal(400);
    expect(err.code).to.equal('VALIDATION_FAILED');
    expect((err.details as Array<{ path: string }>).map((d) => d.path)).to.have.members([
      'username',
      'password',
    ]);
  });

  it('answers a malformed JSON body with a 4xx, never a 500', async () => {
    const response = await fetch(`${testServer().url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"username": "zhangsan",',
    });
    expect(response.status).to.equal(400);
    expect(await response.json()).to.include({ code: 'INVALID_JSON' });
  });

  it('keeps the session in an httpOnly cookie', async () => {
    const response = await fetch(`${testServer().url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lisi', password: 'Flowhall@2026' }),
    });
    const cookies = response.headers.getSetCookie();
    const session = cookies.find((c) => c.startsWith('flowhall_session='));
    expect(session).to.match(/httponly/i);
    expect(session).to.match(/samesite=lax/i);
    // The token is a random secret looked up by its hash: no signature cookie rides along.
    expect(cookies.some((c) => c.includes('.sig='))).to.equal(false);
  });

  it('refuses a state-changing request that carries the session cookie but no CSRF token', async () => {
    const login = await fetch(`${testServer().url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'lisi', password: 'Flowhall@2026' }),
    });
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const forged = await fetch(`${testServer().url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie },
    });
    expect(forged.status).to.equal(403);
    expect(await forged.json()).to.include({ code: 'CSRF_TOKEN_INVALID' });
  });

  it('answers 401 UNAUTHENTICATED without a session and after signing out', async () => {
    const anonymous = await failure(newClient().auth.me());
    expect(anonymous.status).to.equal(401);
    expect(anonymous.code).to.equal('UNAUTHENTICATED');
    const client = await signedIn('zhangsan');
    await client.auth.logout();
    expect((await failure(client.auth.me())).code).to.equal('UNAUTHENTICATED');
  });
});
