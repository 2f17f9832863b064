import type { CaseEvent, HookContext } from '@flowhall/server';
import { sealModels } from '../registry/models';
import { pickedSealId } from '../registry/picked-seals';
import { completed, departmentOf, formDate, formFiles, formNumber, formText, localDate } from './event-parts';

interface SealRow {
  sealId?: unknown;
  count?: unknown;
  positions?: unknown;
}

/**
 * Seal use, the custodian's handling step completed: one line per seal in the use ledger
 * (用印登记簿: case, seal, copies actually stamped, scans, handler, custodian, time — R20, R31).
 * A seal taken out of the office is marked out until the return confirmation.
 */
export async function recordSealUse(event: CaseEvent, context: HookContext): Promise<void> {
  if (!completed(event)) return;
  const { Seal, SealEvent, SealUse } = sealModels(context.models);
  const { transaction } = context;
  const takenOut = event.form.takeOut === true;
  const departmentId = await departmentOf(event, 'usingUnit', context);
  const rows = Array.isArray(event.form.seals) ? (event.form.seals as SealRow[]) : [];
  for (const row of rows) {
    const id = row && pickedSealId(row);
    const seal = id === undefined ? null : await Seal.findByPk(id, { transaction });
    if (!seal)
      throw context.error(409, 'SEAL_NOT_FOUND', '所选印章不在印章台账中 / The seal is not in the registry');
    if (seal.status !== 'in-use')
      throw context.error(
        409,
        'SEAL_NOT_IN_USE',
        `“${seal.name}”当前不可用（已废止或已带出），不能盖章 / The seal is not available for stamping`,
        { sealId: seal.id, status: seal.status },
      );
    await SealUse.create(
      {
        caseId: event.caseId,
        serialNo: event.serialNo,
        sealId: seal.id,
        sealName: seal.name,
        sealType: seal.sealType,
        departmentId,
        applicantUserId: event.applicantId,
        custodianUserId: event.actorId,
        handlerName: formText(event, 'handler', 60),
        reason: formText(event, 'reason', 500),
        requestedCount: typeof row.count === 'number' ? row.count : null,
        positions: typeof row.positions === 'string' ? row.positions.slice(0, 200) : null,
        stampedCopies: formNumber(event, 'stampedCopies'),
        scanFileIds: JSON.stringify(formFiles(event, 'stampedScans')),
        takenOut,
        usedOn: localDate(event.at),
        usedAt: event.at,
      },
      { transaction },
    );
    const base = {
      sealId: seal.id,
      caseId: event.caseId,
      serialNo: event.serialNo,
      actorUserId: event.actorId,
      at: event.at,
    };
    await SealEvent.create(
      { ...base, kind: 'used', note: formText(event, 'stampNote', 300) },
      { transaction },
    );
    if (takenOut) {
      await seal.update({ status: 'out' }, { transaction });
      await SealEvent.create(
        { ...base, kind: 'taken-out', note: formText(event, 'takeOutReason', 300) },
        { transaction },
      );
    }
  }
}

/** Seal use, return confirmation completed: the seals taken out are back in use. */
export async function confirmSealReturn(event: CaseEvent, context: HookContext): Promise<void> {
  if (!completed(event)) return;
  const { Seal, SealEvent, SealUse } = sealModels(context.models);
  const { transaction } = context;
  const returnedOn = formDate(event, 'returnedAt');
  const uses = await SealUse.findAll({ where: { caseId: event.caseId, takenOut: true }, transaction });
  for (const use of uses) {
    await use.update({ returnedOn }, { transaction });
    const seal = await Seal.findByPk(use.sealId, { transaction });
    if (!seal || seal.status !== 'out') continue;
    await seal.update({ status: 'in-use' }, { transaction });
    await SealEvent.create(
      {
        sealId: seal.id,
        kind: 'returned',
        caseId: event.caseId,
        serialNo: event.serialNo,
        actorUserId: event.actorId,
        note: formText(event, 'returnNote', 300),
        at: event.at,
      },
      { transaction },
    );
  }
}
