// The shapes of /api/statistics (issue 8, R29) live in @flowhall/schema, shared with the server.
import type {
  BacklogRow,
  CaseStatistics,
  DurationStatistics,
  RatingRow,
  StatisticsQuery,
  StatisticsScopeOptions,
} from '@flowhall/schema';
import { BinaryResponse, queryString, Request } from '../transport';

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
