import { createHash } from 'crypto';

/** The hash a stream's first entry links to. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * JSON with object keys sorted at every level and no whitespace, so the same value always gives
 * the same text (and hash) whatever order its keys were built in.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    const text = JSON.stringify(value);
    // undefined, functions and symbols have no JSON form; inside objects they are dropped.
    return text === undefined ? 'null' : text;
  }
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(',')}]`;
  const entries = Object.keys(value)
    .filter((key) => {
      const v = (value as Record<string, unknown>)[key];
      return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
    })
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The fields of an entry that its hash covers; `data` is the stored canonical JSON text. */
export interface ChainedFields {
  stream: string;
  seq: number;
  actorUserId: number | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data: string;
  at: Date;
  prevHash: string;
}

export function entryHash(entry: ChainedFields): string {
  return sha256(
    canonicalJson({
      stream: entry.stream,
      seq: entry.seq,
      actorUserId: entry.actorUserId,
      action: entry.action,
      subjectType: entry.subjectType,
      subjectId: entry.subjectId,
      data: entry.data,
      at: entry.at.toISOString(),
      prevHash: entry.prevHash,
    }),
  );
}

export interface StreamHead {
  stream: string;
  seq: number;
  hash: string;
}

/** One hash over every chain's head, in byte order of the stream names (the same on any database). */
export function headsHash(heads: StreamHead[]): string {
  const sorted = [...heads].sort((a, b) => (a.stream < b.stream ? -1 : a.stream > b.stream ? 1 : 0));
  return sha256(canonicalJson(sorted.map((h) => [h.stream, h.seq, h.hash])));
}
