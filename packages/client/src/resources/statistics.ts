import { BinaryResponse, queryString, Request } from '../transport';

// Types of /api/statistics (issue 8, R29); the server's shapes are in
// packages/server/src/statistics/statistics-types.ts.

export interface StatisticsQuery {
  /** YYYY-MM-DD (China time) or an ISO instant; default one year before `to`. */
  from?: string;
  /** YYYY-MM-DD inclusive, or an ISO instant; default now. */
  to?: string;
  interval?: 'day' | 'month';
  definitionKey?: string;
  /**
   * Count this department's subtree. Administrators may pick any department (absent: the whole
   * organisation); department heads and unit approvers one inside their units (absent: their units).
   */
  departmentId?: number;
}

/** What the signed-in person may see: the organisation, and the departments they may pick. */
export interface StatisticsScopeOptions {
  organisationWide: boolean;
  departments: Array<{ id: number; name: string; parentId: number | null }>;
}

export interface CaseStatistics {
  byService: Array<{ key: string; name: string; count: number }>;
  byStatus: Array<{ status: string; count: number }>;
  byDepartment: Array<{ id: number | null; name: string; count: number }>;
  overTime: Array<{ period: string; status: string; count: number }>;
}

export interface DurationRow {
  key: string;
  name: string;
  count: number;
  averageHours: number;
  longestHours: number;
}

export interface DurationStatistics {
  byService: DurationRow[];
  byNode: Array<DurationRow & { nodeId: string; nodeName: string }>;
}

export interface BacklogRow {
  userId: number;
  name: string;
  department: string | null;
  pending: number;
  overdue: number;
  oldest: string | null;
}

export interface RatingRow {
  key: string;
  name: string;
  count: number;
  average: number;
  stars: [number, number, number, number, number];
}

export interface StatisticsApi {
  cases(query?: StatisticsQuery): Promise<CaseStatistics>;
  durations(query?: StatisticsQuery): Promise<DurationStatistics>;
  scope(): Promise<StatisticsScopeOptions>;
  backlog(query?: Pick<StatisticsQuery, 'definitionKey' | 'departmentId'>): Promise<BacklogRow[]>;
  ratings(query?: StatisticsQuery): Promise<RatingRow[]>;
  /** The Excel workbook of the period. */
  export(query?: StatisticsQuery): Promise<BinaryResponse>;
  exportUrl(query?: StatisticsQuery): string;
}

export function statisticsApi(request: Request, baseUrl = ''): StatisticsApi {
  return {
    scope: () => request('GET', '/api/statistics/scope'),
    cases: (query = {}) => request('GET', `/api/statistics/cases${queryString(query)}`),
    durations: (query = {}) => request('GET', `/api/statistics/durations${queryString(query)}`),
    backlog: (query = {}) => request('GET', `/api/statistics/backlog${queryString(query)}`),
    ratings: (query = {}) => request('GET', `/api/statistics/ratings${queryString(query)}`),
    export: (query = {}) =>
      request<BinaryResponse>('GET', `/api/statistics/export${queryString(query)}`, undefined, {
        binary: true,
      }),
    exportUrl: (query = {}) => `${baseUrl.replace(/\/$/, '')}/api/statistics/export${queryString(query)}`,
  };
}
