import { expect } from 'chai';
import fc from 'fast-check';
import { validateFormData, type FormSchema } from '../src';

// A seal-use style form (seeds 002/003): business type, a required commitment, a materials table
// with files and copies, a contact phone, and a reason with a length limit.
const form: FormSchema = {
  type: 'object',
  properties: {
    layout: {
      type: 'void',
      'x-component': 'FormGrid',
      properties: {
        bizType: {
          type: 'string',
          title: '业务类型',
          required: true,
          enum: [
            { label: '科研类', value: 'research' },
            { label: '综合类', value: 'general' },
          ],
        },
        commitment: { type: 'boolean', title: '保密承诺', required: true },
        phone: { type: 'string', title: '手机', 'x-validator': 'phone' },
      },
    },
    materials: {
      type: 'array',
      title: '用印材料',
      'x-component': 'ArrayTable',
      maxItems: 3,
      items: {
        type: 'object',
        properties: {
          name: { type: 'string', required: true, maxLength: 50 },
          files: { type: 'array', 'x-component': 'Upload' },
          copies: { type: 'number', minimum: 1 },
        },
      },
    },
    useDate: { type: 'date', title: '用印日期' },
    reason: {
      type: 'string',
      title: '事由',
      required: true,
      'x-validator': { maxLength: 10, pattern: '^[^<>]*$' },
    },
    seals: { title: '印章', enum: ['official', 'party'], 'x-component': 'Checkbox.Group' },
    headOpinion: { type: 'string' },
  },
};

const ok = { bizType: 'research', commitment: true, reason: '合同用印' };
const FILE = 'a'.repeat(32);
const codes = (data: unknown, options: Parameters<typeof validateFormData>[2] = { mode: 'submit' }) =>
  validateFormData(form, data, options).map((p) => `${p.path}:${p.code}`);

describe('schema > form data', () => {
  it('given a complete form, when validated for submit, then there are no problems', () => {
    expect(
      codes({
        ...ok,
        phone: '13800001111',
        useDate: '2026-11-22',
        seals: ['official'],
        materials: [{ name: '合同', copies: 2 }],
      }),
    ).to.deep.equal([]);
  });

  it('lets a draft leave required fields empty but not a submit', () => {
    expect(codes({ bizType: 'research' }, { mode: 'draft' })).to.deep.equal([]);
    expect(codes({ bizType: 'research' })).to.have.members(['commitment:REQUIRED', 'reason:REQUIRED']);
  });

  it('refuses unknown fields, unsafe keys and operator-looking objects at any depth', () => {
    const data = JSON.parse(
      '{"bizType":"research","commitment":true,"reason":"x","salary":1,"__proto__":{"a":1}}',
    );
    expect(codes(data)).to.have.members(['salary:UNKNOWN_FIELD', '__proto__:UNSAFE_KEY']);
    expect(codes({ ...ok, reason: { $gt: '' } })).to.have.members(['reason:TYPE', 'reason.$gt:UNSAFE_KEY']);
    expect(codes({ ...ok, materials: [{ name: 'x', $where: 1 }] })).to.deep.equal([
      'materials[0].$where:UNSAFE_KEY',
    ]);
  });

  it('checks types, enums (plain and {label, value}), lengths, ranges, patterns and formats', () => {
    expect(codes({ ...ok, bizType: '科研类' })).to.deep.equal(['bizType:ENUM']);
    expect(codes({ ...ok, commitment: 'yes' })).to.deep.equal(['commitment:TYPE']);
    expect(codes({ ...ok, reason: '一二三四五六七八九十十一' })).to.deep.equal(['reason:MAX_LENGTH']);
    expect(codes({ ...ok, reason: '<script>' })).to.deep.equal(['reason:PATTERN']);
    expect(codes({ ...ok, phone: '12345' })).to.deep.equal(['phone:FORMAT']);
    expect(codes({ ...ok, useDate: 'tomorrow' })).to.deep.equal(['useDate:TYPE']);
    expect(codes({ ...ok, seals: ['official', 'secret'] })).to.deep.equal(['seals:ENUM']);
  });

  it('checks every row of a repeating table, with row paths', () => {
    expect(
      codes({ ...ok, materials: [{ name: '合同', copies: 0 }, { copies: 1 }, { name: 'x'.repeat(51) }] }),
    ).to.have.members([
      'materials[0].copies:MINIMUM',
      'materials[1].name:REQUIRED',
      'materials[2].name:MAX_LENGTH',
    ]);
    expect(codes({ ...ok, materials: [{}, {}, {}, {}].map(() => ({ name: 'x' })) })).to.deep.equal([
      'materials:TOO_MANY_ITEMS',
    ]);
  });

  it('accepts only file ids the caller vouches for, at most ten per field (R10)', () => {
    const isAcceptableFileId = (id: string) => id === FILE;
    const row = (files: unknown[]) => ({ ...ok, materials: [{ name: '合同', files }] });
    expect(
      codes(row([FILE, { id: FILE, name: 'scan.jpg' }]), { mode: 'submit', isAcceptableFileId }),
    ).to.deep.equal([]);
    expect(codes(row(['b'.repeat(32)]), { mode: 'submit', isAcceptableFileId })).to.deep.equal([
      'materials[0].files[0]:FILE_REFERENCE',
    ]);
    expect(codes(row(Array(11).fill(FILE)), { mode: 'submit', isAcceptableFileId })).to.deep.equal([
      'materials[0].files:TOO_MANY_ITEMS',
    ]);
  });

  it('refuses fields the step may not edit, and requires only the editable ones', () => {
    const editable = new Set(['headOpinion']);
    expect(codes({ headOpinion: '同意。' }, { mode: 'submit', editable })).to.deep.equal([]);
    expect(codes({ headOpinion: '同意。', reason: '改' }, { mode: 'draft', editable })).to.deep.equal([
      'reason:NOT_EDITABLE',
    ]);
  });

  it('never throws, whatever JSON arrives', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const problems = validateFormData(form, value, { mode: 'submit' });
        expect(problems).to.be.an('array');
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('bizType', 'materials', 'reason', 'seals', 'x'), fc.jsonValue()),
        (value) => {
          expect(validateFormData(form, value, { mode: 'draft' })).to.be.an('array');
        },
      ),
      { numRuns: 300 },
    );
  });
});
