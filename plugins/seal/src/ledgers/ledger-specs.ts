import { Op, type Model, type ModelStatic, type WhereOptions } from 'sequelize';
import type { LedgerColumn, LedgerKind, LedgerRow } from '../api-types';
import type { NameBook } from '../http/names';
import { CERT_DOCUMENTS, CERT_USAGES } from '../processes/legal-person-cert';
import { ABOLITION_REASONS } from '../processes/seal-abolition';
import { shownStatus, personsOf } from '../letters/letter-views';
import { LETTER_TYPES } from '../processes/intro-letter';
import { validUntil } from '../letters/letter-number';
import type { SealModels } from '../registry/models';
import { sealTypeName } from '../registry/seal-views';

/** Row data of any ledger table (each spec knows its own). */
type Rec = Record<string, unknown> & { id: number };

export interface LedgerSpec {
  kind: LedgerKind;
  title: string;
  columns: LedgerColumn[];
  model(models: SealModels): ModelStatic<Model>;
  /** The attribute the date range applies to (a `YYYY-MM-DD` string column). */
  dateAttribute: string;
  where: WhereOptions;
  search: string[];
  statuses: readonly string[];
  statusWhere(status: string): WhereOptions;
  userIds(r: Rec): Array<number | null>;
  departmentIds(r: Rec): Array<number | null>;
  row(r: Rec, names: NameBook, now: Date): LedgerRow;
}

const labels = (options: unknown): Map<string, string> =>
  new Map((options as Array<{ value: string; label: string }>).map((o) => [o.value, o.label]));
const DOCS = labels(CERT_DOCUMENTS);
const USAGES = labels(CERT_USAGES);
const REASONS = labels(ABOLITION_REASONS);
const LETTER_TYPE_NAMES = labels(LETTER_TYPES);
const DISPOSALS = new Map([
  ['destroyed', '销毁'],
  ['archived', '封存归档'],
  ['lost', '遗失（无实物）'],
]);
const SEAL_STATUS = new Map([
  ['in-use', '在用'],
  ['out', '已带出'],
  ['abolished', '已废止'],
]);
const LETTER_STATUS = new Map([
  ['issued', '已开具'],
  ['used', '已使用'],
  ['void', '已作废'],
  ['expired', '已过期'],
]);
const LOAN_STATUS = new Map([
  ['handed-over', '已交付'],
  ['lent', '借出未还'],
  ['returned', '已归还'],
]);

const TIME = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const time = (value: unknown): string =>
  value ? TIME.format(new Date(value as string)).replace(/\//g, '-') : '';
const str = (value: unknown): string | null => (value === null || value === undefined ? null : String(value));
const num = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));
const listOf = (value: unknown, names: Map<string, string>): string =>
  String(value ?? '')
    .split(',')
    .filter(Boolean)
    .map((k) => names.get(k) ?? k)
    .join('、');
const yes = (value: unknown): string => (value === true || value === 1 ? '是' : '否');
const n = (r: Rec, key: string) => r[key] as number | null;

const cols = (pairs: Array<[string, string]>): LedgerColumn[] =>
  pairs.map(([key, title]) => ({ key, title }));

export const LEDGERS: Record<LedgerKind, LedgerSpec> = {
  'seal-uses': {
    kind: 'seal-uses',
    title: '用印登记簿',
    columns: cols([
      ['usedAt', '用印时间'],
      ['serialNo', '流水号'],
      ['unit', '用印单位'],
      ['sealName', '印章名称'],
      ['sealType', '印章类型'],
      ['requestedCount', '申请次数'],
      ['stampedCopies', '实际盖章份数'],
      ['positions', '用章位置'],
      ['reason', '用印事由'],
      ['handler', '经办人'],
      ['custodian', '印章管理员'],
      ['takenOut', '是否带出'],
      ['returnedOn', '归还日期'],
    ]),
    model: (m) => m.SealUse as unknown as ModelStatic<Model>,
    dateAttribute: 'usedOn',
    where: {},
    search: ['sealName', 'reason', 'serialNo', 'handlerName'],
    statuses: ['out', 'returned'],
    statusWhere: (s) =>
      s === 'out' ? { takenOut: true, returnedOn: null } : { takenOut: true, returnedOn: { [Op.ne]: null } },
    userIds: (r) => [n(r, 'custodianUserId')],
    departmentIds: (r) => [n(r, 'departmentId')],
    row: (r, names) => ({
      id: r.id,
      usedAt: time(r.usedAt),
      serialNo: str(r.serialNo),
      unit: names.department(n(r, 'departmentId'))?.name ?? null,
      sealName: str(r.sealName),
      sealType: sealTypeName(String(r.sealType)),
      requestedCount: num(r.requestedCount),
      stampedCopies: num(r.stampedCopies),
      positions: str(r.positions),
      reason: str(r.reason),
      handler: str(r.handlerName),
      custodian: names.user(n(r, 'custodianUserId'))?.name ?? null,
      takenOut: yes(r.takenOut),
      returnedOn: str(r.returnedOn),
    }),
  },
  engravings: {
    kind: 'engravings',
    title: '印章刻制登记簿',
    columns: cols([
      ['activatedOn', '启用日期'],
      ['serialNo', '流水号'],
      ['sealName', '印章名称'],
      ['sealType', '印章类型'],
      ['unit', '所属单位'],
      ['policeFilingNo', '公安备案编号'],
      ['engraver', '刻制单位'],
      ['engravedOn', '刻制日期'],
      ['custodian', '保管人'],
      ['supervisor', '监督人'],
      ['status', '当前状态'],
    ]),
    model: (m) => m.Seal as unknown as ModelStatic<Model>,
    dateAttribute: 'activatedOn',
    where: { engravingCaseId: { [Op.ne]: null } },
    search: ['name', 'policeFilingNo', 'engravingSerialNo'],
    statuses: ['in-use', 'out', 'abolished'],
    statusWhere: (s) => ({ status: s }),
    userIds: (r) => [n(r, 'custodianUserId'), n(r, 'supervisorUserId')],
    departmentIds: (r) => [n(r, 'departmentId')],
    row: (r, names) => ({
      id: r.id,
      activatedOn: str(r.activatedOn),
      serialNo: str(r.engravingSerialNo),
      sealName: str(r.name),
      sealType: sealTypeName(String(r.sealType)),
      unit: names.department(n(r, 'departmentId'))?.name ?? null,
      policeFilingNo: str(r.policeFilingNo),
      engraver: str(r.engraver),
      engravedOn: str(r.engravedOn),
      custodian: names.user(n(r, 'custodianUserId'))?.name ?? null,
      supervisor: names.user(n(r, 'supervisorUserId'))?.name ?? null,
      status: SEAL_STATUS.get(String(r.status)) ?? str(r.status),
    }),
  },
  abolitions: {
    kind: 'abolitions',
    title: '印章废止登记簿',
    columns: cols([
      ['abolishedOn', '废止日期'],
      ['serialNo', '流水号'],
      ['sealName', '印章名称'],
      ['sealType', '印章类型'],
      ['unit', '所属单位'],
      ['reason', '废止原因'],
      ['disposal', '处置方式'],
      ['deregistrationNo', '公安注销备案编号'],
      ['custodian', '原保管人'],
    ]),
    model: (m) => m.Seal as unknown as ModelStatic<Model>,
    dateAttribute: 'abolishedOn',
    where: { status: 'abolished' },
    search: ['name', 'policeDeregistrationNo', 'abolitionSerialNo'],
    statuses: [],
    statusWhere: () => ({}),
    userIds: (r) => [n(r, 'custodianUserId')],
    departmentIds: (r) => [n(r, 'departmentId')],
    row: (r, names) => ({
      id: r.id,
      abolishedOn: str(r.abolishedOn),
      serialNo: str(r.abolitionSerialNo),
      sealName: str(r.name),
      sealType: sealTypeName(String(r.sealType)),
      unit: names.department(n(r, 'departmentId'))?.name ?? null,
      reason: REASONS.get(String(r.abolitionReason)) ?? str(r.abolitionReason),
      disposal: DISPOSALS.get(String(r.disposal)) ?? str(r.disposal),
      deregistrationNo: str(r.policeDeregistrationNo),
      custodian: names.user(n(r, 'custodianUserId'))?.name ?? null,
    }),
  },
  letters: {
    kind: 'letters',
    title: '介绍信登记簿',
    columns: cols([
      ['issuedOn', '开具日期'],
      ['letterNo', '介绍信编号'],
      ['serialNo', '流水号'],
      ['letterType', '类型'],
      ['receivingOrg', '接收单位'],
      ['persons', '被介绍人'],
      ['purpose', '事由'],
      ['validDays', '有效期（天）'],
      ['validUntil', '有效期至'],
      ['unit', '申请单位'],
      ['applicant', '申请人'],
      ['issuer', '开具人'],
      ['status', '状态'],
    ]),
    model: (m) => m.Letter as unknown as ModelStatic<Model>,
    dateAttribute: 'issuedOn',
    where: {},
    search: ['letterNo', 'receivingOrg', 'purpose', 'serialNo'],
    statuses: ['issued', 'used', 'void'],
    statusWhere: (s) => ({ status: s }),
    userIds: (r) => [n(r, 'applicantUserId'), n(r, 'issuerUserId')],
    departmentIds: (r) => [n(r, 'departmentId')],
    row: (r, names, now) => ({
      id: r.id,
      issuedOn: str(r.issuedOn),
      letterNo: str(r.letterNo),
      serialNo: str(r.serialNo),
      letterType: LETTER_TYPE_NAMES.get(String(r.letterType)) ?? str(r.letterType),
      receivingOrg: str(r.receivingOrg),
      persons: personsOf({ persons: String(r.persons) })
        .map((p) => `${p.name}（${p.position}）${p.count > 1 ? `等${p.count}人` : ''}`)
        .join('；'),
      purpose: str(r.purpose),
      validDays: num(r.validDays),
      validUntil: validUntil(String(r.issuedOn), Number(r.validDays)),
      unit: names.department(n(r, 'departmentId'))?.name ?? null,
      applicant: names.user(n(r, 'applicantUserId'))?.name ?? null,
      issuer: names.user(n(r, 'issuerUserId'))?.name ?? null,
      status:
        LETTER_STATUS.get(
          shownStatus(
            { status: r.status as 'issued', issuedOn: String(r.issuedOn), validDays: Number(r.validDays) },
            now,
          ),
        ) ?? null,
    }),
  },
  'cert-loans': {
    kind: 'cert-loans',
    title: '法人证书及法定代表人身份证使用登记簿',
    columns: cols([
      ['handedOn', '交付日期'],
      ['serialNo', '流水号'],
      ['documents', '使用证件'],
      ['usage', '使用方式'],
      ['copies', '份数'],
      ['receivingOrg', '提交单位'],
      ['purpose', '用途'],
      ['handler', '经办人'],
      ['unit', '申请单位'],
      ['lent', '是否借出原件'],
      ['borrowDate', '借出日期'],
      ['dueDate', '应还日期'],
      ['returnedOn', '归还日期'],
      ['status', '状态'],
    ]),
    model: (m) => m.CertLoan as unknown as ModelStatic<Model>,
    dateAttribute: 'handedOn',
    where: {},
    search: ['receivingOrg', 'purpose', 'serialNo', 'handlerName'],
    statuses: ['handed-over', 'lent', 'returned'],
    statusWhere: (s) => ({ status: s }),
    userIds: () => [],
    departmentIds: (r) => [n(r, 'departmentId')],
    row: (r, names) => ({
      id: r.id,
      handedOn: str(r.handedOn),
      serialNo: str(r.serialNo),
      documents: listOf(r.documents, DOCS),
      usage: listOf(r.usage, USAGES),
      copies: num(r.copies),
      receivingOrg: str(r.receivingOrg),
      purpose: str(r.purpose),
      handler: str(r.handlerName),
      unit: names.department(n(r, 'departmentId'))?.name ?? null,
      lent: yes(r.lent),
      borrowDate: str(r.borrowDate),
      dueDate: str(r.dueDate),
      returnedOn: str(r.returnedOn),
      status: LOAN_STATUS.get(String(r.status)) ?? str(r.status),
    }),
  },
};

export const LEDGER_KINDS = Object.keys(LEDGERS) as LedgerKind[];
