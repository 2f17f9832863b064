import { Controller, Get, Inject, Param, Post } from '@midwayjs/core';
import { UploadMiddleware } from '@midwayjs/busboy';
import type { Context } from '@midwayjs/koa';
import { createReadStream, ReadStream } from 'fs';
import { stat } from 'fs/promises';
import { requireUserId } from '../auth/current-user';
import { AppError } from '../common/app-error';
import { FileService, fileNotFound, StoredFileSummary, UploadedPart } from './file-service';
import { tooManyFiles, UploadGuard } from './upload-guard';

const INLINE = new Set(['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'image/heic', 'image/heif']);

/** RFC 6266 / 5987: an ASCII fallback for old clients and the exact UTF-8 name for the rest. */
export function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${type}; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

@Controller('/api/files')
export class FileController {
  @Inject()
  ctx!: Context;

  @Inject()
  files!: FileService;

  /** multipart/form-data; every file part is stored. Answers the stored files in order. */
  @Post('/', {
    middleware: [UploadGuard, UploadMiddleware],
    summary: 'Upload files (multipart/form-data; type sniffed, size and count limited)',
  })
  async upload(): Promise<StoredFileSummary[]> {
    const userId = requireUserId(this.ctx);
    const raw = (
      this.ctx as unknown as { files?: Array<{ filename: string; data: string; fieldName: string }> }
    ).files;
    // Browsers (and undici) send a double quote in a file name as %22 (HTML's multipart encoding).
    const parts: UploadedPart[] = (raw ?? []).map((f) => ({
      fieldName: f.fieldName,
      filename: f.filename.replace(/%22/g, '"'),
      path: f.data,
    }));
    if (!parts.length) {
      throw new AppError(400, 'NO_FILES', '没有收到文件 / No files were uploaded (send multipart/form-data)');
    }
    const perField = new Map<string, number>();
    for (const part of parts) perField.set(part.fieldName, (perField.get(part.fieldName) ?? 0) + 1);
    const max = this.files.settings.uploadMaxFiles;
    if (parts.length > max || [...perField.values()].some((n) => n > max)) throw tooManyFiles(max);
    const stored = await this.files.store(userId, parts);
    this.ctx.status = 201;
    return stored;
  }

  /** The file's bytes, to its uploader, administrators and whoever a read policy admits. */
  @Get('/:id', { summary: 'Download a file (uploader, administrators, or readers its policies admit)' })
  async download(@Param('id') id: string): Promise<ReadStream> {
    const userId = requireUserId(this.ctx);
    const file = await this.files.find(id);
    if (!file || !(await this.files.canRead(userId, file))) throw fileNotFound();
    const path = this.files.pathOf(file);
    try {
      await stat(path);
    } catch {
      this.ctx.logger.warn('[files] %s is in the database but missing on disk: %s', file.id, path);
      throw fileNotFound();
    }
    const inline = INLINE.has(file.mime);
    this.ctx.set('Content-Type', file.mime);
    this.ctx.set('Content-Length', String(file.size));
    this.ctx.set(
      'Content-Disposition',
      contentDisposition(inline ? 'inline' : 'attachment', file.originalName),
    );
    this.ctx.set('X-Content-Type-Options', 'nosniff');
    // Even if a browser renders something, it runs no script and loads nothing.
    this.ctx.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox");
    this.ctx.set('Cache-Control', 'private, max-age=0, must-revalidate');
    this.ctx.set('ETag', `"${file.sha256}"`);
    return createReadStream(path);
  }
}
