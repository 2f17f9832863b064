/**
 * The shapes the seal plugin's HTTP routes answer (`/api/plugins/seal/...`). Types only: the
 * server part and the browser part (`./client`) both use them.
 */

export type SealStatusKey = 'in-use' | 'out' | 'abolished';
export type LetterStatusKey = 'issued' | 'used' | 'void' | 'expired';
export type CertLoanStatusKey = 'handed-over' | 'lent' | 'returned';
export type LedgerKind = 'seal-uses' | 'engravings' | 'abolitions' | 'letters' | 'cert-loans';

export interface NamedRef {
  id: number;
  name: string;
}

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface SealView {
  id: number;
  name: string;
  sealType: string;
  sealTypeName: string;
  department: NamedRef | null;
  custodian: NamedRef | null;
  supervisor: NamedRef | null;
  status: SealStatusKey;
  impressionFileId: string | null;
  policeFilingNo: string | null;
  engraver: string | null;
  engravedOn: string | null;
  activatedOn: string | null;
  engravingCaseId: number | null;
  abolitionCaseId: number | null;
  abolishedOn: string | null;
  abolitionReason: string | null;
  disposal: string | null;
  policeDeregistrationNo: string | null;
}

export type SealEventKindKey = 'registered' | 'engraved' | 'used' | 'taken-out' | 'returned' | 'abolished';

export interface SealEventView {
  id: number;
  kind: SealEventKindKey;
  caseId: number | null;
  serialNo: string | null;
  actor: NamedRef | null;
  note: string | null;
  at: string;
}

export interface SealDetail extends SealView {
  history: SealEventView[];
}

/** A seal the picker offers (in use only); `id` is a string as form data stores it. */
export interface PickerSeal {
  id: string;
  name: string;
  sealType: string;
  sealTypeName: string;
  department: NamedRef | null;
}

export interface SealListQuery {
  unit?: string | number;
  type?: string;
  status?: SealStatusKey;
  q?: string;
  cursor?: string;
  limit?: number;
}

export interface LetterPerson {
  name: string;
  position: string;
  count: number;
}

export interface LetterView {
  id: number;
  caseId: number;
  serialNo: string | null;
  letterNo: string;
  code: string;
  letterType: string;
  letterTypeName: string;
  receivingOrg: string;
  persons: LetterPerson[];
  purpose: string;
  validDays: number;
  issuedOn: string;
  validUntil: string;
  department: NamedRef | null;
  applicant: NamedRef | null;
  issuer: NamedRef | null;
  contactName: string | null;
  contactMobile: string | null;
  status: LetterStatusKey;
}

/** What the public verification page may show: nothing about the persons or the purpose. */
export interface LetterVerification {
  letterNo: string;
  receivingOrg: string;
  issuedOn: string;
  validDays: number;
  validUntil: string;
  status: LetterStatusKey;
  issuer: string;
}

export interface LedgerQuery {
  from?: string;
  to?: string;
  unit?: string | number;
  q?: string;
  status?: string;
  cursor?: string;
  limit?: number;
}

/** One ledger row: column key -> display value (the Excel export writes the same columns). */
export type LedgerRow = Record<string, string | number | null> & { id: number };

export interface LedgerColumn {
  key: string;
  title: string;
}

export interface LedgerPage extends Page<LedgerRow> {
  kind: LedgerKind;
  title: string;
  columns: LedgerColumn[];
}
