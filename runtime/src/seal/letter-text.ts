import type { LetterPerson } from '@flowhall/plugin-seal/client';

// The printed letter is an official document in Chinese whatever language the screen shows.

export const LETTER_ISSUER = '示范大学党委办公室、校长办公室';

/** `2026-12-02` -> `2026年12月2日`, as letters are dated. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** 张三（副教授）、王五（讲师）等3人同志 */
export function personsText(persons: LetterPerson[]): string {
  const total = persons.reduce((sum, p) => sum + (p.count || 1), 0);
  const names = persons.map((p) => `${p.name}${p.position ? `（${p.position}）` : ''}`).join('、');
  return `${names}${total > persons.length || persons.length > 1 ? `等${total}人` : ''}同志`;
}

/** The verification page a letter's QR code opens, on the server that issued it. */
export const verifyUrl = (origin: string, code: string): string =>
  `${origin}/verify/letter/${encodeURIComponent(code)}`;
