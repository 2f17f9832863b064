import type { LetterPerson, LetterStatusKey, LetterVerification, LetterView } from '../api-types';
import { localDate } from '../effects/event-parts';
import type { NameBook } from '../http/names';
import { LETTER_TYPES } from '../processes/intro-letter';
import type { LetterAttributes } from '../registry/models';
import { validUntil } from './letter-number';

const TYPE_NAMES = new Map(
  (LETTER_TYPES as Array<{ value: string; label: string }>).map((t) => [t.value, t.label]),
);

export const ISSUING_OFFICE = '示范大学党委办公室、校长办公室';

/** `issued` turns `expired` the day after its last valid day; used and void letters stay so. */
export function shownStatus(
  letter: Pick<LetterAttributes, 'status' | 'issuedOn' | 'validDays'>,
  now: Date,
): LetterStatusKey {
  if (letter.status !== 'issued') return letter.status;
  return localDate(now) > validUntil(letter.issuedOn, letter.validDays) ? 'expired' : 'issued';
}

export const personsOf = (letter: Pick<LetterAttributes, 'persons'>): LetterPerson[] => {
  try {
    const parsed: unknown = JSON.parse(letter.persons);
    return Array.isArray(parsed) ? (parsed as LetterPerson[]) : [];
  } catch {
    return [];
  }
};

export function letterView(letter: LetterAttributes, names: NameBook, now: Date): LetterView {
  return {
    id: letter.id,
    caseId: letter.caseId,
    serialNo: letter.serialNo,
    letterNo: letter.letterNo,
    code: letter.code,
    letterType: letter.letterType,
    letterTypeName: TYPE_NAMES.get(letter.letterType) ?? letter.letterType,
    receivingOrg: letter.receivingOrg,
    persons: personsOf(letter),
    purpose: letter.purpose,
    validDays: letter.validDays,
    issuedOn: letter.issuedOn,
    validUntil: validUntil(letter.issuedOn, letter.validDays),
    department: names.department(letter.departmentId),
    applicant: names.user(letter.applicantUserId),
    issuer: names.user(letter.issuerUserId),
    contactName: letter.contactName,
    contactMobile: letter.contactMobile,
    status: shownStatus(letter, now),
  };
}

export const verificationView = (letter: LetterAttributes, now: Date): LetterVerification => ({
  letterNo: letter.letterNo,
  receivingOrg: letter.receivingOrg,
  issuedOn: letter.issuedOn,
  validDays: letter.validDays,
  validUntil: validUntil(letter.issuedOn, letter.validDays),
  status: shownStatus(letter, now),
  issuer: ISSUING_OFFICE,
});
