import type { Sequelize, Transaction } from 'sequelize';
import { QueryTypes } from 'sequelize';

// Serial numbers (流水号) read e.g. "YYSP-2026-00042": a prefix per process, the year in China's
// time zone (offices count years locally), and a counter per process and year.
const YEAR_FORMAT = new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' });

export function serialPrefix(definitionKey: string, configured: unknown): string {
  if (typeof configured === 'string' && /^[A-Za-z0-9-]{1,20}$/.test(configured)) return configured;
  return definitionKey.toUpperCase().slice(0, 20);
}

/**
 * Draws the next number inside the caller's transaction. The upsert takes the counter row's lock
 * on PostgreSQL (SQLite serialises writers), so concurrent submits get distinct numbers, and a
 * rolled-back submit returns its number: the sequence has no gaps.
 */
export async function drawSerialNumber(
  sequelize: Sequelize,
  transaction: Transaction,
  options: { definitionKey: string; prefix: string; at: Date },
): Promise<string> {
  const year = YEAR_FORMAT.format(options.at);
  const scope = `${options.definitionKey}:${year}`;
  // Two statements rather than INSERT … RETURNING: Sequelize's SQLite dialect runs INSERTs without
  // reading rows back. The upsert holds the row's lock until commit, so the read sees our value.
  await sequelize.query(
    'INSERT INTO serial_counters (scope, value) VALUES (:scope, 1) ' +
      'ON CONFLICT (scope) DO UPDATE SET value = serial_counters.value + 1',
    { replacements: { scope }, transaction },
  );
  const rows = await sequelize.query<{ value: number }>(
    'SELECT value FROM serial_counters WHERE scope = :scope',
    {
      replacements: { scope },
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  const value = Number(rows[0]?.value);
  if (!Number.isInteger(value)) throw new Error(`serial counter ${scope} returned no value`);
  return `${options.prefix}-${year}-${String(value).padStart(5, '0')}`;
}
