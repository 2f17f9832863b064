import { Config, Middleware } from '@midwayjs/core';
import {
  MultipartError,
  MultipartFieldsLimitError,
  MultipartFileLimitError,
  MultipartFileSizeLimitError,
  MultipartInvalidFilenameError,
  MultipartPartsLimitError,
} from '@midwayjs/busboy';
import type { Context, NextFunction } from '@midwayjs/koa';
import { requireUserId } from '../auth/current-user';
import { AppError } from '../common/app-error';
import type { Settings } from '../settings';
import { fileTooLarge } from './file-service';

export const tooManyFiles = (max: number): AppError =>
  new AppError(400, 'TOO_MANY_FILES', `一次最多上传 ${max} 个文件 / At most ${max} files per upload`, {
    max,
  });

/**
 * Runs around the multipart parser on the upload route: refuses anonymous callers and bodies that
 * cannot fit before a byte is stored, turns the parser's errors into our stable codes, and always
 * removes the parser's temporary files afterwards.
 */
@Middleware()
export class UploadGuard {
  @Config('flowhall')
  settings!: Settings;

  resolve() {
    return async (ctx: Context, next: NextFunction): Promise<void> => {
      requireUserId(ctx);
      const { uploadMaxMb, uploadMaxFiles } = this.settings;
      const declared = Number(ctx.get('content-length'));
      // Every allowed file at full size plus generous room for the multipart framing.
      if (Number.isFinite(declared) && declared > uploadMaxFiles * (uploadMaxMb * 1024 * 1024 + 64 * 1024)) {
        ctx.set('Connection', 'close');
        throw new AppError(
          413,
          'PAYLOAD_TOO_LARGE',
          `上传内容过大 / The upload is too large (at most ${uploadMaxFiles} files of ${uploadMaxMb} MB)`,
        );
      }
      try {
        await next();
      } catch (err) {
        const mapped = this.mapped(err);
        if (mapped) {
          // The client may still be sending; do not keep a connection with half a body unread.
          ctx.set('Connection', 'close');
          throw mapped;
        }
        throw err;
      } finally {
        const cleanup = (ctx as unknown as { cleanupRequestFiles?: () => Promise<unknown> })
          .cleanupRequestFiles;
        if (cleanup) await cleanup().catch(() => undefined);
      }
    };
  }

  private mapped(err: unknown): AppError | undefined {
    const { uploadMaxMb, uploadMaxFiles } = this.settings;
    if (err instanceof MultipartFileSizeLimitError) {
      const name = /^Upload file "(.*)" size exceeds/s.exec(err.message)?.[1] ?? '';
      return fileTooLarge(name, uploadMaxMb);
    }
    if (err instanceof MultipartFileLimitError) return tooManyFiles(uploadMaxFiles);
    if (err instanceof MultipartPartsLimitError || err instanceof MultipartFieldsLimitError) {
      return new AppError(400, 'TOO_MANY_PARTS', '表单字段过多 / Too many form fields in the upload');
    }
    if (err instanceof MultipartInvalidFilenameError || err instanceof MultipartError) {
      return new AppError(400, 'MULTIPART_INVALID', '上传内容格式有误 / The multipart upload is malformed');
    }
    return undefined;
  }

  static getName(): string {
    return 'flowhall-upload-guard';
  }
}
