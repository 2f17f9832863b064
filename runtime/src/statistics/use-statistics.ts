import type {
  BacklogRow,
  CaseStatistics,
  DurationStatistics,
  RatingRow,
  StatisticsQuery,
} from '@flowhall/client';
import { useEffect, useState } from 'react';
import { api } from '../api';

export interface StatisticsData {
  cases: CaseStatistics;
  durations: DurationStatistics;
  backlog: BacklogRow[];
  ratings: RatingRow[];
}

/** Loads the four reports of a period together; `error` carries the API's message. */
export function useStatistics(
  query: StatisticsQuery,
  /** False until the scope is known: nothing is asked before (a head's first answer would be 403). */
  ready = true,
): {
  data: StatisticsData | undefined;
  loading: boolean;
  error: string | undefined;
} {
  const [data, setData] = useState<StatisticsData>();
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string>();
  const key = JSON.stringify(query);
  useEffect(() => {
    if (!ready) return;
    let live = true;
    setLoading(true);
    Promise.all([
      api.statistics.cases(query),
      api.statistics.durations(query),
      api.statistics.backlog({ definitionKey: query.definitionKey, departmentId: query.departmentId }),
      api.statistics.ratings(query),
    ])
      .then(([cases, durations, backlog, ratings]) => {
        if (!live) return;
        setData({ cases, durations, backlog, ratings });
        setError(undefined);
      })
      .catch((e: Error) => live && setError(e.message))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
    // The query is compared by value: a new object with the same fields does not reload.
  }, [key, ready]);
  return { data, loading, error };
}
