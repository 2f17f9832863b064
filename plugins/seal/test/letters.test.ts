import { expect } from 'chai';
import { formatLetterNo, validUntil, verificationCode } from '../src/letters/letter-number';
import { shownStatus } from '../src/letters/letter-views';

describe('seal plugin > introduction letters', () => {
  it('numbers letters as 〔year〕第NNNN号', () => {
    expect(formatLetterNo(2026, 1)).to.equal('〔2026〕第0001号');
    expect(formatLetterNo(2026, 12345)).to.equal('〔2026〕第12345号');
  });

  it('counts the issue day as the first day of validity, across month ends', () => {
    expect(validUntil('2026-03-01', 15)).to.equal('2026-03-15');
    expect(validUntil('2026-01-20', 30)).to.equal('2026-02-18');
    expect(validUntil('2026-12-31', 1)).to.equal('2026-12-31');
  });

  it('shows an issued letter expired only after its last valid day (China time)', () => {
    const letter = { status: 'issued' as const, issuedOn: '2026-03-01', validDays: 15 };
    expect(shownStatus(letter, new Date('2026-03-15T15:59:00Z'))).to.equal('issued'); // 23:59 in Beijing
    expect(shownStatus(letter, new Date('2026-03-15T16:01:00Z'))).to.equal('expired'); // 00:01 on the 16th
    expect(shownStatus({ ...letter, status: 'used' }, new Date('2027-01-01T00:00:00Z'))).to.equal('used');
  });

  it('draws verification codes that are URL-safe and distinct', () => {
    const codes = new Set(Array.from({ length: 200 }, () => verificationCode()));
    expect(codes.size).to.equal(200);
    for (const code of codes) expect(code).to.match(/^[A-Za-z0-9_-]{20}$/);
  });
});
