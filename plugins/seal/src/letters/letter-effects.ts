import type { CaseEvent, HookContext } from '@flowhall/server';
import { completed, departmentOf, formDate, formNumber, formText } from '../effects/event-parts';
import { sealModels } from '../registry/models';
import { drawLetterNumber, verificationCode } from './letter-number';

const personsOf = (value: unknown): Array<{ name: string; position: string; count: number }> =>
  Array.isArray(value)
    ? value
        .filter((p): p is Record<string, unknown> => !!p && typeof p === 'object')
        .map((p) => ({
          name: String(p.name ?? '').slice(0, 30),
          position: String(p.position ?? '').slice(0, 30),
          count: typeof p.count === 'number' ? p.count : 1,
        }))
    : [];

/**
 * Introduction letter, the office's issue step completed: the letter gets the next number of the
 * issue year and a verification code, in the same transaction as the action.
 */
export async function issueLetter(event: CaseEvent, context: HookContext): Promise<void> {
  if (!completed(event)) return;
  const { Letter } = sealModels(context.models);
  const { transaction } = context;
  if (await Letter.findOne({ where: { caseId: event.caseId }, transaction }))
    throw context.error(409, 'LETTER_ALREADY_ISSUED', '该申请已开具介绍信 / A letter was already issued');
  const issuedOn = formDate(event, 'issuedAt');
  const number = await drawLetterNumber(context.sequelize, transaction, Number(issuedOn.slice(0, 4)));
  await Letter.create(
    {
      caseId: event.caseId,
      serialNo: event.serialNo,
      year: number.year,
      seq: number.seq,
      letterNo: number.letterNo,
      code: verificationCode(),
      letterType: formText(event, 'letterType', 20) ?? 'other',
      receivingOrg: formText(event, 'receivingOrg', 100) ?? '',
      persons: JSON.stringify(personsOf(event.form.persons)),
      purpose: formText(event, 'purpose', 300) ?? '',
      validDays: Math.max(1, Math.min(30, formNumber(event, 'validDays') ?? 15)),
      issuedOn,
      departmentId: await departmentOf(event, 'applyingUnit', context),
      applicantUserId: event.applicantId,
      issuerUserId: event.actorId,
      contactName: formText(event, 'contactName', 60),
      contactMobile: formText(event, 'contactMobile', 20),
      status: 'issued',
    },
    { transaction },
  );
}
