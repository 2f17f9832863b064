import type { StoredFile } from '@flowhall/schema';
import { Config, Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { createHash, randomBytes } from 'crypto';
import { createReadStream } from 'fs';
import { copyFile, mkdir, rename, rm } from 'fs/promises';
import { join } from 'path';
import { Op, Transaction } from 'sequelize';
import { isAdmin } from '../auth/access';
import { AppError } from '../common/app-error';
import { Database } from '../db/database';
import { OrgService } from '../org/org-service';
import type { Settings } from '../settings';
import { FileReadPolicies } from './file-access';
import type { FileRow } from './file-models';
import { sniff, Sniffed, Utf8Check } from './sniff';

export interface UploadedPart {
  fieldName: string;
  filename: string;
  /** Where the multipart parser left the bytes (removed by the caller afterwards). */
  path: string;
}

export type StoredFileSummary = StoredFile;

export const FILE_ID = /^[0-9a-f]{32}$/;
const EDGE = 64 * 1024;

export const fileNotFound = (): AppError =>
  new AppError(404, 'FILE_NOT_FOUND', '没有这个文件，或您无权查看 / No such file, or you may not see it');

/** Control characters and path separators out, length capped, extension kept. */
export function cleanFileName(raw: string): string {
  // eslint-disable-next-line no-control-regex
  let name = raw.replace(/[\u0000-\u001f\u007f\\/]/g, '_').trim();
  if (name.length > 200) {
    const ext = /\.[A-Za-z0-9]{1,10}$/.exec(name)?.[0] ?? '';
    name = name.slice(0, 200 - ext.length) + ext;
  }
  return name || 'file';
}

/** One pass over the bytes: the sha256, the first and last 64 KiB, and whether it is plain text. */
async function inspect(
  path: string,
): Promise<{ size: number; sha256: string; head: Buffer; tail: Buffer; isText: boolean }> {
  const hash = createHash('sha256');
  const text = new Utf8Check();
  let head = Buffer.alloc(0);
  let tail = Buffer.alloc(0);
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    const buf = chunk as Buffer;
    hash.update(buf);
    text.push(buf);
    size += buf.length;
    if (head.length < EDGE) head = Buffer.concat([head, buf.subarray(0, EDGE - head.length)]);
    tail = Buffer.concat([tail, buf]);
    if (tail.length > EDGE) tail = tail.subarray(tail.length - EDGE);
  }
  return { size, sha256: hash.digest('hex'), head, tail, isText: text.end() };
}

/** Uploaded files: storing them safely, who may read them, and binding them to a case. */
@Provide()
@Scope(ScopeEnum.Singleton)
export class FileService {
  @Inject()
  db!: Database;

  @Inject()
  org!: OrgService;

  @Inject()
  policies!: FileReadPolicies;

  @Config('flowhall')
  settings!: Settings;

  get uploadRoot(): string {
    return join(this.settings.dataDir, 'uploads');
  }

  /**
   * Checks every part first (type by content, size), then moves the bytes into place under a
   * temporary name and renames them, then writes the rows in one transaction. Any failure removes
   * whatever this call wrote: a refused upload leaves nothing behind.
   */
  async store(ownerUserId: number, parts: UploadedPart[]): Promise<StoredFileSummary[]> {
    const maxBytes = this.settings.uploadMaxMb * 1024 * 1024;
    const checked: Array<UploadedPart & { name: string; sniffed: Sniffed; size: number; sha256: string }> =
      [];
    for (const part of parts) {
      const name = cleanFileName(part.filename);
      const found = await inspect(part.path);
      if (found.size === 0) {
        throw new AppError(400, 'FILE_EMPTY', `文件“${name}”是空的 / The file "${name}" is empty`, { name });
      }
      if (found.size > maxBytes) throw fileTooLarge(name, this.settings.uploadMaxMb);
      const sniffed = sniff({ head: found.head, tail: found.tail, isText: found.isText, name });
      if (!sniffed) {
        throw new AppError(
          415,
          'FILE_TYPE_NOT_ALLOWED',
          `不支持文件“${name}”的类型（仅限图片、PDF、Office 文档和文本）/ The file "${name}" is not an allowed type (images, PDF, Office documents, text)`,
          { name },
        );
      }
      checked.push({ ...part, name, sniffed, size: found.size, sha256: found.sha256 });
    }
    const now = new Date();
    const folder = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
    await mkdir(join(this.uploadRoot, folder), { recursive: true });
    const written: string[] = [];
    try {
      const rows = checked.map((part) => {
        const id = randomBytes(16).toString('hex');
        return { part, id, storedName: `${folder}/${id}` };
      });
      for (const { part, storedName } of rows) {
        const target = join(this.uploadRoot, storedName);
        const temporary = `${target}.${randomBytes(4).toString('hex')}.tmp`;
        try {
          await copyFile(part.path, temporary);
          await rename(temporary, target);
          written.push(target);
        } finally {
          await rm(temporary, { force: true });
        }
      }
      await this.db.transaction(async (transaction) => {
        for (const { part, id, storedName } of rows) {
          await this.db.models.StoredFile.create(
            {
              id,
              ownerUserId,
              field: part.fieldName ? part.fieldName.slice(0, 200) : null,
              originalName: part.name,
              storedName,
              mime: part.sniffed.mime,
              size: part.size,
              sha256: part.sha256,
              createdAt: now,
            },
            { transaction },
          );
        }
      });
      return rows.map(({ part, id }) => ({ id, name: part.name, mime: part.sniffed.mime, size: part.size }));
    } catch (err) {
      await Promise.all(written.map((path) => rm(path, { force: true })));
      throw err;
    }
  }

  async find(id: string): Promise<FileRow | null> {
    if (!FILE_ID.test(id)) return null;
    return this.db.models.StoredFile.findByPk(id);
  }

  /**
   * Whether the user may download the file: its uploader, administrators, or anyone a registered
   * policy admits (a case's readers, via the cases module; a hall service's audience, via the hall).
   */
  async canRead(userId: number, file: FileRow): Promise<boolean> {
    if (file.ownerUserId === userId) return true;
    const profile = await this.org.profile(userId);
    if (!profile) return false;
    if (isAdmin(profile)) return true;
    for (const policy of this.policies.list()) {
      if (await policy.canRead(userId, file)) return true;
    }
    return false;
  }

  pathOf(file: FileRow): string {
    return join(this.uploadRoot, file.storedName);
  }

  /**
   * Binds files to a case inside the case's transaction. Refuses (FILE_NOT_OWNED) files that do
   * not exist, were uploaded by someone else, or already belong to another case.
   */
  async attachToCase(
    fileIds: string[],
    caseId: number,
    userId: number,
    transaction: Transaction,
  ): Promise<void> {
    const ids = [...new Set(fileIds)];
    if (!ids.length) return;
    const bad = ids.filter((id) => !FILE_ID.test(id));
    const rows = await this.db.models.StoredFile.findAll({
      where: { id: { [Op.in]: ids.filter((id) => FILE_ID.test(id)) } },
      attributes: ['id', 'ownerUserId', 'caseId'],
      transaction,
    });
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const id of ids) {
      const row = byId.get(id);
      if (!row || row.ownerUserId !== userId || (row.caseId !== null && row.caseId !== caseId)) bad.push(id);
    }
    const refused = [...new Set(bad)];
    if (refused.length) {
      throw new AppError(
        422,
        'FILE_NOT_OWNED',
        '引用了不属于您或已用于其他申请的文件 / Some files are not yours or belong to another case',
        { fileIds: refused },
      );
    }
    const free = rows.filter((r) => r.caseId === null).map((r) => r.id);
    if (!free.length) return;
    const [changed] = await this.db.models.StoredFile.update(
      { caseId },
      { where: { id: { [Op.in]: free }, ownerUserId: userId, caseId: null }, transaction },
    );
    // Another case took one of them between the read and the write.
    if (changed !== free.length) {
      throw new AppError(
        422,
        'FILE_NOT_OWNED',
        '引用了不属于您或已用于其他申请的文件 / Some files are not yours or belong to another case',
        { fileIds: free },
      );
    }
  }
}

export const fileTooLarge = (name: string, maxMb: number): AppError =>
  new AppError(
    413,
    'FILE_TOO_LARGE',
    `文件“${name}”超过 ${maxMb} MB / The file "${name}" is larger than ${maxMb} MB`,
    {
      name,
      maxMb,
    },
  );
