/**
 * An error the caller caused or can act on. `code` is stable (clients switch on it); `message`
 * is for people (Chinese first, English after a slash); `details` carries structured data such as
 * field problems.
 */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export interface ErrorBody {
  code: string;
  message: string;
  details?: unknown;
}

export const unauthenticated = (): AppError =>
  new AppError(401, 'UNAUTHENTICATED', '请先登录 / Please sign in first');

export const forbidden = (message = '没有权限执行此操作 / You may not do this'): AppError =>
  new AppError(403, 'FORBIDDEN', message);

export const validationFailed = (details: Array<{ path: string; message: string }>): AppError =>
  new AppError(400, 'VALIDATION_FAILED', '提交的数据有误 / The request has invalid fields', details);
