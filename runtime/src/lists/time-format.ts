import type { Locale } from '../i18n/locale-context';

const UNITS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 小时前" / "3 hours ago" (R21's arrival time, relative). */
export function relativeTime(iso: string, locale: Locale, now = Date.now()): string {
  const seconds = Math.round((new Date(iso).getTime() - now) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  // Intl says "此刻" / "this minute"; people write 刚刚 / just now.
  return locale === 'en-US' ? 'just now' : '刚刚';
}

/** "2026-03-01 09:30" in the reader's time zone (R21's arrival time, absolute). */
export function absoluteTime(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Days, hours and minutes between two instants, largest two units: "2天3小时" / "2d 3h". */
export function elapsed(fromIso: string, toIso: string | null, locale: Locale, now = Date.now()): string {
  const end = toIso ? new Date(toIso).getTime() : now;
  const minutes = Math.max(0, Math.floor((end - new Date(fromIso).getTime()) / 60_000));
  const parts: Array<[number, string, string]> = [
    [Math.floor(minutes / 1440), '天', 'd'],
    [Math.floor((minutes % 1440) / 60), '小时', 'h'],
    [minutes % 60, '分钟', 'min'],
  ];
  const shown = parts.filter(([value]) => value > 0).slice(0, 2);
  if (!shown.length) return locale === 'en-US' ? '< 1 min' : '不到 1 分钟';
  return shown
    .map(([value, zh, en]) => (locale === 'en-US' ? `${value}${en}` : `${value}${zh}`))
    .join(locale === 'en-US' ? ' ' : '');
}
