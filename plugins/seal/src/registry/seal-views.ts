import type { SealEventView, SealView } from '../api-types';
import type { NameBook } from '../http/names';
import { findSealType } from '../seal-types';
import type { SealAttributes, SealEventAttributes } from './models';

export const sealTypeName = (key: string): string => findSealType(key)?.name ?? key;

export function sealView(seal: SealAttributes, names: NameBook): SealView {
  return {
    id: seal.id,
    name: seal.name,
    sealType: seal.sealType,
    sealTypeName: sealTypeName(seal.sealType),
    department: names.department(seal.departmentId),
    custodian: names.user(seal.custodianUserId),
    supervisor: names.user(seal.supervisorUserId),
    status: seal.status,
    impressionFileId: seal.impressionFileId,
    policeFilingNo: seal.policeFilingNo,
    engraver: seal.engraver,
    engravedOn: seal.engravedOn,
    activatedOn: seal.activatedOn,
    engravingCaseId: seal.engravingCaseId,
    abolitionCaseId: seal.abolitionCaseId,
    abolishedOn: seal.abolishedOn,
    abolitionReason: seal.abolitionReason,
    disposal: seal.disposal,
    policeDeregistrationNo: seal.policeDeregistrationNo,
  };
}

export const eventView = (event: SealEventAttributes, names: NameBook): SealEventView => ({
  id: event.id,
  kind: event.kind,
  caseId: event.caseId,
  serialNo: event.serialNo,
  actor: names.user(event.actorUserId),
  note: event.note,
  at: new Date(event.at).toISOString(),
});
