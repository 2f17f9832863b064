// The statistics endpoints' shapes (issue 8, R29), shared by the server that sends them and the
// client that reads them.

/** The query string of /api/statistics/*. */
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

/** What the signed-in person may see: the organisation, and the departments they may pick (a tree in simple mode). */
export interface StatisticsScopeOptions {
  organisationWide: boolean;
  departments: Array<{ id: number; name: string; parentId: number | null }>;
}

export interface CaseStatistics {
  byService: Array<{ key: string; name: string; count: number }>;
  byStatus: Array<{ status: string; count: number }>;
  byDepartment: Array<{ id: number | null; name: string; count: number }>;
  /** One row per period and status; the client pivots it for a stacked chart. */
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
  /** Finished cases, submission to outcome. */
  byService: DurationRow[];
  /** Done tasks, arrival to decision, per step of each service. */
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
  /** Ratings with 1..5 stars, in that order. */
  stars: [number, number, number, number, number];
}
