import { refuse } from './errors';
import type { Instant } from './state';

const HOUR = 3_600_000;

/** Milliseconds of an ISO instant; refuses anything unparsable so bad clocks surface at once. */
export function toMillis(at: Instant): number {
  const ms = typeof at === 'string' ? Date.parse(at) : Number.NaN;
  if (Number.isNaN(ms)) refuse('INVALID_TIME', `"${String(at)}" is not an ISO 8601 instant`);
  return ms;
}

export function addHours(at: Instant, hours: number): Instant {
  return new Date(toMillis(at) + hours * HOUR).toISOString();
}

export function hoursBetween(from: Instant, to: Instant): number {
  return (toMillis(to) - toMillis(from)) / HOUR;
}
