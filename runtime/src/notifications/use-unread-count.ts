import { useCallback, useEffect, useState } from 'react';
import { api } from '../api';

const POLL_MS = 30_000;

/**
 * The unread count for the bell: fetched on mount, every 30 s while the tab is visible, and when
 * the tab comes back into view, so a new task shows without a reload.
 */
export function useUnreadCount(): { count: number; refresh(): void } {
  const [count, setCount] = useState(0);
  const refresh = useCallback(() => {
    api.notifications
      .unreadCount()
      .then((r) => setCount(r.count))
      .catch(() => undefined);
  }, []);
  useEffect(() => {
    refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, POLL_MS);
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    window.addEventListener('focus', refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
      window.removeEventListener('focus', refresh);
    };
  }, [refresh]);
  return { count, refresh };
}
