import type { CaseEvent, HookContext } from '@flowhall/server';
import { sealModels } from '../registry/models';
import { pickedSealId } from '../registry/picked-seals';
import { completed, departmentOf, formDate, formFiles, formNumber, formText, userOf } from './event-parts';

/**
 * Engraving, activation step completed: the new seal(s) enter the registry in use, with the police
 * filing number, engraver and impression image the office recorded at the engraving step.
 */
export async function registerEngravedSeals(event: CaseEvent, context: HookContext): Promise<void> {
  if (!completed(event)) return;
  const { Seal, SealEvent } = sealModels(context.models);
  const { transaction } = context;
  const quantity = Math.max(1, Math.min(10, formNumber(event, 'quantity') ?? 1));
  const departmentId = await departmentOf(event, 'applyingUnit', context);
  const custodianUserId = await userOf(event, 'custodian', context);
  const supervisorUserId = await userOf(event, 'supervisor', context);
  for (let i = 0; i < quantity; i += 1) {
    const seal = await Seal.create(
      {
        name: formText(event, 'sealName', 100) ?? '',
        sealType: formText(event, 'sealType', 20) ?? 'department',
        departmentId,
        custodianUserId,
        supervisorUserId,
        impressionFileId: formFiles(event, 'impressionImage')[0] ?? null,
        status: 'in-use',
        policeFilingNo: formText(event, 'policeFilingNo', 60),
        engraver: formText(event, 'engraver', 100),
        engravedOn: formDate(event, 'engravedAt'),
        activatedOn: formDate(event, 'activatedAt'),
        engravingCaseId: event.caseId,
        engravingSerialNo: event.serialNo,
      },
      { transaction },
    );
    await SealEvent.create(
      {
        sealId: seal.id,
        kind: 'engraved',
        caseId: event.caseId,
        serialNo: event.serialNo,
        actorUserId: event.actorId,
        note: quantity > 1 ? `第${i + 1}枚，共${quantity}枚` : formText(event, 'activationNote', 300),
        at: event.at,
      },
      { transaction },
    );
  }
}

/** Abolition, surrender step completed: the seal is abolished and leaves the picker for good. */
export async function abolishSeal(event: CaseEvent, context: HookContext): Promise<void> {
  if (!completed(event)) return;
  const { Seal, SealEvent } = sealModels(context.models);
  const { transaction } = context;
  const rows = Array.isArray(event.form.seal) ? (event.form.seal as Array<{ sealId?: unknown }>) : [];
  for (const row of rows) {
    const id = row && pickedSealId(row);
    const seal = id === undefined ? null : await Seal.findByPk(id, { transaction });
    if (!seal)
      throw context.error(409, 'SEAL_NOT_FOUND', '所选印章不在印章台账中 / The seal is not in the registry');
    if (seal.status === 'abolished')
      throw context.error(
        409,
        'SEAL_ALREADY_ABOLISHED',
        `“${seal.name}”已废止 / The seal is already abolished`,
      );
    if (seal.status === 'out')
      throw context.error(
        409,
        'SEAL_OUT',
        `“${seal.name}”尚未归还，归还后才能废止 / The seal must come back first`,
      );
    await seal.update(
      {
        status: 'abolished',
        abolitionCaseId: event.caseId,
        abolitionSerialNo: event.serialNo,
        abolishedOn: formDate(event, 'disposedAt'),
        abolitionReason: formText(event, 'abolitionReason', 20),
        disposal: formText(event, 'disposal', 20),
        policeDeregistrationNo: formText(event, 'policeDeregistrationNo', 60),
      },
      { transaction },
    );
    await SealEvent.create(
      {
        sealId: seal.id,
        kind: 'abolished',
        caseId: event.caseId,
        serialNo: event.serialNo,
        actorUserId: event.actorId,
        note: formText(event, 'surrenderNote', 300),
        at: event.at,
      },
      { transaction },
    );
  }
}
