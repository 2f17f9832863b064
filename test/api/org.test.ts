import type { DepartmentNode, FlowhallClient } from '@flowhall/client';
import { expect } from 'chai';
import { newClient, signedIn } from '../support/api-hooks';
import { apiError } from '../support/expect-api-error';

const unique = (prefix: string): string =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 6)}`;

function find(nodes: DepartmentNode[], code: string): DepartmentNode | undefined {
  for (const node of nodes) {
    if (node.code === code) return node;
    const below = find(node.children, code);
    if (below) return below;
  }
  return undefined;
}

async function userIdOf(client: FlowhallClient, username: string): Promise<number> {
  const { items } = await client.org.users({ q: username, limit: 100 });
  const user = items.find((u) => u.username === username);
  if (!user) throw new Error(`no user ${username}`);
  return user.id;
}

describe('api > org > departments', () => {
  it('gives any signed-in user the tree with heads and leaders in charge, in sort order', async () => {
    const { items } = await (await signedIn('lisi')).org.departments();
    expect(items.map((d) => d.code)).to.include('university');
    const cs = find(items, 'cs-school');
    expect(cs?.head?.displayName).to.equal('李院长');
    expect(cs?.leaderInCharge?.displayName).to.equal('周副校长');
    expect(cs?.children.map((c) => c.code)).to.include('cs-general');
    expect(find(items, 'university')?.parentId).to.equal(null);
  });

  it('answers 401 to anonymous callers and 403 to ordinary users on admin writes', async () => {
    expect((await apiError(newClient().org.departments())).status).to.equal(401);
    const staff = await signedIn('zhangsan');
    const denied = await apiError(staff.org.createDepartment({ code: unique('x'), name: 'X' }));
    expect([denied.status, denied.code]).to.deep.equal([403, 'FORBIDDEN']);
    expect((await apiError(staff.org.updateDepartment(1, { name: 'X' }))).status).to.equal(403);
    expect((await apiError(staff.org.deleteDepartment(1))).status).to.equal(403);
  });

  it('lets an administrator create, rename, move, staff and delete a department', async () => {
    const admin = await signedIn('admin');
    const tree = (await admin.org.departments()).items;
    const university = find(tree, 'university');
    const research = find(tree, 'research');
    const code = unique('dept');
    const created = await admin.org.createDepartment({
      code,
      name: '新部门',
      nameEn: 'New department',
      parentId: university?.id ?? null,
      sortOrder: 99,
    });
    expect(created).to.include({ code, name: '新部门', parentId: university?.id, sortOrder: 99 });
    const liyuan = await userIdOf(admin, 'liyuan');
    const zhoufx = await userIdOf(admin, 'zhoufx');
    const moved = await admin.org.updateDepartment(created.id, {
      name: '改名部门',
      parentId: research?.id ?? null,
      headUserId: liyuan,
      leaderInChargeUserId: zhoufx,
    });
    expect(moved).to.include({ name: '改名部门', parentId: research?.id, headUserId: liyuan });
    const node = find((await admin.org.departments()).items, code);
    expect(node?.head?.displayName).to.equal('李院长');
    expect(find((await admin.org.departments()).items, 'research')?.children.map((c) => c.code)).to.include(
      code,
    );
    await admin.org.deleteDepartment(created.id);
    expect(find((await admin.org.departments()).items, code)).to.equal(undefined);
  });

  it('refuses duplicate codes, unknown people and parents, and bad fields with stable codes', async () => {
    const admin = await signedIn('admin');
    const taken = await apiError(admin.org.createDepartment({ code: 'cs-school', name: 'dup' }));
    expect([taken.status, taken.code]).to.deep.equal([409, 'DEPARTMENT_CODE_TAKEN']);
    const noUser = await apiError(
      admin.org.createDepartment({ code: unique('d'), name: 'n', headUserId: 999999 }),
    );
    expect(noUser.code).to.equal('USER_NOT_FOUND');
    const noParent = await apiError(
      admin.org.createDepartment({ code: unique('d'), name: 'n', parentId: 999999 }),
    );
    expect(noParent.code).to.equal('DEPARTMENT_NOT_FOUND');
    const missing = await apiError(admin.org.updateDepartment(999999, { name: 'n' }));
    expect([missing.status, missing.code]).to.deep.equal([404, 'DEPARTMENT_NOT_FOUND']);
    const invalid = await apiError(
      admin.request('POST', '/api/org/departments', { code: 'bad code!', name: '', color: 'red' }),
    );
    expect(invalid.code).to.equal('VALIDATION_FAILED');
    expect((invalid.details as Array<{ path: string }>).map((d) => d.path)).to.have.members([
      'code',
      'name',
      'color',
    ]);
  });

  it('refuses to move a department under itself or its own descendant with DEPARTMENT_CYCLE', async () => {
    const admin = await signedIn('admin');
    const top = await admin.org.createDepartment({ code: unique('top'), name: '上级' });
    const child = await admin.org.createDepartment({ code: unique('child'), name: '下级', parentId: top.id });
    const grandchild = await admin.org.createDepartment({
      code: unique('gc'),
      name: '再下级',
      parentId: child.id,
    });
    for (const parentId of [top.id, grandchild.id]) {
      const err = await apiError(admin.org.updateDepartment(top.id, { parentId }));
      expect([err.status, err.code]).to.deep.equal([400, 'DEPARTMENT_CYCLE']);
    }
  });

  it('refuses to delete a department that still has sub-departments or users (DEPARTMENT_NOT_EMPTY)', async () => {
    const admin = await signedIn('admin');
    const parent = await admin.org.createDepartment({ code: unique('p'), name: '有下级' });
    await admin.org.createDepartment({ code: unique('c'), name: '下级', parentId: parent.id });
    const withChild = await apiError(admin.org.deleteDepartment(parent.id));
    expect([withChild.status, withChild.code]).to.deep.equal([409, 'DEPARTMENT_NOT_EMPTY']);
    const staffed = await admin.org.createDepartment({ code: unique('s'), name: '有人' });
    await admin.org.createUser({
      username: unique('member'),
      displayName: '成员',
      password: 'Member@2026',
      departmentId: staffed.id,
    });
    expect((await apiError(admin.org.deleteDepartment(staffed.id))).code).to.equal('DEPARTMENT_NOT_EMPTY');
  });
});

describe('api > org > users', () => {
  it('searches users for pickers by name, department and role, without password hashes', async () => {
    const client = await signedIn('zhangsan');
    const byName = await client.org.users({ q: '张三' });
    expect(byName.items.map((u) => u.username)).to.include('zhangsan');
    const zhangsan = byName.items.find((u) => u.username === 'zhangsan');
    expect(zhangsan?.department?.path).to.deep.equal(['示范大学', '计算机学院']);
    expect(Object.keys(zhangsan ?? {})).to.not.include('passwordHash');
    const cs = zhangsan?.department?.id as number;
    const inCs = await client.org.users({ departmentId: cs, limit: 100 });
    expect(inCs.items.every((u) => u.department?.id === cs)).to.equal(true);
    expect(inCs.items.map((u) => u.username)).to.include.members(['zhangsan', 'lisi']);
    const custodians = await client.org.users({ roleKey: 'seal-custodian' });
    expect(custodians.items.map((u) => u.username)).to.deep.equal(['qianyg']);
    expect((await client.org.users({ roleKey: 'no-such-role' })).items).to.deep.equal([]);
    // Search text is literal: LIKE wildcards match nothing special.
    expect((await client.org.users({ q: '%' })).items).to.deep.equal([]);
  });

  it('pages through every user by keyset cursor without repeats', async () => {
    const client = await signedIn('zhangsan');
    const seen: number[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 100; page += 1) {
      const result = await client.org.users({ limit: 3, cursor });
      seen.push(...result.items.map((u) => u.id));
      if (!result.nextCursor) break;
      cursor = result.nextCursor;
    }
    expect(new Set(seen).size).to.equal(seen.length);
    expect(seen).to.deep.equal([...seen].sort((a, b) => a - b));
    expect(seen.length).to.be.greaterThan(10);
  });

  it('answers bad search parameters with 400 and anonymous callers with 401', async () => {
    const client = await signedIn('zhangsan');
    const err = await apiError(client.request('GET', '/api/org/users?limit=0&cursor=abc&departmentId=x'));
    expect(err.code).to.equal('VALIDATION_FAILED');
    expect((err.details as Array<{ path: string }>).map((d) => d.path)).to.have.members([
      'limit',
      'cursor',
      'departmentId',
    ]);
    expect((await apiError(newClient().org.users())).status).to.equal(401);
  });

  it('lets an administrator create a user who can then sign in, and refuses a taken username', async () => {
    const admin = await signedIn('admin');
    const username = unique('new');
    const created = await admin.org.createUser({
      username,
      displayName: '新同事',
      password: 'Colleague@2026',
      identity: 'staff',
      title: '科员',
      email: 'new@example.edu',
    });
    expect(created).to.include({ username, displayName: '新同事', title: '科员', active: true });
    expect(Object.keys(created)).to.not.include('passwordHash');
    const { user } = await newClient().auth.login(username, 'Colleague@2026');
    expect(user.username).to.equal(username);
    const taken = await apiError(
      admin.org.createUser({ username, displayName: 'again', password: 'Colleague@2026' }),
    );
    expect([taken.status, taken.code]).to.deep.equal([409, 'USERNAME_TAKEN']);
    const weak = await apiError(
      admin.org.createUser({ username: unique('weak'), displayName: 'w', password: 'short' }),
    );
    expect(weak.code).to.equal('VALIDATION_FAILED');
    expect((weak.details as Array<{ path: string }>).map((d) => d.path)).to.deep.equal(['password']);
    expect(
      (
        await apiError(
          (await signedIn('lisi')).org.createUser({
            username: unique('x'),
            displayName: 'x',
            password: 'Password@1',
          }),
        )
      ).status,
    ).to.equal(403);
  });

  it('updates a profile, and deactivating signs the user out and stops them signing in', async () => {
    const admin = await signedIn('admin');
    const username = unique('leaver');
    const created = await admin.org.createUser({ username, displayName: '离职者', password: 'Leaver@2026' });
    const leaver = newClient();
    await leaver.auth.login(username, 'Leaver@2026');
    const updated = await admin.org.updateUser(created.id, { title: '主任', phone: '13900000000' });
    expect(updated).to.include({ title: '主任', phone: '13900000000' });
    expect((await leaver.auth.me()).title).to.equal('主任');
    await admin.org.updateUser(created.id, { active: false });
    expect((await apiError(leaver.auth.me())).code).to.equal('UNAUTHENTICATED');
    expect((await apiError(newClient().auth.login(username, 'Leaver@2026'))).code).to.equal(
      'INVALID_CREDENTIALS',
    );
    expect((await admin.org.users({ q: username })).items).to.deep.equal([]);
    expect((await admin.org.users({ q: username, includeInactive: true })).items[0]?.active).to.equal(false);
  });

  it('refuses unknown users, self-deactivation and an office administrator taking over a platform administrator', async () => {
    const admin = await signedIn('admin');
    const me = await admin.auth.me();
    expect((await apiError(admin.org.updateUser(999999, { title: 'x' }))).code).to.equal('USER_NOT_FOUND');
    const self = await apiError(admin.org.updateUser(me.id, { active: false }));
    expect([self.status, self.code]).to.deep.equal([400, 'CANNOT_DEACTIVATE_SELF']);
    const officeAdmin = await signedIn('zhaozr');
    expect((await apiError(officeAdmin.org.updateUser(me.id, { password: 'Takeover@2026' }))).code).to.equal(
      'FORBIDDEN',
    );
    expect((await apiError(officeAdmin.org.setRoleHolders('platform-admin', []))).code).to.equal('FORBIDDEN');
    // An office administrator still manages ordinary accounts.
    const zhangsan = await userIdOf(officeAdmin, 'zhangsan');
    expect((await officeAdmin.org.updateUser(zhangsan, { title: '教师' })).title).to.equal('教师');
  });
});

describe('api > org > roles', () => {
  it('lists roles with their holders for any signed-in user', async () => {
    const { items } = await (await signedIn('lisi')).org.roles();
    const platform = items.find((r) => r.key === 'platform-admin');
    expect(platform?.holders.map((h) => h.displayName)).to.include('系统管理员');
  });

  it('lets an administrator create a role and replace its holders in one go', async () => {
    const admin = await signedIn('admin');
    const key = unique('reviewer');
    const role = await admin.org.createRole({ key, name: '评审人' });
    expect(role).to.deep.equal({ key, name: '评审人', nameEn: null, holders: [] });
    const zhangsan = await userIdOf(admin, 'zhangsan');
    const lisi = await userIdOf(admin, 'lisi');
    const cs = (await admin.org.users({ q: 'zhangsan' })).items[0]?.department?.id as number;
    const first = await admin.org.setRoleHolders(key, [
      { userId: zhangsan, departmentId: null },
      { userId: lisi, departmentId: cs },
      { userId: lisi, departmentId: cs },
    ]);
    expect(first.holders.map((h) => [h.userId, h.departmentId])).to.deep.equal([
      [zhangsan, null],
      [lisi, cs],
    ]);
    const second = await admin.org.setRoleHolders(key, [{ userId: lisi, departmentId: null }]);
    expect(second.holders.map((h) => h.userId)).to.deep.equal([lisi]);
    expect((await admin.org.users({ roleKey: key })).items.map((u) => u.username)).to.deep.equal(['lisi']);
  });

  it('refuses taken keys, unknown roles, users and departments, and ordinary users', async () => {
    const admin = await signedIn('admin');
    expect((await apiError(admin.org.createRole({ key: 'platform-admin', name: 'x' }))).code).to.equal(
      'ROLE_KEY_TAKEN',
    );
    expect((await apiError(admin.org.createRole({ key: 'Bad Key', name: 'x' }))).code).to.equal(
      'VALIDATION_FAILED',
    );
    const missing = await apiError(admin.org.setRoleHolders('no-such-role', []));
    expect([missing.status, missing.code]).to.deep.equal([404, 'ROLE_NOT_FOUND']);
    const key = unique('r');
    await admin.org.createRole({ key, name: 'r' });
    expect(
      (await apiError(admin.org.setRoleHolders(key, [{ userId: 999999, departmentId: null }]))).code,
    ).to.equal('USER_NOT_FOUND');
    const zhangsan = await userIdOf(admin, 'zhangsan');
    expect(
      (await apiError(admin.org.setRoleHolders(key, [{ userId: zhangsan, departmentId: 999999 }]))).code,
    ).to.equal('DEPARTMENT_NOT_FOUND');
    const staff = await signedIn('zhangsan');
    expect((await apiError(staff.org.createRole({ key: unique('r'), name: 'r' }))).status).to.equal(403);
    expect((await apiError(staff.org.setRoleHolders(key, []))).status).to.equal(403);
    expect((await apiError(newClient().org.roles())).status).to.equal(401);
  });
});

describe('api > org > delegations', () => {
  const day = 86_400_000;
  const at = (days: number): string => new Date(Date.UTC(2031, 0, 1) + days * day).toISOString();

  it('lets a user delegate their tasks for a period, list and cancel it', async () => {
    const admin = await signedIn('admin');
    const username = unique('away');
    await admin.org.createUser({ username, displayName: '出差者', password: 'Away@20260' });
    const away = newClient();
    await away.auth.login(username, 'Away@20260');
    const lisi = await userIdOf(admin, 'lisi');
    const created = await away.auth.delegate({
      delegateUserId: lisi,
      startsAt: at(0),
      endsAt: at(7),
      reason: '出差',
    });
    expect(created).to.deep.include({
      delegate: { id: lisi, displayName: '李四' },
      startsAt: at(0),
      endsAt: at(7),
    });
    // A following period that starts when the first ends does not overlap.
    await away.auth.delegate({ delegateUserId: lisi, startsAt: at(7), endsAt: at(8) });
    expect((await away.auth.delegations()).items.map((d) => d.startsAt)).to.deep.equal([at(7), at(0)]);
    await away.auth.cancelDelegation(created.id);
    expect((await away.auth.delegations()).items).to.have.length(1);
  });

  it("refuses self, reversed dates, overlaps, unknown delegates and other people's delegations", async () => {
    const admin = await signedIn('admin');
    const username = unique('busy');
    const me = await admin.org.createUser({ username, displayName: '忙人', password: 'Busy@20260' });
    const client = newClient();
    await client.auth.login(username, 'Busy@20260');
    const lisi = await userIdOf(admin, 'lisi');
    const self = await apiError(
      client.auth.delegate({ delegateUserId: me.id, startsAt: at(0), endsAt: at(1) }),
    );
    expect([self.status, self.code]).to.deep.equal([400, 'DELEGATE_SELF']);
    const reversed = await apiError(
      client.auth.delegate({ delegateUserId: lisi, startsAt: at(2), endsAt: at(1) }),
    );
    expect([reversed.status, reversed.code]).to.deep.equal([400, 'DELEGATION_DATES']);
    const first = await client.auth.delegate({ delegateUserId: lisi, startsAt: at(10), endsAt: at(20) });
    const overlap = await apiError(
      client.auth.delegate({ delegateUserId: lisi, startsAt: at(15), endsAt: at(25) }),
    );
    expect([overlap.status, overlap.code]).to.deep.equal([409, 'DELEGATION_OVERLAP']);
    expect(
      (await apiError(client.auth.delegate({ delegateUserId: 999999, startsAt: at(30), endsAt: at(31) })))
        .code,
    ).to.equal('USER_NOT_FOUND');
    const badDate = await apiError(
      client.request('POST', '/api/me/delegations', {
        delegateUserId: lisi,
        startsAt: '2031-01-01',
        endsAt: 'soon',
      }),
    );
    expect(badDate.code).to.equal('VALIDATION_FAILED');
    const other = await apiError((await signedIn('zhangsan')).auth.cancelDelegation(first.id));
    expect([other.status, other.code]).to.deep.equal([404, 'DELEGATION_NOT_FOUND']);
    expect((await apiError(newClient().auth.delegations())).status).to.equal(401);
  });
});
