import { Body, Controller, Del, Get, Inject, Param, Post, Put } from '@midwayjs/core';
import type { Context } from '@midwayjs/koa';
import { requireUserId } from '../auth/current-user';
import { AppError, validationFailed } from '../common/app-error';
import { unsafeJsonProblems } from '../common/json-guard';
import { MAX_OPINION_LENGTH, Opinion, OpinionService } from './opinion-service';

function objectBody(body: unknown, allowed: string[]): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationFailed([{ path: '', message: '请求体应为 JSON 对象 / the body must be a JSON object' }]);
  }
  const problems = [
    ...unsafeJsonProblems(body),
    ...Object.keys(body)
      .filter((key) => !allowed.includes(key))
      .map((key) => ({ path: key, message: `未知字段 / unknown field "${key}"` })),
  ];
  if (problems.length) throw validationFailed(problems);
  return body as Record<string, unknown>;
}

const notFound = (): AppError =>
  new AppError(404, 'OPINION_NOT_FOUND', '没有这条常用意见 / No such common opinion');

/** Common opinions (R17): the stock phrases plus the signed-in user's own, in their order. */
@Controller('/api')
export class OpinionController {
  @Inject()
  ctx!: Context;

  @Inject()
  opinions!: OpinionService;

  @Get('/opinions', { summary: 'Stock phrases, then my own common opinions in my order' })
  async list(): Promise<{ items: Opinion[] }> {
    return { items: await this.opinions.list(requireUserId(this.ctx)) };
  }

  @Post('/opinions', { summary: 'Save a common opinion of my own' })
  async add(@Body() body: unknown): Promise<Opinion> {
    const userId = requireUserId(this.ctx);
    const raw = objectBody(body, ['text']).text;
    const text = typeof raw === 'string' ? raw.trim() : '';
    if (!text || text.length > MAX_OPINION_LENGTH) {
      throw validationFailed([
        {
          path: 'text',
          message: `意见必填，最多 ${MAX_OPINION_LENGTH} 个字符 / text is required, at most ${MAX_OPINION_LENGTH} characters`,
        },
      ]);
    }
    const opinion = await this.opinions.add(userId, text);
    this.ctx.status = 201;
    return opinion;
  }

  @Put('/opinions/order', { summary: 'Reorder my own common opinions' })
  async reorder(@Body() body: unknown): Promise<{ items: Opinion[] }> {
    const userId = requireUserId(this.ctx);
    const ids = objectBody(body, ['ids']).ids;
    if (
      !Array.isArray(ids) ||
      ids.length > 1000 ||
      ids.some((id) => typeof id !== 'number' || !Number.isSafeInteger(id) || id < 1)
    ) {
      throw validationFailed([
        { path: 'ids', message: '应为常用意见 id 的数组 / ids must be an array of opinion ids' },
      ]);
    }
    return { items: await this.opinions.reorder(userId, ids as number[]) };
  }

  @Del('/opinions/:id', { summary: 'Delete one of my own common opinions' })
  async remove(@Param('id') raw: string): Promise<{ ok: true }> {
    const userId = requireUserId(this.ctx);
    const id = Number(raw);
    if (!/^\d+$/.test(raw) || !Number.isSafeInteger(id) || id < 1 || id > 2_147_483_647) throw notFound();
    await this.opinions.remove(userId, id);
    return { ok: true };
  }
}
