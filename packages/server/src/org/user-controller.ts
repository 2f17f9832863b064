import { Body, Controller, Get, Inject, Param, Patch, Post, Put, Query } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { isAdmin, isPlatformAdmin } from '../auth/access';
import { AppError, forbidden, validationFailed } from '../common/app-error';
import { IDENTITIES, type Identity } from '../db/models';
import { adminProfile, signedInProfile } from './org-access';
import { BodyReader, MAX_ID, pathId, userNotFound } from './org-input';
import { OrgService } from './org-service';
import { HolderInput, RoleService, RoleView } from './role-service';
import { UserAdminService, UserCard, UserDetail, UserFields, UserSearch } from './user-admin-service';

export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@-]*$/;
const ROLE_KEY_PATTERN = /^[a-z][a-z0-9-]*$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USER_FIELDS = [
  'displayName',
  'departmentId',
  'identity',
  'staffNo',
  'title',
  'phone',
  'email',
  'active',
  'password',
];

function readSearch(raw: Record<string, unknown>): UserSearch {
  const problems: Array<{ path: string; message: string }> = [];
  const text = (name: string): string | undefined =>
    typeof raw[name] === 'string' ? (raw[name] as string) : undefined;
  const int = (name: string, min: number, max: number): number | undefined => {
    const value = text(name);
    if (value === undefined || value === '') return undefined;
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < min || n > max) {
      problems.push({
        path: name,
        message: `应为 ${min} 到 ${max} 之间的整数 / must be a whole number from ${min} to ${max}`,
      });
      return undefined;
    }
    return n;
  };
  const q = text('q');
  if (q !== undefined && q.length > 100)
    problems.push({ path: 'q', message: '搜索词过长 / search text too long' });
  const roleKey = text('roleKey') || undefined;
  if (roleKey !== undefined && roleKey.length > 64)
    problems.push({ path: 'roleKey', message: '角色标识过长 / roleKey too long' });
  const cursor = text('cursor');
  let after: number | undefined;
  if (cursor !== undefined && cursor !== '') {
    after = Number(cursor);
    if (!/^\d+$/.test(cursor) || after > MAX_ID) {
      problems.push({ path: 'cursor', message: '分页游标无效 / the cursor is not valid' });
      after = undefined;
    }
  }
  const search: UserSearch = {
    q,
    roleKey,
    departmentId: int('departmentId', 1, MAX_ID),
    limit: int('limit', 1, 100) ?? 20,
    after,
    includeInactive: text('includeInactive') === 'true',
  };
  if (problems.length) throw validationFailed(problems);
  return search;
}

function readUserFields(reader: BodyReader): UserFields {
  const identity = reader.raw('identity');
  if (identity !== undefined && !IDENTITIES.includes(identity as Identity)) {
    reader.problems.push({
      path: 'identity',
      message: `身份应为 ${IDENTITIES.join(', ')} 之一 / identity must be one of ${IDENTITIES.join(', ')}`,
    });
  }
  const password = reader.raw('password');
  if (
    password !== undefined &&
    (typeof password !== 'string' || password.length < 8 || password.length > 200)
  ) {
    reader.problems.push({
      path: 'password',
      message: '密码应为 8 到 200 个字符 / password must have 8 to 200 characters',
    });
  }
  return {
    displayName: reader.text('displayName', { max: 100, min: 1 }) ?? undefined,
    departmentId: reader.int('departmentId', { min: 1, max: MAX_ID, nullable: true }),
    identity: identity as Identity | undefined,
    staffNo: reader.text('staffNo', { nullable: true, max: 32 }),
    title: reader.text('title', { nullable: true, max: 100 }),
    phone: reader.text('phone', { nullable: true, max: 32 }),
    email: reader.text('email', {
      nullable: true,
      max: 200,
      pattern: EMAIL_PATTERN,
      patternHint: '邮箱格式不正确 / not an e-mail address',
    }),
    active: reader.bool('active'),
    password: typeof password === 'string' ? password : undefined,
  };
}

function readHolders(body: unknown): HolderInput[] {
  const list: unknown = Array.isArray(body) ? body : (body as { holders?: unknown } | null)?.holders;
  if (!Array.isArray(list)) {
    throw validationFailed([
      {
        path: 'holders',
        message: '应为 [{userId, departmentId}] 数组 / expected an array of {userId, departmentId}',
      },
    ]);
  }
  if (list.length > 1000)
    throw validationFailed([{ path: 'holders', message: '最多 1000 人 / at most 1000 holders' }]);
  return list.map((item: unknown, index) => {
    const reader = new BodyReader(item, ['userId', 'departmentId']);
    const userId = reader.int('userId', { min: 1, max: MAX_ID, required: true });
    const departmentId = reader.int('departmentId', { min: 1, max: MAX_ID, nullable: true });
    if (reader.problems.length) {
      throw validationFailed(reader.problems.map((p) => ({ ...p, path: `holders[${index}].${p.path}` })));
    }
    return { userId: userId as number, departmentId: departmentId ?? null };
  });
}

@Controller('/api/org')
export class UserController {
  @Inject()
  ctx!: Context;

  @Inject()
  org!: OrgService;

  @Inject()
  users!: UserAdminService;

  @Inject()
  roles!: RoleService;

  @Get('/users', { summary: 'Search users for pickers (any signed-in user; keyset pagination by id)' })
  async search(
    @Query() raw: Record<string, unknown>,
  ): Promise<{ items: UserCard[]; nextCursor: string | null }> {
    const query = readSearch(raw);
    const profile = await signedInProfile(this.org, this.ctx);
    // Inactive users are for administrators only; pickers never offer them.
    return this.users.search({ ...query, includeInactive: query.includeInactive && isAdmin(profile) });
  }

  @Get('/users/:id', { summary: 'One user with contact fields (administrators)' })
  async detail(@Param('id') raw: string): Promise<UserDetail> {
    await adminProfile(this.org, this.ctx);
    return this.users.detail(pathId(raw, userNotFound));
  }

  @Post('/users', { summary: 'Create a user (administrators)' })
  async create(@Body() body: unknown): Promise<UserDetail> {
    await adminProfile(this.org, this.ctx);
    const reader = new BodyReader(body, ['username', ...USER_FIELDS]);
    const username = reader.text('username', {
      required: true,
      max: 64,
      pattern: USERNAME_PATTERN,
      patternHint: '用户名只能包含字母、数字和 . _ @ - / username may hold letters, digits and . _ @ -',
    });
    if (reader.raw('password') === undefined)
      reader.problems.push({ path: 'password', message: '必填 / password is required' });
    if (reader.raw('displayName') === undefined)
      reader.problems.push({ path: 'displayName', message: '必填 / displayName is required' });
    const fields = readUserFields(reader);
    reader.done();
    const created = await this.users.create({
      ...fields,
      username: username as string,
      displayName: fields.displayName as string,
      password: fields.password as string,
    });
    this.ctx.status = 201;
    return created;
  }

  @Patch('/users/:id', {
    summary: 'Update a user profile, reset the password or deactivate (administrators)',
  })
  async update(@Param('id') raw: string, @Body() body: unknown): Promise<UserDetail> {
    const actor = await adminProfile(this.org, this.ctx);
    const id = pathId(raw, userNotFound);
    const reader = new BodyReader(body, USER_FIELDS);
    const fields = readUserFields(reader);
    reader.done();
    if (fields.active === false && id === actor.id) {
      throw new AppError(
        400,
        'CANNOT_DEACTIVATE_SELF',
        '不能停用自己的账号 / You cannot deactivate your own account',
      );
    }
    // An office administrator must not take over a platform administrator's account.
    if (!isPlatformAdmin(actor) && (await this.users.holdsRole(id, 'platform-admin'))) throw forbidden();
    return this.users.update(id, fields);
  }

  @Get('/roles', { summary: 'Roles and their holders (any signed-in user)' })
  async listRoles(): Promise<{ items: RoleView[] }> {
    await signedInProfile(this.org, this.ctx);
    return { items: await this.roles.list() };
  }

  @Post('/roles', { summary: 'Create a role (administrators)' })
  async createRole(@Body() body: unknown): Promise<RoleView> {
    await adminProfile(this.org, this.ctx);
    const reader = new BodyReader(body, ['key', 'name', 'nameEn']);
    const key = reader.text('key', {
      required: true,
      max: 64,
      pattern: ROLE_KEY_PATTERN,
      patternHint: '标识只能包含小写字母、数字和连字符 / key may hold lower-case letters, digits and hyphens',
    });
    const name = reader.text('name', { required: true, max: 100 });
    const nameEn = reader.text('nameEn', { nullable: true, max: 100 });
    reader.done();
    const role = await this.roles.create({
      key: key as string,
      name: name as string,
      nameEn: nameEn ?? null,
    });
    this.ctx.status = 201;
    return role;
  }

  @Put('/roles/:key/holders', { summary: 'Replace the holders of a role (administrators)' })
  async replaceHolders(@Param('key') key: string, @Body() body: unknown): Promise<RoleView> {
    const actor = await adminProfile(this.org, this.ctx);
    const holders = readHolders(body);
    // Only a platform administrator may make (or unmake) platform administrators.
    if (key === 'platform-admin' && !isPlatformAdmin(actor)) throw forbidden();
    return this.roles.replaceHolders(key, holders);
  }
}
