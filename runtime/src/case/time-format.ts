/** Times as people read them in a case (R21, R25): absolute, relative ("4 分钟前") and elapsed. */
type Locale = 'zh-CN' | 'en-US';

const pad = (n: number) => String(n).padStart(2, '0');

/** `2026-12-02 10:04:12` in the browser's time zone. */
export function absoluteTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

export function absoluteDate(iso: string | null | undefined): string {
  return absoluteTime(iso).slice(0, 10);
}

const UNITS: Array<[number, string, string]> = [
  [86400, '天', 'd'],
  [3600, '小时', 'h'],
  [60, '分钟', 'min'],
];

/** A duration as its two largest units: `2天3小时`, `5 min`; under a minute is `<1分钟`. */
export function duration(ms: number, locale: Locale): string {
  const zh = locale === 'zh-CN';
  let seconds = Math.max(0, Math.floor(ms / 1000));
  const parts: string[] = [];
  for (const [size, zhUnit, enUnit] of UNITS) {
    const n = Math.floor(seconds / size);
    if (n > 0 && parts.length < 2) {
      parts.push(zh ? `${n}${zhUnit}` : `${n} ${enUnit}`);
      seconds -= n * size;
    } else if (parts.length > 0) break;
  }
  if (parts.length === 0) return zh ? '不到1分钟' : '<1 min';
  return parts.join(zh ? '' : ' ');
}

/** `4 分钟前` / `4 min ago`. */
export function relativeTime(
  iso: string | null | undefined,
  locale: Locale,
  now: number = Date.now(),
): string {
  if (!iso) return '';
  const ms = now - new Date(iso).getTime();
  if (Number.isNaN(ms)) return '';
  if (ms < 60_000) return locale === 'zh-CN' ? '刚刚' : 'just now';
  return locale === 'zh-CN' ? `${duration(ms, locale)}前` : `${duration(ms, locale)} ago`;
}
