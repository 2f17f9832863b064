import { Body, Controller, Del, Get, Inject, Param, Post } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { AppError, validationFailed } from '../common/app-error';
import { requireUserId } from './current-user';
import { ApiTokenView, TokenService } from './token-service';

function readTokenInput(body: unknown): { name: string; expiresInDays: number } {
  const value = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<
    string,
    unknown
  >;
  const problems: Array<{ path: string; message: string }> = [];
  const name = typeof value.name === 'string' ? value.name.trim() : '';
  if (!name || name.length > 100)
    problems.push({
      path: 'name',
      message: '名称必填，最多 100 个字符 / name is required, at most 100 characters',
    });
  const days = value.expiresInDays === undefined ? 90 : value.expiresInDays;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 1 || days > 3650) {
    problems.push({
      path: 'expiresInDays',
      message: '有效天数应为 1 到 3650 的整数 / expiresInDays must be a whole number from 1 to 3650',
    });
  }
  if (problems.length) throw validationFailed(problems);
  return { name, expiresInDays: days as number };
}

/** The signed-in user's API tokens (bearer secrets for scripts and integrations). */
@Controller('/api')
export class TokenController {
  @Inject()
  ctx!: Context;

  @Inject()
  tokens!: TokenService;

  /** Answers the secret once; only its hash is kept. */
  @Post('/me/tokens', { summary: 'Create an API token (the secret is shown once)' })
  async create(@Body() body: unknown): Promise<ApiTokenView & { token: string }> {
    const userId = requireUserId(this.ctx);
    const created = await this.tokens.create(userId, readTokenInput(body));
    this.ctx.status = 201;
    return created;
  }

  @Get('/me/tokens', { summary: 'List my API tokens (no secrets)' })
  async list(): Promise<{ items: ApiTokenView[] }> {
    return { items: await this.tokens.list(requireUserId(this.ctx)) };
  }

  @Del('/me/tokens/:id', { summary: 'Revoke one of my API tokens' })
  async revoke(@Param('id') raw: string): Promise<{ ok: true }> {
    const userId = requireUserId(this.ctx);
    const id = Number(raw);
    if (!Number.isSafeInteger(id) || id < 1)
      throw new AppError(404, 'TOKEN_NOT_FOUND', '没有这个令牌 / No such token');
    await this.tokens.revoke(userId, id);
    return { ok: true };
  }
}
