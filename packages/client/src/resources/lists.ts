import { queryString, Request } from '../transport';
import type { Box, CaseImportance, CaseStatus, Counts, ListPage } from '@flowhall/schema';

export interface ListQuery {
  limit?: number;
  cursor?: string;
  definitionKey?: string;
  status?: CaseStatus;
  importance?: CaseImportance;
  /** Part of the serial number, the service name or the applicant's name. */
  q?: string;
  /** Arrival dates, `YYYY-MM-DD`, both included. */
  from?: string;
  to?: string;
}

export interface ListsApi {
  list(box: Box, query?: ListQuery): Promise<ListPage>;
  counts(): Promise<Counts>;
}

export function listsApi(request: Request): ListsApi {
  return {
    list: (box, query = {}) => request('GET', `/api/lists/${box}${queryString(query)}`),
    counts: () => request('GET', '/api/lists/counts'),
  };
}
