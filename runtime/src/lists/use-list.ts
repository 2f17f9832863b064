import type { CaseStatus, ListItem } from '@flowhall/client';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api';
import { apiBox, ListBox } from './boxes';

export interface ListFilters {
  definitionKey?: string;
  status?: CaseStatus;
  /** Only cases the applicant marked 加急. */
  urgentOnly?: boolean;
  /** Serial number, service or applicant name. */
  q?: string;
  /** Arrival dates, `YYYY-MM-DD`, both included. */
  from?: string;
  to?: string;
}

export interface ListState {
  items: ListItem[];
  loading: boolean;
  error: string | null;
  /** True while the server has more rows after the last one shown. */
  hasMore: boolean;
  loadMore(): void;
  reload(): void;
}

const PAGE_SIZE = 20;

/**
 * One list tab with keyset paging: the first page on every change of box or filters, then
 * "load more" passes the server's cursor back. An answer for an older box or filter is dropped.
 */
export function useList(box: ListBox, filters: ListFilters): ListState {
  const [items, setItems] = useState<ListItem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const request = useRef(0);

  const fetchPage = useCallback(
    (after: string | null) => {
      const id = ++request.current;
      const { box: listBox, status } = apiBox(box);
      setLoading(true);
      setError(null);
      api.lists
        .list(listBox, {
          limit: PAGE_SIZE,
          cursor: after ?? undefined,
          definitionKey: filters.definitionKey,
          status: status ?? filters.status,
          importance: filters.urgentOnly ? 'urgent' : undefined,
          q: filters.q || undefined,
          from: filters.from,
          to: filters.to,
        })
        .then((page) => {
          if (id !== request.current) return;
          setItems((prev) => (after ? [...prev, ...page.items] : page.items));
          setCursor(page.nextCursor);
        })
        .catch((err: unknown) => {
          if (id === request.current) setError(err instanceof Error ? err.message : String(err));
        })
        .finally(() => {
          if (id === request.current) setLoading(false);
        });
    },
    [box, filters.definitionKey, filters.status, filters.urgentOnly, filters.q, filters.from, filters.to],
  );

  useEffect(() => {
    setItems([]);
    setCursor(null);
    fetchPage(null);
  }, [fetchPage, generation]);

  return {
    items,
    loading,
    error,
    hasMore: cursor !== null,
    loadMore: () => {
      if (cursor && !loading) fetchPage(cursor);
    },
    reload: () => setGeneration((n) => n + 1),
  };
}
