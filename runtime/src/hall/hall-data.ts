import type {
  CategoryGroups,
  HallFigures,
  Page,
  ServiceCard,
  ServiceQuery,
  UsedService,
} from '@flowhall/client';
import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';

export type Load<T> =
  | { status: 'loading' }
  | { status: 'failed'; message: string }
  | { status: 'ready'; data: T };

const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** Runs `fetcher` whenever `deps` change; `reload()` runs it again. The last answer wins. */
export function useLoad<T>(fetcher: () => Promise<T>, deps: unknown[]): [Load<T>, () => void] {
  const [load, setLoad] = useState<Load<T>>({ status: 'loading' });
  const [tick, setTick] = useState(0);
  // The caller lists what the fetch depends on, as with useEffect.
  const run = useCallback(fetcher, deps);
  useEffect(() => {
    let alive = true;
    setLoad({ status: 'loading' });
    run()
      .then((data) => alive && setLoad({ status: 'ready', data }))
      .catch((err: unknown) => alive && setLoad({ status: 'failed', message: messageOf(err) }));
    return () => {
      alive = false;
    };
  }, [run, tick]);
  return [load, useCallback(() => setTick((n) => n + 1), [])];
}

export const fetchServices = (query: ServiceQuery): Promise<Page<ServiceCard>> => api.hall.services(query);
export const fetchFigures = (): Promise<HallFigures> => api.hall.figures();
/** What I applied for lately (R5 "most used" per user). */
export const fetchRecent = (limit: number): Promise<{ items: UsedService[] }> =>
  api.hall.recent({ sort: 'last', limit });
export const fetchCategories = (): Promise<CategoryGroups> => api.hall.categories();
