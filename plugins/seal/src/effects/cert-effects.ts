import type { CaseEvent, HookContext } from '@flowhall/server';
import { sealModels } from '../registry/models';
import { completed, departmentOf, formDate, formNumber, formText } from './event-parts';

const keys = (value: unknown): string =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').join(',') : '';

const optionalDate = (event: CaseEvent, field: string): string | null => {
  const value = event.form[field];
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : null;
};

/**
 * Legal-person certificate, the office's handover completed: a line in the certificate register;
 * a lent original stays `lent` with its due date until the return confirmation.
 */
export async function recordCertHandover(event: CaseEvent, context: HookContext): Promise<void> {
  if (!completed(event)) return;
  const { CertLoan } = sealModels(context.models);
  const { transaction } = context;
  const lent = Array.isArray(event.form.usage) && event.form.usage.includes('lend');
  await CertLoan.create(
    {
      caseId: event.caseId,
      serialNo: event.serialNo,
      documents: keys(event.form.documents),
      usage: keys(event.form.usage),
      copies: formNumber(event, 'handedCopies') ?? formNumber(event, 'copies'),
      receivingOrg: formText(event, 'receivingOrg', 100),
      purpose: formText(event, 'purpose', 300),
      watermark: formText(event, 'watermarkText', 200),
      handlerName: formText(event, 'handler', 60),
      departmentId: await departmentOf(event, 'applyingUnit', context),
      applicantUserId: event.applicantId,
      handedByUserId: event.actorId,
      handedOn: formDate(event, 'handedOverAt'),
      lent,
      borrowDate: lent ? (optionalDate(event, 'borrowDate') ?? formDate(event, 'handedOverAt')) : null,
      dueDate: lent ? optionalDate(event, 'returnDate') : null,
      status: lent ? 'lent' : 'handed-over',
    },
    { transaction },
  );
}

/** The return confirmation closes the loan. */
export async function closeCertLoan(event: CaseEvent, context: HookContext): Promise<void> {
  if (!completed(event)) return;
  const { CertLoan } = sealModels(context.models);
  const { transaction } = context;
  const loan = await CertLoan.findOne({ where: { caseId: event.caseId }, transaction });
  if (!loan)
    throw context.error(409, 'LOAN_NOT_FOUND', '没有该申请的借出登记 / No loan was recorded for this case');
  await loan.update(
    { status: 'returned', returnedOn: formDate(event, 'returnedAt'), returnedByUserId: event.actorId },
    { transaction },
  );
}
