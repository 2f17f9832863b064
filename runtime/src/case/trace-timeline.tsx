import type { TraceEntry } from '@flowhall/schema';
import { Timeline, Typography } from 'antd';
import { useLocale } from '../i18n/locale-context';
import { actionLabel } from './action-labels';
import { absoluteTime, duration, relativeTime } from './time-format';

/** The actor as people read it; the engine's own decisions (skips, timeouts) are the system's. */
export function actorName(t: (key: 'traceSystem') => string, entry: TraceEntry): string {
  if (entry.actor.id === null) return t('traceSystem');
  return entry.actorLabel || entry.actor.name;
}

/** R25: every step with actor, action, opinion and time (absolute, and relative on hover and beside it). */
export function TraceTimeline({
  trace,
  pending,
}: {
  trace: TraceEntry[];
  pending: Array<{ nodeName: string; name: string; since: string }>;
}) {
  const { t, locale } = useLocale();
  const items = trace.map((entry, index) => ({
    key: `${entry.at}-${index}`,
    color:
      entry.action === 'reject' || entry.action === 'withdraw'
        ? 'red'
        : entry.action === 'return'
          ? 'orange'
          : 'blue',
    children: (
      <div className="fh-trace-item">
        <div>
          <strong>{actorName(t, entry)}</strong> · {actionLabel(t, entry.action)}
          {entry.nodeName ? <span className="fh-muted">（{entry.nodeName}）</span> : null}
        </div>
        {entry.opinion ? <div className="fh-trace-opinion">{entry.opinion}</div> : null}
        <Typography.Text type="secondary" className="fh-trace-time">
          {absoluteTime(entry.at)} · {relativeTime(entry.at, locale)}
        </Typography.Text>
      </div>
    ),
  }));
  for (const waiting of pending) {
    items.push({
      key: `pending-${waiting.nodeName}-${waiting.name}`,
      color: 'gray',
      children: (
        <div className="fh-trace-item">
          <div>{t('traceHandling', { name: waiting.name, step: waiting.nodeName })}</div>
          <Typography.Text type="secondary" className="fh-trace-time">
            {t('traceSince', { time: duration(Date.now() - new Date(waiting.since).getTime(), locale) })}
          </Typography.Text>
        </div>
      ),
    });
  }
  return <Timeline items={items} className="fh-trace" data-testid="case-trace" />;
}
