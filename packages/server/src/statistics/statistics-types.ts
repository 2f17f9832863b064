import type { Interval } from './statistics-sql';

export interface StatisticsQuery {
  from: Date;
  to: Date;
  interval: Interval;
  definitionKey: string | undefined;
  /** The departments counted (subtrees expanded); `undefined`: the whole organisation. */
  departmentIds: number[] | undefined;
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
