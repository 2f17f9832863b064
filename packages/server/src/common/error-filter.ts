import { Catch, httpError, MidwayHttpError } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { AppError, ErrorBody, Language, textsOf } from './app-error';

/** Unmatched `/api` routes answer with the same error shape as every other failure. */
@Catch(httpError.NotFoundError)
export class NotFoundFilter {
  async catch(_err: Error, ctx: Context): Promise<ErrorBody> {
    ctx.status = 404;
    return inLanguage(
      { code: 'NOT_FOUND', message: `没有这个接口 / No such endpoint: ${ctx.method} ${ctx.path}` },
      preferredLanguage(ctx.get('accept-language')),
    );
  }
}

// Codes for the framework's own 4xx errors (bad JSON, body too large, wrong content type).
const FRAMEWORK_CODES: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
};

/**
 * Turns every error into `{ code, message, details }`. Anything the caller did wrong is a 4xx with
 * a stable code; only our own faults become a 500, and those are logged with their stack.
 */
@Catch()
export class ErrorFilter {
  async catch(err: unknown, ctx: Context): Promise<ErrorBody> {
    const language = preferredLanguage(ctx.get('accept-language'));
    const answer = inLanguage(this.answer(err, ctx), language);
    if (err instanceof AppError && err.texts) answer.message = err.texts[language];
    return answer;
  }

  private answer(err: unknown, ctx: Context): ErrorBody {
    if (err instanceof AppError) {
      ctx.status = err.status;
      return err.details === undefined
        ? { code: err.code, message: err.message }
        : { code: err.code, message: err.message, details: err.details };
    }
    const status = statusOf(err);
    if (status >= 400 && status < 500) {
      ctx.status = status;
      const bodyProblem = bodyParserProblem(err);
      if (bodyProblem) return bodyProblem;
      return {
        code: FRAMEWORK_CODES[status] ?? 'BAD_REQUEST',
        message: err instanceof Error ? err.message : 'Bad request',
      };
    }
    ctx.logger.error(err);
    ctx.status = 500;
    return {
      code: 'INTERNAL_ERROR',
      message: '服务器内部错误，请稍后重试 / Internal error, please retry later',
    };
  }
}

/**
 * The body parser refuses broken JSON and JSON with `__proto__` keys (prototype poisoning) before
 * any controller runs; give both a stable code and a message a person understands.
 */
function bodyParserProblem(err: unknown): ErrorBody | undefined {
  if (!(err instanceof SyntaxError)) return undefined;
  const raw = err.message.replace(/, check bodyParser config$/, '');
  if (/prototype/i.test(raw)) {
    return {
      code: 'UNSAFE_JSON_KEY',
      message: '请求中含有不允许的键（如 __proto__）/ The request contains a forbidden key such as __proto__',
    };
  }
  return {
    code: 'INVALID_JSON',
    message: '请求体不是有效的 JSON / The request body is not valid JSON',
    details: { reason: raw },
  };
}

function statusOf(err: unknown): number {
  if (err instanceof MidwayHttpError) return err.status;
  if (typeof err === 'object' && err !== null) {
    const candidate =
      (err as { status?: unknown; statusCode?: unknown }).status ??
      (err as { statusCode?: unknown }).statusCode;
    if (typeof candidate === 'number') return candidate;
  }
  return 500;
}

/**
 * The language the request prefers by `Accept-Language` (highest q among zh* and en*, earlier
 * wins a tie); Chinese when it names neither.
 */
export function preferredLanguage(header: string | undefined): Language {
  let best: { language: Language; q: number } | undefined;
  for (const part of (header ?? '').split(',')) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const language: Language | undefined = tag.startsWith('zh')
      ? 'zh'
      : tag.startsWith('en')
        ? 'en'
        : undefined;
    if (!language) continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam ? Number(qParam.slice(2)) : 1;
    if (!Number.isFinite(q) || q <= 0) continue;
    if (!best || q > best.q) best = { language, q };
  }
  return best?.language ?? 'zh';
}

/** The body with its message, and the messages of problems in `details`, in one language. */
export function inLanguage(body: ErrorBody, language: Language): ErrorBody {
  const answer: ErrorBody = { ...body, message: textsOf(body.message)[language] };
  if (Array.isArray(body.details)) {
    answer.details = body.details.map((item: unknown) =>
      typeof item === 'object' && item !== null && typeof (item as { message?: unknown }).message === 'string'
        ? { ...item, message: textsOf((item as { message: string }).message)[language] }
        : item,
    );
  }
  return answer;
}
