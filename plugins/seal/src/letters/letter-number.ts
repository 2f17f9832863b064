import { randomBytes } from 'crypto';
import { QueryTypes, type Sequelize, type Transaction } from 'sequelize';

/** `〔2026〕第0001号`: the year in brackets and a four-digit number counted per year. */
export const formatLetterNo = (year: number, seq: number): string =>
  `〔${year}〕第${String(seq).padStart(4, '0')}号`;

/**
 * Draws the next letter number of `year` inside the issuing transaction. The upsert takes the
 * counter row's lock on PostgreSQL (SQLite serialises writers), so concurrent issues get distinct
 * numbers, and an issue that rolls back gives its number back: the sequence has no gaps.
 */
export async function drawLetterNumber(
  sequelize: Sequelize,
  transaction: Transaction,
  year: number,
): Promise<{ year: number; seq: number; letterNo: string }> {
  await sequelize.query(
    'INSERT INTO seal_letter_counters (year, value) VALUES (:year, 1) ' +
      'ON CONFLICT (year) DO UPDATE SET value = seal_letter_counters.value + 1',
    { replacements: { year }, transaction },
  );
  const rows = await sequelize.query<{ value: number }>(
    'SELECT value FROM seal_letter_counters WHERE year = :year',
    {
      replacements: { year },
      type: QueryTypes.SELECT,
      transaction,
    },
  );
  const seq = Number(rows[0]?.value);
  if (!Number.isInteger(seq)) throw new Error(`letter counter ${year} returned no value`);
  return { year, seq, letterNo: formatLetterNo(year, seq) };
}

/** The code printed as a QR link: 120 random bits, URL-safe, not derivable from the number. */
export const verificationCode = (): string => randomBytes(15).toString('base64url');

/** The last day a letter is valid: the issue day counts as the first of `validDays`. */
export function validUntil(issuedOn: string, validDays: number): string {
  const day = new Date(`${issuedOn}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + Math.max(1, validDays) - 1);
  return day.toISOString().slice(0, 10);
}
