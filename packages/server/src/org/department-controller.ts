import { Body, Controller, Del, Get, Inject, Param, Patch, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import type { DepartmentRow } from '../db/models';
import { adminProfile, signedInProfile } from './org-access';
import { DepartmentInput, DepartmentNode, DepartmentService } from './department-service';
import { BodyReader, departmentNotFound, MAX_ID, pathId } from './org-input';
import { OrgService } from './org-service';

const FIELDS = [
  'code',
  'name',
  'nameEn',
  'parentId',
  'sortOrder',
  'headUserId',
  'leaderInChargeUserId',
] as const;
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CODE_HINT =
  '编码只能包含字母、数字、点、下划线和连字符 / code may hold letters, digits, dot, underscore and hyphen';

function readDepartment(body: unknown, creating: boolean): DepartmentInput {
  const reader = new BodyReader(body, FIELDS);
  const input: DepartmentInput = {
    code:
      reader.text('code', { required: creating, max: 64, pattern: CODE_PATTERN, patternHint: CODE_HINT }) ??
      undefined,
    name: reader.text('name', { required: creating, max: 200 }) ?? undefined,
    nameEn: reader.text('nameEn', { nullable: true, max: 200 }),
    parentId: reader.int('parentId', { min: 1, max: MAX_ID, nullable: true }),
    sortOrder: reader.int('sortOrder', { min: -1_000_000, max: 1_000_000 }) ?? undefined,
    headUserId: reader.int('headUserId', { min: 1, max: MAX_ID, nullable: true }),
    leaderInChargeUserId: reader.int('leaderInChargeUserId', { min: 1, max: MAX_ID, nullable: true }),
  };
  reader.done();
  return input;
}

export interface DepartmentView {
  id: number;
  code: string;
  name: string;
  nameEn: string | null;
  parentId: number | null;
  sortOrder: number;
  headUserId: number | null;
  leaderInChargeUserId: number | null;
}

const plain = (row: DepartmentRow): DepartmentView => ({
  id: row.id,
  code: row.code,
  name: row.name,
  nameEn: row.nameEn,
  parentId: row.parentId,
  sortOrder: row.sortOrder,
  headUserId: row.headUserId,
  leaderInChargeUserId: row.leaderInChargeUserId,
});

@Controller('/api/org')
export class DepartmentController {
  @Inject()
  ctx!: Context;

  @Inject()
  org!: OrgService;

  @Inject()
  departments!: DepartmentService;

  @Get('/departments', { summary: 'The department tree (any signed-in user)' })
  async tree(): Promise<{ items: DepartmentNode[] }> {
    await signedInProfile(this.org, this.ctx);
    return { items: await this.departments.tree() };
  }

  @Post('/departments', { summary: 'Create a department (administrators)' })
  async create(@Body() body: unknown): Promise<DepartmentView> {
    await adminProfile(this.org, this.ctx);
    const input = readDepartment(body, true) as DepartmentInput & { code: string; name: string };
    const row = await this.departments.create(input);
    this.ctx.status = 201;
    return plain(row);
  }

  @Patch('/departments/:id', { summary: 'Rename, move, set head / leader in charge (administrators)' })
  async update(@Param('id') raw: string, @Body() body: unknown): Promise<DepartmentView> {
    await adminProfile(this.org, this.ctx);
    const id = pathId(raw, departmentNotFound);
    return plain(await this.departments.update(id, readDepartment(body, false)));
  }

  @Del('/departments/:id', { summary: 'Delete an empty department (administrators)' })
  async remove(@Param('id') raw: string): Promise<{ ok: true }> {
    await adminProfile(this.org, this.ctx);
    await this.departments.remove(pathId(raw, departmentNotFound));
    return { ok: true };
  }
}
