import { useCallback, useEffect, useRef, useState } from 'react';

export interface KeysetPage<T> {
  items: T[];
  nextCursor: string | null;
}

export interface Keyset<T, P extends KeysetPage<T>> {
  items: T[];
  /** The first page's answer (ledgers carry their columns on it). */
  first: P | undefined;
  loading: boolean;
  error: string | undefined;
  hasMore: boolean;
  more(): void;
  reload(): void;
}

/**
 * A list read page by page with the server's keyset cursor: the first page loads whenever `key`
 * changes (the filters), `more()` appends the next. Answers to stale filters are dropped.
 */
export function useKeyset<T, P extends KeysetPage<T>>(
  load: (cursor?: string) => Promise<P>,
  key: string,
): Keyset<T, P> {
  const [items, setItems] = useState<T[]>([]);
  const [first, setFirst] = useState<P>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string>();
  const [round, setRound] = useState(0);
  const ticket = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  const run = useCallback((from: string | undefined, append: boolean) => {
    const mine = (ticket.current += 1);
    setLoading(true);
    setError(undefined);
    loadRef
      .current(from)
      .then((page) => {
        if (mine !== ticket.current) return;
        if (!append) setFirst(page);
        setItems((prev) => (append ? [...prev, ...page.items] : page.items));
        setCursor(page.nextCursor);
      })
      .catch(
        (err: unknown) =>
          mine === ticket.current && setError(err instanceof Error ? err.message : String(err)),
      )
      .finally(() => mine === ticket.current && setLoading(false));
  }, []);

  useEffect(() => run(undefined, false), [key, round, run]);

  return {
    items,
    first,
    loading,
    error,
    hasMore: cursor !== null,
    more: () => cursor && run(cursor, true),
    reload: () => setRound((r) => r + 1),
  };
}
