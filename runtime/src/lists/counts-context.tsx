import type { Counts } from '@flowhall/client';
import { createContext, ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'umi';
import { api } from '../api';

/** The badges follow new tasks without a reload, but no faster than this. */
const REFRESH_MS = 60_000;

interface CountsValue {
  /** null until the first answer (or when the server could not be reached). */
  counts: Counts | null;
  refresh(): void;
}

const CountsContext = createContext<CountsValue>({ counts: null, refresh: () => undefined });

/**
 * The to-do, unread CC, returned and draft counts behind the navigation badges and the list tabs:
 * fetched on every navigation, every minute, and when a page calls `refresh()` after an action.
 */
export function CountsProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [counts, setCounts] = useState<Counts | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let alive = true;
    api.lists
      .counts()
      .then((next) => alive && setCounts(next))
      // A failed badge refresh keeps the last figures; the next navigation or minute tries again.
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [pathname, tick]);

  useEffect(() => {
    const timer = window.setInterval(refresh, REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);

  const value = useMemo(() => ({ counts, refresh }), [counts, refresh]);
  return <CountsContext.Provider value={value}>{children}</CountsContext.Provider>;
}

export function useCounts(): CountsValue {
  return useContext(CountsContext);
}
