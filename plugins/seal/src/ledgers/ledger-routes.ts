import type { PluginRoute } from '@flowhall/server';
import { OFFICE_ROLES, paging } from '../http/query';
import { ledgerPage, ledgerRows, ledgerSpec, ledgerWorkbook } from './ledger-query';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Ledgers (登记簿): seal uses, engravings, abolitions, letters, certificate loans. Office only. */
export const ledgerRoutes: PluginRoute[] = [
  {
    method: 'GET',
    path: '/ledgers/:kind',
    access: { roles: OFFICE_ROLES },
    summary:
      'A ledger page (seal-uses, engravings, abolitions, letters, cert-loans) with date range and filters',
    handler: async ({ params, query }, context) =>
      ledgerPage(ledgerSpec(params.kind, context), query, paging(query, context.error), context),
  },
  {
    method: 'GET',
    path: '/ledgers/:kind/export',
    access: { roles: OFFICE_ROLES },
    summary: 'A ledger as an Excel workbook (.xlsx, Chinese headers), with the same filters',
    handler: async ({ params, query }, context) => {
      const spec = ledgerSpec(params.kind, context);
      const rows = await ledgerRows(spec, query, context);
      const range = [query.from, query.to].some(Boolean) ? `${query.from ?? ''}至${query.to ?? ''}` : '';
      const body = await ledgerWorkbook(spec, rows, range);
      return context.file(`${spec.title}${range ? `-${range}` : ''}.xlsx`, XLSX, body);
    },
  },
];
