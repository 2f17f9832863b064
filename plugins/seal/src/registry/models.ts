import { DataTypes, type Model, type ModelStatic, type Sequelize } from 'sequelize';

/** A seal in the registry: in use, out of the office (taken out for a use) or abolished. */
export type SealStatus = 'in-use' | 'out' | 'abolished';
export const SEAL_STATUSES: readonly SealStatus[] = ['in-use', 'out', 'abolished'];

/** What happened to a seal: each entry of its history names the case that did it. */
export type SealEventKind = 'registered' | 'engraved' | 'used' | 'taken-out' | 'returned' | 'abolished';

export type LetterStatus = 'issued' | 'used' | 'void';
/** What readers see: a letter still `issued` after its validity has `expired`. */
export type LetterShownStatus = LetterStatus | 'expired';

export type CertLoanStatus = 'handed-over' | 'lent' | 'returned';

export interface SealAttributes {
  id: number;
  name: string;
  sealType: string;
  departmentId: number | null;
  custodianUserId: number | null;
  supervisorUserId: number | null;
  impressionFileId: string | null;
  status: SealStatus;
  policeFilingNo: string | null;
  engraver: string | null;
  engravedOn: string | null;
  activatedOn: string | null;
  engravingCaseId: number | null;
  engravingSerialNo: string | null;
  abolitionCaseId: number | null;
  abolitionSerialNo: string | null;
  abolishedOn: string | null;
  abolitionReason: string | null;
  disposal: string | null;
  policeDeregistrationNo: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface SealEventAttributes {
  id: number;
  sealId: number;
  kind: SealEventKind;
  caseId: number | null;
  serialNo: string | null;
  actorUserId: number | null;
  note: string | null;
  at: Date;
}

export interface SealUseAttributes {
  id: number;
  caseId: number;
  serialNo: string | null;
  sealId: number;
  sealName: string;
  sealType: string;
  departmentId: number | null;
  applicantUserId: number | null;
  custodianUserId: number | null;
  handlerName: string | null;
  reason: string | null;
  requestedCount: number | null;
  positions: string | null;
  stampedCopies: number | null;
  /** JSON array of file ids (the stamped pages' scans, R31). */
  scanFileIds: string | null;
  takenOut: boolean;
  returnedOn: string | null;
  usedOn: string;
  usedAt: Date;
}

export interface LetterAttributes {
  id: number;
  caseId: number;
  serialNo: string | null;
  year: number;
  seq: number;
  letterNo: string;
  code: string;
  letterType: string;
  receivingOrg: string;
  /** JSON array of `{ name, position, count }`. */
  persons: string;
  purpose: string;
  validDays: number;
  issuedOn: string;
  departmentId: number | null;
  applicantUserId: number | null;
  issuerUserId: number | null;
  contactName: string | null;
  contactMobile: string | null;
  status: LetterStatus;
  statusUserId: number | null;
  statusChangedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface CertLoanAttributes {
  id: number;
  caseId: number;
  serialNo: string | null;
  /** Comma-separated keys of CERT_DOCUMENTS / CERT_USAGES. */
  documents: string;
  usage: string;
  copies: number | null;
  receivingOrg: string | null;
  purpose: string | null;
  watermark: string | null;
  handlerName: string | null;
  departmentId: number | null;
  applicantUserId: number | null;
  handedByUserId: number | null;
  handedOn: string;
  lent: boolean;
  borrowDate: string | null;
  dueDate: string | null;
  returnedOn: string | null;
  returnedByUserId: number | null;
  status: CertLoanStatus;
  createdAt: Date;
  updatedAt: Date;
}

type Row<T extends object> = Model<T, Partial<T>> & T;

export interface SealModels {
  Seal: ModelStatic<Row<SealAttributes>>;
  SealEvent: ModelStatic<Row<SealEventAttributes>>;
  SealUse: ModelStatic<Row<SealUseAttributes>>;
  Letter: ModelStatic<Row<LetterAttributes>>;
  CertLoan: ModelStatic<Row<CertLoanAttributes>>;
}

// Fresh objects per attribute: Sequelize writes into attribute definitions, so none is shared.
const id = () => ({ type: DataTypes.INTEGER, primaryKey: true, autoIncrement: true });
const text = () => ({ type: DataTypes.STRING });
const num = () => ({ type: DataTypes.INTEGER });
const options = (tableName: string, timestamps = true) => ({ tableName, underscored: true, timestamps });

/** Defines the plugin's models on the server's Sequelize instance (setup.defineModels). */
export function defineSealModels(sequelize: Sequelize): SealModels {
  const Seal = sequelize.define<Row<SealAttributes>>(
    'SealSeal',
    {
      id: id(),
      name: text(),
      sealType: text(),
      departmentId: num(),
      custodianUserId: num(),
      supervisorUserId: num(),
      impressionFileId: text(),
      status: text(),
      policeFilingNo: text(),
      engraver: text(),
      engravedOn: text(),
      activatedOn: text(),
      engravingCaseId: num(),
      engravingSerialNo: text(),
      abolitionCaseId: num(),
      abolitionSerialNo: text(),
      abolishedOn: text(),
      abolitionReason: text(),
      disposal: text(),
      policeDeregistrationNo: text(),
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    options('seal_seals'),
  );
  const SealEvent = sequelize.define<Row<SealEventAttributes>>(
    'SealEvent',
    {
      id: id(),
      sealId: num(),
      kind: text(),
      caseId: num(),
      serialNo: text(),
      actorUserId: num(),
      note: text(),
      at: DataTypes.DATE,
    },
    options('seal_events', false),
  );
  const SealUse = sequelize.define<Row<SealUseAttributes>>(
    'SealUse',
    {
      id: id(),
      caseId: num(),
      serialNo: text(),
      sealId: num(),
      sealName: text(),
      sealType: text(),
      departmentId: num(),
      applicantUserId: num(),
      custodianUserId: num(),
      handlerName: text(),
      reason: text(),
      requestedCount: num(),
      positions: text(),
      stampedCopies: num(),
      scanFileIds: DataTypes.TEXT,
      takenOut: DataTypes.BOOLEAN,
      returnedOn: text(),
      usedOn: text(),
      usedAt: DataTypes.DATE,
    },
    options('seal_uses', false),
  );
  const Letter = sequelize.define<Row<LetterAttributes>>(
    'SealLetter',
    {
      id: id(),
      caseId: num(),
      serialNo: text(),
      year: num(),
      seq: num(),
      letterNo: text(),
      code: text(),
      letterType: text(),
      receivingOrg: text(),
      persons: DataTypes.TEXT,
      purpose: text(),
      validDays: num(),
      issuedOn: text(),
      departmentId: num(),
      applicantUserId: num(),
      issuerUserId: num(),
      contactName: text(),
      contactMobile: text(),
      status: text(),
      statusUserId: num(),
      statusChangedAt: DataTypes.DATE,
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    options('seal_letters'),
  );
  const CertLoan = sequelize.define<Row<CertLoanAttributes>>(
    'SealCertLoan',
    {
      id: id(),
      caseId: num(),
      serialNo: text(),
      documents: text(),
      usage: text(),
      copies: num(),
      receivingOrg: text(),
      purpose: text(),
      watermark: text(),
      handlerName: text(),
      departmentId: num(),
      applicantUserId: num(),
      handedByUserId: num(),
      handedOn: text(),
      lent: DataTypes.BOOLEAN,
      borrowDate: text(),
      dueDate: text(),
      returnedOn: text(),
      returnedByUserId: num(),
      status: text(),
      createdAt: DataTypes.DATE,
      updatedAt: DataTypes.DATE,
    },
    options('seal_cert_loans'),
  );
  return { Seal, SealEvent, SealUse, Letter, CertLoan };
}

/** The plugin's models out of the registry's record of every plugin's models. */
export const sealModels = (models: Record<string, ModelStatic<Model>>): SealModels =>
  ({
    Seal: models.SealSeal,
    SealEvent: models.SealEvent,
    SealUse: models.SealUse,
    Letter: models.SealLetter,
    CertLoan: models.SealCertLoan,
  }) as unknown as SealModels;

/** The record `setup.defineModels` expects, under the names `sealModels` reads back. */
export const modelRecord = (m: SealModels): Record<string, ModelStatic<Model>> =>
  ({
    SealSeal: m.Seal,
    SealEvent: m.SealEvent,
    SealUse: m.SealUse,
    SealLetter: m.Letter,
    SealCertLoan: m.CertLoan,
  }) as unknown as Record<string, ModelStatic<Model>>;
