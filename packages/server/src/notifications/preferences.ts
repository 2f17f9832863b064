import type { Database } from '../db/database';
import {
  NOTIFY_EVENTS,
  PERSONAL_CHANNELS,
  type NotificationPreferences,
  type NotifyEvent,
  type PersonalChannel,
} from '@flowhall/schema';

/** Everyone gets everything in the app and by e-mail until they choose otherwise. */
export function defaultPreferences(): NotificationPreferences {
  return Object.fromEntries(NOTIFY_EVENTS.map((e) => [e, [...PERSONAL_CHANNELS]])) as NotificationPreferences;
}

/** Saved choices over the defaults; unknown events or channels in old rows are ignored. */
export function mergePreferences(saved: string | undefined): NotificationPreferences {
  const result = defaultPreferences();
  if (!saved) return result;
  const parsed = JSON.parse(saved) as Record<string, unknown>;
  for (const event of NOTIFY_EVENTS) {
    const value = parsed[event];
    if (Array.isArray(value)) {
      result[event] = PERSONAL_CHANNELS.filter((c) => value.includes(c));
    }
  }
  return result;
}

export async function preferencesOf(
  db: Database,
  userIds: number[],
): Promise<Map<number, NotificationPreferences>> {
  const rows = userIds.length
    ? await db.models.NotificationPreference.findAll({ where: { userId: userIds } })
    : [];
  const saved = new Map(rows.map((r) => [r.userId, r.channels]));
  return new Map(userIds.map((id) => [id, mergePreferences(saved.get(id))]));
}

/** Checks a PUT body: `{ [event]: channel[] }`; returns the problems, or the preferences. */
export function parsePreferences(
  body: unknown,
):
  | { ok: true; value: NotificationPreferences }
  | { ok: false; problems: Array<{ path: string; message: string }> } {
  const problems: Array<{ path: string; message: string }> = [];
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, problems: [{ path: '', message: '应为对象 / expected an object' }] };
  }
  const value = defaultPreferences();
  for (const [event, channels] of Object.entries(body as Record<string, unknown>)) {
    if (!NOTIFY_EVENTS.includes(event as NotifyEvent)) {
      problems.push({ path: event, message: '未知的通知类型 / unknown event' });
      continue;
    }
    if (!Array.isArray(channels) || channels.some((c) => !PERSONAL_CHANNELS.includes(c as PersonalChannel))) {
      problems.push({
        path: event,
        message: '渠道应为 inApp、email 的列表 / channels must be a list of inApp, email',
      });
      continue;
    }
    value[event as NotifyEvent] = PERSONAL_CHANNELS.filter((c) => channels.includes(c));
  }
  return problems.length ? { ok: false, problems } : { ok: true, value };
}
