import { expect } from 'chai';
import { newClient, signedIn, testServer } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';

// The plugin route API (setup.addRoutes) proven with the third-party leave fixture, which uses
// nothing but the public plugin API: access kinds, CSRF, error shape, transactions, OpenAPI.
const BASE = '/api/plugins/leave-fixture';

/** Signs in with plain fetch, keeping the cookies but not sending the CSRF header. */
async function rawSession(username: string): Promise<string> {
  const response = await fetch(`${testServer().url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Flowhall@2026' }),
  });
  expect(response.status).to.equal(200);
  return response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
}

describe('api > plugin routes > a plugin declares its own HTTP routes', () => {
  it('answers a public route without a session', async () => {
    const anonymous = newClient();
    expect(await anonymous.request('GET', `${BASE}/policy`)).to.deep.equal({ halfDaysOnly: true });
  });

  it('refuses a signed-in route to anonymous callers with the server error shape', async () => {
    const err = await apiError(newClient().request('GET', `${BASE}/mine`));
    expect(err.status).to.equal(401);
    expect(err.code).to.equal('UNAUTHENTICATED');
  });

  it('hands the handler the current user', async () => {
    const staff = await signedIn('zhangsan');
    const mine = await staff.request<{ user: string; days: number }>('GET', `${BASE}/mine`);
    expect(mine.user).to.equal('zhangsan');
  });

  it('refuses a role route to a user without the role (403) and serves one with it', async () => {
    const staff = await signedIn('zhangsan');
    const err = await apiError(staff.request('GET', `${BASE}/register`));
    expect(err.status).to.equal(403);
    expect(err.code).to.equal('FORBIDDEN');
    const admin = await signedIn('zhaozr');
    const register = await admin.request<{ items: unknown[] }>('GET', `${BASE}/register`);
    expect(register.items).to.be.an('array');
  });

  it('resolves names through the directory and writes in a transaction', async () => {
    // Given an approved leave case in the register
    const staff = await signedIn('zhangsan');
    const head = await signedIn('liyuan');
    const created = await staff.cases.create({
      definitionKey: 'leave-request',
      form: { days: 2, reason: '事假' },
      submit: true,
    });
    const view = await head.cases.get(created.id);
    await head.cases.act(view.myTasks[0]!.id, { type: 'approve', opinion: '同意。' });
    const admin = await signedIn('zhaozr');
    const register = await admin.request<{ items: Array<{ caseId: number; name: string }> }>(
      'GET',
      `${BASE}/register`,
    );
    expect(register.items.find((i) => i.caseId === created.id)).to.include({ name: '张三' });
    // When an office administrator removes it, Then it is gone, and a second removal is a 404
    expect(await admin.request('DELETE', `${BASE}/register/${created.id}`)).to.deep.equal({ removed: 1 });
    const again = await apiError(admin.request('DELETE', `${BASE}/register/${created.id}`));
    expect(again.status).to.equal(404);
    expect(again.code).to.equal('LEAVE_NOT_FOUND');
    expect(again.message).to.contain('没有这条请假记录');
  });

  it('enforces the CSRF check on state-changing plugin routes', async () => {
    const cookie = await rawSession('zhaozr');
    const response = await fetch(`${testServer().url}${BASE}/register/999999`, {
      method: 'DELETE',
      headers: { cookie },
    });
    expect(response.status).to.equal(403);
    expect(((await response.json()) as { code: string }).code).to.equal('CSRF_TOKEN_INVALID');
  });

  it('lists plugin routes in the OpenAPI document', async () => {
    const doc = await newClient().request<{ paths: Record<string, Record<string, { summary: string }>> }>(
      'GET',
      '/api/openapi.json',
    );
    expect(doc.paths[`${BASE}/register/{caseId}`]).to.have.property('delete');
    expect(doc.paths[`${BASE}/policy`]!.get!.summary).to.contain('public');
    expect(doc.paths['/api/plugins/seal/seals']).to.have.property('get');
  });
});
