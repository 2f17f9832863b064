import { queryString, Request } from '../transport';
import type { CaseStatus } from './cases';

export type Box = 'todo' | 'done' | 'cc' | 'mine' | 'supervised';

export interface ListItem {
  caseId: number;
  serialNo: string | null;
  definition: { key: string; name: string };
  applicant: { id: number; name: string };
  caseStatus: CaseStatus;
  currentStep: string | null;
  submittedAt: string | null;
  finishedAt: string | null;
  arrivedAt: string;
  task: {
    id: string;
    nodeName: string;
    status: string;
    action: string | null;
    urgedAt: string | null;
    dueAt: string | null;
    overdue: boolean;
    assigneeId: number;
  } | null;
  cc: { read: boolean } | null;
}

export interface ListPage {
  items: ListItem[];
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

export interface Counts {
  todo: number;
  urged: number;
  ccUnread: number;
  returned: number;
  drafts: number;
}

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
