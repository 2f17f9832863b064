import type { PluginRequest, PluginRoute, RouteContext } from '@flowhall/server';
import type { LetterVerification, LetterView } from '../api-types';
import { nameBook } from '../http/names';
import { idParam, isOffice, OFFICE_ROLES } from '../http/query';
import { sealModels, type LetterAttributes } from '../registry/models';
import { letterView, shownStatus, verificationView } from './letter-views';

async function view(letter: LetterAttributes, context: RouteContext): Promise<LetterView> {
  const names = await nameBook(
    context.directory,
    [letter.applicantUserId, letter.issuerUserId],
    [letter.departmentId],
  );
  return letterView(letter, names, new Date());
}

/** The office and the applicant may read a letter; anyone else gets 404 (its existence stays hidden). */
function readable(
  letter: LetterAttributes | null,
  request: PluginRequest,
  context: RouteContext,
): LetterAttributes {
  if (!letter || !(isOffice(request.user) || letter.applicantUserId === request.user?.id))
    throw context.error(404, 'LETTER_NOT_FOUND', '介绍信不存在 / No such letter');
  return letter;
}

const NEXT_STATUSES = ['used', 'void'] as const;
type NextStatus = (typeof NEXT_STATUSES)[number];

export const letterRoutes: PluginRoute[] = [
  {
    method: 'GET',
    path: '/letters/:id',
    access: 'signed-in',
    summary: 'An introduction letter for printing (the office and the applicant)',
    handler: async (request, context) => {
      const { Letter } = sealModels(context.models);
      const letter = await Letter.findByPk(idParam(request.params, 'id', context.error));
      return view(readable(letter, request, context), context);
    },
  },
  {
    method: 'GET',
    path: '/cases/:caseId/letter',
    access: 'signed-in',
    summary: 'The introduction letter an intro-letter case issued (404 before it is issued)',
    handler: async (request, context) => {
      const { Letter } = sealModels(context.models);
      const letter = await Letter.findOne({
        where: { caseId: idParam(request.params, 'caseId', context.error) },
      });
      return view(readable(letter, request, context), context);
    },
  },
  {
    method: 'POST',
    path: '/letters/:id/status',
    access: { roles: OFFICE_ROLES },
    summary: 'Marks an issued letter used or void (office staff)',
    handler: async (request, context) => {
      const { Letter } = sealModels(context.models);
      const id = idParam(request.params, 'id', context.error);
      const wanted = (request.body as { status?: unknown } | undefined)?.status;
      if (!NEXT_STATUSES.includes(wanted as NextStatus))
        throw context.error(400, 'VALIDATION_FAILED', '提交的数据有误 / The request has invalid fields', [
          { path: 'status', message: '状态只能改为 used 或 void / status must be used or void' },
        ]);
      const status = wanted as NextStatus;
      const updated = await context.transaction(async (transaction) => {
        const letter = await Letter.findByPk(id, { transaction });
        if (!letter) throw context.error(404, 'LETTER_NOT_FOUND', '介绍信不存在 / No such letter');
        const shown = shownStatus(letter, new Date());
        if (letter.status !== 'issued')
          throw context.error(
            409,
            'LETTER_STATUS_FINAL',
            '该介绍信已使用或已作废 / The letter is already used or void',
            {
              status: shown,
            },
          );
        if (status === 'used' && shown === 'expired')
          throw context.error(
            409,
            'LETTER_EXPIRED',
            '介绍信已过有效期，不能登记为已使用 / The letter has expired',
          );
        await letter.update(
          { status, statusUserId: request.user?.id ?? null, statusChangedAt: new Date() },
          { transaction },
        );
        return letter;
      });
      return view(updated, context);
    },
  },
  {
    method: 'GET',
    path: '/verify/letters/:code',
    access: 'public',
    summary:
      'Public check of a letter by the code of its QR link: number, receiving organisation, validity, status',
    handler: async ({ params }, { models, error }): Promise<LetterVerification> => {
      const { Letter } = sealModels(models);
      const code = params.code ?? '';
      const letter = /^[A-Za-z0-9_-]{10,40}$/.test(code) ? await Letter.findOne({ where: { code } }) : null;
      if (!letter)
        throw error(404, 'LETTER_NOT_FOUND', '未查到该介绍信，请核对二维码 / No letter has this code');
      return verificationView(letter, new Date());
    },
  },
];
