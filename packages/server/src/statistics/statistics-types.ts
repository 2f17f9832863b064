import type { Interval } from './statistics-sql';

// The answers' shapes (CaseStatistics, DurationStatistics, BacklogRow, RatingRow) are the API's, in
// @flowhall/schema; this is the query as the controller hands it to the service, parsed.

/** A parsed statistics query (the API's `StatisticsQuery` is its query string). */
export interface StatisticsQuery {
  from: Date;
  to: Date;
  interval: Interval;
  definitionKey: string | undefined;
  /** The departments counted (subtrees expanded); `undefined`: the whole organisation. */
  departmentIds: number[] | undefined;
}
