/** A message in both languages the server answers in. */
export interface Texts {
  zh: string;
  en: string;
}

export type Language = keyof Texts;

/**
 * An error the caller caused or can act on. `code` is stable (clients switch on it); `message`
 * is for people: either `{ zh, en }` or one string "中文 / English" (Chinese first, English after
 * a slash); the error filter answers the language the request prefers. `details` carries
 * structured data such as field problems.
 */
export class AppError extends Error {
  readonly texts: Texts | undefined;

  constructor(
    readonly status: number,
    readonly code: string,
    message: string | Texts,
    readonly details?: unknown,
  ) {
    super(typeof message === 'string' ? message : `${message.zh} / ${message.en}`);
    this.texts = typeof message === 'string' ? undefined : { ...message };
    this.name = 'AppError';
  }
}

// The first slash after some Chinese text separates the two languages: "请先登录 / Please sign in".
const SPLIT = /^([^]*?[\u3000-\u9fff\uff00-\uffef][^]*?)\s*\/\s+([^]+)$/;

/** Splits a "中文 / English" message; a message in one language only is the same in both. */
export function textsOf(message: string): Texts {
  const match = SPLIT.exec(message);
  if (!match || !match[1] || !match[2]) return { zh: message, en: message };
  return { zh: match[1].trim(), en: match[2].trim() };
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
