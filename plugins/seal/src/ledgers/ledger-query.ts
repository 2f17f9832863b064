import type { PluginRequest, RouteContext } from '@flowhall/server';
import ExcelJS from 'exceljs';
import { Op, type WhereOptions } from 'sequelize';
import type { LedgerKind, LedgerPage, LedgerRow } from '../api-types';
import { nameBook } from '../http/names';
import { contains, dateParam, oneOf, pageOf, type Paging } from '../http/query';
import { sealModels } from '../registry/models';
import { LEDGERS, LEDGER_KINDS, type LedgerSpec } from './ledger-specs';

export function ledgerSpec(kind: string | undefined, context: RouteContext): LedgerSpec {
  if (!LEDGER_KINDS.includes(kind as LedgerKind))
    throw context.error(
      404,
      'LEDGER_NOT_FOUND',
      `没有这个登记簿 / No such ledger (${LEDGER_KINDS.join(', ')})`,
    );
  return LEDGERS[kind as LedgerKind];
}

/** The filters every ledger shares: a date range (inclusive), unit, status and free text. */
async function filters(
  spec: LedgerSpec,
  query: PluginRequest['query'],
  context: RouteContext,
): Promise<WhereOptions[] | null> {
  const where: WhereOptions[] = [spec.where];
  const from = dateParam(query, 'from', context.error);
  const to = dateParam(query, 'to', context.error);
  if (from) where.push({ [spec.dateAttribute]: { [Op.gte]: from } });
  if (to) where.push({ [spec.dateAttribute]: { [Op.lte]: to } });
  const status = spec.statuses.length ? oneOf(query, 'status', spec.statuses, context.error) : undefined;
  if (status) where.push(spec.statusWhere(status));
  if (query.unit) {
    const unit = await context.directory.findDepartment(query.unit);
    if (!unit) return null;
    where.push({ departmentId: unit.id });
  }
  if (query.q)
    where.push({ [Op.or]: spec.search.map((column) => ({ [column]: { [Op.like]: contains(query.q!) } })) });
  return where;
}

/** One keyset page of a ledger, newest first, with display values and the column titles. */
export async function ledgerPage(
  spec: LedgerSpec,
  query: PluginRequest['query'],
  page: Paging,
  context: RouteContext,
): Promise<LedgerPage> {
  const where = await filters(spec, query, context);
  const base = { kind: spec.kind, title: spec.title, columns: spec.columns };
  if (!where) return { ...base, items: [], nextCursor: null };
  if (page.before) where.push({ id: { [Op.lt]: page.before } });
  const records = await spec
    .model(sealModels(context.models))
    .findAll({ where: { [Op.and]: where }, order: [['id', 'DESC']], limit: page.limit + 1, raw: true });
  const { rows, nextCursor } = pageOf(
    records as unknown as Array<Record<string, unknown> & { id: number }>,
    page.limit,
  );
  const names = await nameBook(
    context.directory,
    rows.flatMap((r) => spec.userIds(r)),
    rows.flatMap((r) => spec.departmentIds(r)),
  );
  const now = new Date();
  return { ...base, items: rows.map((r) => spec.row(r, names, now)), nextCursor };
}

/** Every row the filters select (at most `max`), page by page. */
export async function ledgerRows(
  spec: LedgerSpec,
  query: PluginRequest['query'],
  context: RouteContext,
  max = 20_000,
): Promise<LedgerRow[]> {
  const rows: LedgerRow[] = [];
  let before: number | undefined;
  for (;;) {
    const page = await ledgerPage(spec, query, { before, limit: 500 }, context);
    rows.push(...page.items);
    if (!page.nextCursor || rows.length >= max) return rows.slice(0, max);
    before = Number(page.nextCursor);
  }
}

/** The ledger as an .xlsx workbook: Chinese headers, one row per entry, the filters in the title. */
export async function ledgerWorkbook(spec: LedgerSpec, rows: LedgerRow[], range: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Flowhall';
  const sheet = workbook.addWorksheet(spec.title.slice(0, 31));
  sheet.columns = spec.columns.map((c) => ({
    header: c.title,
    key: c.key,
    width: Math.max(10, c.title.length * 2 + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(row);
  sheet.headerFooter.oddHeader = `&C${spec.title}${range ? `（${range}）` : ''}`;
  const data = await workbook.xlsx.writeBuffer();
  return Buffer.from(data as ArrayBuffer);
}
