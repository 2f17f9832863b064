import { queryString, Request } from '../transport';
import type { Box, CaseStatus, Counts, ListPage } from '@flowhall/schema';

export interface ListsApi {
  list(
    box: Box,
    query?: { limit?: number; cursor?: string; definitionKey?: string; status?: CaseStatus },
  ): Promise<ListPage>;
  counts(): Promise<Counts>;
}

export function listsApi(request: Request): ListsApi {
  return {
    list: (box, query = {}) => request('GET', `/api/lists/${box}${queryString(query)}`),
    counts: () => request('GET', '/api/lists/counts'),
  };
}
