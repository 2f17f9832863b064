import { Controller, Inject, Post, Query } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { AppError, validationFailed } from '../common/app-error';
import { adminProfile } from './org-access';
import { ImportResult, OrgImportService } from './org-import-service';
import { BodyReader } from './org-input';
import { OrgService } from './org-service';

const MAX_CSV_BYTES = 5 * 1024 * 1024;

/** Reads a `text/csv` body (the JSON body parser leaves it untouched), refusing more than the limit. */
async function readCsvBody(ctx: Context): Promise<string> {
  const declared = Number(ctx.get('content-length') || 0);
  const tooLarge = () =>
    new AppError(413, 'PAYLOAD_TOO_LARGE', `文件不能超过 5 MB / The file must not exceed 5 MB`);
  if (declared > MAX_CSV_BYTES) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > MAX_CSV_BYTES) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

@Controller('/api/org')
export class OrgImportController {
  @Inject()
  ctx!: Context;

  @Inject()
  org!: OrgService;

  @Inject()
  importer!: OrgImportService;

  /**
   * Imports departments and users from CSV (administrators), all or nothing.
   *
   * Send either JSON `{ departmentsCsv?, usersCsv? }` (both in one request: departments are written
   * first, so users may name departments from the same import), or one file as a `text/csv` body
   * with `?kind=departments` or `?kind=users`. The first row names the columns (any order; UTF-8,
   * a byte order mark is fine):
   * - departments: `code,name,parent_code,name_en` (code and name required; blank parent_code is a
   *   top-level department);
   * - users: `username,display_name,department_code,identity,staff_no,title,phone,email,password`
   *   (username and display_name required; identity is staff, undergraduate, postgraduate or other,
   *   staff when blank; password at least 8 characters, required for new users, blank keeps an
   *   existing user's password).
   * Existing codes and usernames are updated, so re-importing a file is safe; a column the file
   * lacks is left alone, a blank optional cell clears it. Problems come back as
   * 400 IMPORT_INVALID with details `[{ file, line, column, message }]` and nothing is written.
   */
  @Post('/import', { summary: 'Import departments and users from CSV (administrators)' })
  async import(@Query('kind') kind: unknown): Promise<ImportResult> {
    await adminProfile(this.org, this.ctx);
    if (this.ctx.is('text/csv')) {
      if (kind !== 'departments' && kind !== 'users') {
        throw validationFailed([
          {
            path: 'kind',
            message: '请用 ?kind=departments 或 ?kind=users 指明文件 / say ?kind=departments or ?kind=users',
          },
        ]);
      }
      const text = await readCsvBody(this.ctx);
      return this.importer.import(kind === 'departments' ? { departmentsCsv: text } : { usersCsv: text });
    }
    const reader = new BodyReader(this.ctx.request.body, ['departmentsCsv', 'usersCsv']);
    const departmentsCsv = reader.raw('departmentsCsv');
    const usersCsv = reader.raw('usersCsv');
    for (const [name, value] of [
      ['departmentsCsv', departmentsCsv],
      ['usersCsv', usersCsv],
    ] as const) {
      if (value !== undefined && typeof value !== 'string')
        reader.problems.push({ path: name, message: `应为 CSV 文本 / ${name} must be CSV text` });
    }
    if (departmentsCsv === undefined && usersCsv === undefined) {
      reader.problems.push({
        path: '',
        message: '请提供 departmentsCsv 或 usersCsv / send departmentsCsv or usersCsv',
      });
    }
    reader.done();
    return this.importer.import({
      departmentsCsv: departmentsCsv as string | undefined,
      usersCsv: usersCsv as string | undefined,
    });
  }
}
