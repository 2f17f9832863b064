import type { Dialect } from '../db/connect';

/**
 * The few expressions SQLite and PostgreSQL spell differently. Dates are grouped in China's time
 * zone (the hall's users), durations are in hours. SQLite stores Sequelize dates as text
 * `YYYY-MM-DD HH:MM:SS.sss +00:00`; the first 23 characters are a UTC time julianday() reads.
 */
export interface StatisticsSql {
  /** `YYYY-MM-DD` or `YYYY-MM` of a date column, in Asia/Shanghai. */
  period(column: string, interval: Interval): string;
  /** Hours from one date column to another. */
  hours(from: string, to: string): string;
}

export type Interval = 'day' | 'month';

export function statisticsSql(dialect: Dialect): StatisticsSql {
  if (dialect === 'postgres') {
    return {
      period: (column, interval) =>
        `to_char(${column} AT TIME ZONE 'Asia/Shanghai', '${interval === 'day' ? 'YYYY-MM-DD' : 'YYYY-MM'}')`,
      hours: (from, to) => `(EXTRACT(EPOCH FROM (${to} - ${from})) / 3600.0)`,
    };
  }
  return {
    period: (column, interval) =>
      `strftime('${interval === 'day' ? '%Y-%m-%d' : '%Y-%m'}', substr(${column}, 1, 23), '+8 hours')`,
    hours: (from, to) => `((julianday(substr(${to}, 1, 23)) - julianday(substr(${from}, 1, 23))) * 24.0)`,
  };
}
