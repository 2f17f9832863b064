import { expect } from 'chai';
import {
  validateFormData,
  type FormFieldSchema,
  type FormSchema,
  type ValidateFormDataOptions,
} from '../src';

// Formily also lets a node list its required children (`required: ['c']`), which FormFieldSchema does not type.
const loose = (schema: Record<string, unknown>): FormFieldSchema => schema as FormFieldSchema;

const SUBMIT: ValidateFormDataOptions = { mode: 'submit' };
const codes = (form: FormSchema, data: unknown, options: ValidateFormDataOptions = SUBMIT): string[] =>
  validateFormData(form, data, options).map((p) => `${p.path}:${p.code}`);
const one = (properties: FormSchema['properties'], extra: Record<string, unknown> = {}): FormSchema => ({
  type: 'object',
  properties,
  ...(extra as object),
});

describe('schema > validate form data > rules', () => {
  it('given data that is not a plain object, when validated, then the whole is a TYPE problem', () => {
    for (const data of [null, [], 'x', 42, true, undefined]) {
      expect(codes(one({}), data)).to.deep.equal([':TYPE']);
    }
  });

  it('given unsafe keys at any level, when validated, then each is UNSAFE_KEY and not read further', () => {
    const form = one({
      applicant: { type: 'object', properties: { phone: { type: 'string' } } },
      rows: { type: 'array', items: { type: 'object', properties: { n: { type: 'number' } } } },
      note: { type: 'string' },
    });
    const data = JSON.parse(
      '{"__proto__":{"polluted":1},"constructor":1,"prototype":2,"$where":"1",' +
        '"applicant":{"$ne":null},"rows":[{"n":1,"__proto__":{}}],"note":{"$gt":""}}',
    );
    expect(codes(form, data)).to.have.members([
      '__proto__:UNSAFE_KEY',
      'constructor:UNSAFE_KEY',
      'prototype:UNSAFE_KEY',
      '$where:UNSAFE_KEY',
      'applicant.$ne:UNSAFE_KEY',
      'rows[0].__proto__:UNSAFE_KEY',
      'note:TYPE',
      'note.$gt:UNSAFE_KEY',
    ]);
    expect(({} as { polluted?: number }).polluted).to.equal(undefined);
  });

  it('given keys the schema does not have, when validated, then each is UNKNOWN_FIELD at its level', () => {
    const form = one({
      applicant: { type: 'object', properties: { phone: { type: 'string' } } },
      rows: { type: 'array', items: { type: 'object', properties: { n: { type: 'number' } } } },
    });
    expect(
      codes(form, { salary: 1, applicant: { phone: '1', age: 3 }, rows: [{ n: 1, x: 2 }] }),
    ).to.deep.equal(['salary:UNKNOWN_FIELD', 'applicant.age:UNKNOWN_FIELD', 'rows[0].x:UNKNOWN_FIELD']);
  });

  it('given void layout nodes (grid, card, tabs, steps), when validated, then their fields sit at the parent level', () => {
    const form = one({
      tabs: {
        type: 'void',
        'x-component': 'FormTab',
        properties: {
          tab1: {
            type: 'void',
            properties: { card: { type: 'void', properties: { title: { type: 'string', required: true } } } },
          },
        },
      },
    });
    expect(codes(form, { title: 'x' })).to.deep.equal([]);
    expect(codes(form, { tabs: {} })).to.deep.equal(['tabs:UNKNOWN_FIELD', 'title:REQUIRED']);
  });

  it('given each type, when a value of another type arrives, then it is a TYPE problem', () => {
    const form = one({
      s: { type: 'string' },
      n: { type: 'number' },
      b: { type: 'boolean' },
      o: { type: 'object', properties: {} },
      a: { type: 'array' },
      d: { type: 'date' },
      t: { type: 'datetime' },
      u: {},
    });
    const good = {
      s: 'x',
      n: 1.5,
      b: false,
      o: {},
      a: ['x'],
      d: '2024-02-29',
      t: '2026-11-22T10:00:00+08:00',
      u: [1],
    };
    expect(codes(form, good)).to.deep.equal([]);
    expect(codes(form, { ...good, t: '2026-11-22 10:00:00' })).to.deep.equal([]);
    const bad = { s: 1, n: '3', b: 'true', o: 'x', a: 'x', d: '2026-02-30', t: 'tomorrow', u: { x: 1 } };
    expect(codes(form, bad)).to.deep.equal([
      's:TYPE',
      'n:TYPE',
      'b:TYPE',
      'o:TYPE',
      'a:TYPE',
      'd:TYPE',
      't:TYPE',
      'u:TYPE',
    ]);
    expect(codes(form, { d: '2026-13-01' })).to.deep.equal(['d:TYPE']);
  });

  it('given enums of primitives, {label, value} and {key, title}, when a value is not listed, then it is ENUM', () => {
    const form = one({
      p: { type: 'string', enum: ['a', 'b'] },
      lv: { type: 'number', enum: [{ label: '一', value: 1 }] },
      kt: { enum: [{ key: 'k', title: 'K' }] },
      many: { type: 'array', enum: ['x', 'y'], 'x-component': 'Checkbox.Group' },
      dynamic: { type: 'string', enum: [] },
    });
    expect(codes(form, { p: 'a', lv: 1, kt: 'k', many: ['x', 'y'], dynamic: 'anything' })).to.deep.equal([]);
    expect(codes(form, { p: 'c', lv: 2, kt: 'K', many: ['x', 'z'] })).to.deep.equal([
      'p:ENUM',
      'lv:ENUM',
      'kt:ENUM',
      'many:ENUM',
    ]);
  });

  it('given required fields, when submitted empty, then REQUIRED; when saved as a draft, then nothing', () => {
    const form = one(
      {
        a: { type: 'string', required: true },
        b: { type: 'string' },
        grid: loose({ type: 'void', required: ['c'], properties: { c: { type: 'number' } } }),
        d: { type: 'array', required: true },
        e: { type: 'string', 'x-validator': { required: true, message: '请写明 e' } },
        f: { type: 'boolean', required: true },
      },
      { required: ['b'] },
    );
    const empty = { a: '', b: null, d: [] };
    expect(codes(form, empty)).to.deep.equal([
      'a:REQUIRED',
      'b:REQUIRED',
      'c:REQUIRED',
      'd:REQUIRED',
      'e:REQUIRED',
      'f:REQUIRED',
    ]);
    expect(codes(form, empty, { mode: 'draft' })).to.deep.equal([]);
    expect(codes(form, { a: 'x', b: 'x', c: 0, d: ['x'], e: 'x', f: false })).to.deep.equal([]);
    const [problem] = validateFormData(form, { a: 'x', b: 'x', c: 0, d: ['x'], f: true }, SUBMIT);
    expect(problem.message).to.equal('请写明 e / this field is required');
  });

  it('given a required field the schema hides or makes read-only, when submitted without it, then it is fine', () => {
    const form = one({
      hidden: { type: 'string', required: true, 'x-display': 'hidden' },
      none: { type: 'string', required: true, 'x-visible': false },
      ro: { type: 'string', required: true, 'x-pattern': 'readPretty' },
      card: { type: 'void', 'x-display': 'none', properties: { inner: { type: 'string', required: true } } },
    });
    expect(codes(form, {})).to.deep.equal([]);
    expect(codes(form, { hidden: 1 })).to.deep.equal(['hidden:TYPE']);
  });

  it('given length and range limits in both spellings, when exceeded, then MIN/MAX_LENGTH and MINIMUM/MAXIMUM', () => {
    const form = one({
      s: { type: 'string', minLength: 2, maxLength: 3 },
      v: { type: 'string', 'x-validator': { min: 2, max: 3 } },
      n: { type: 'number', minimum: 1, maximum: 10 },
      x: { type: 'number', exclusiveMinimum: 0, exclusiveMaximum: 1 },
      m: { type: 'number', 'x-validator': [{ min: '5' }, { max: 9 }] },
      l: { type: 'string', 'x-validator': { len: 4 } },
    });
    expect(codes(form, { s: '你好👋', v: '一二', n: 10, x: 0.5, m: 9, l: 'abcd' })).to.deep.equal([]);
    expect(codes(form, { s: 'a', v: '一二三四', n: 0, x: 0, m: 4, l: 'abc' })).to.deep.equal([
      's:MIN_LENGTH',
      'v:MAX_LENGTH',
      'n:MINIMUM',
      'x:MINIMUM',
      'm:MINIMUM',
      'l:MIN_LENGTH',
    ]);
    expect(codes(form, { s: 'abcd', n: 11, x: 1, m: 10, l: 'abcde' })).to.deep.equal([
      's:MAX_LENGTH',
      'n:MAXIMUM',
      'x:MAXIMUM',
      'm:MAXIMUM',
      'l:MAX_LENGTH',
    ]);
  });

  it('given patterns and formats (string, object and array x-validator), when not matched, then PATTERN and FORMAT', () => {
    const form = one({
      code: { type: 'string', pattern: '^[A-Z]{3}$' },
      mail: { type: 'string', 'x-validator': 'email' },
      phone: { type: 'string', 'x-validator': { format: 'phone', message: '手机号不对' } },
      id: { type: 'string', 'x-validator': ['idcard', { pattern: '^1' }] },
      site: { type: 'string', format: 'url' },
      count: { type: 'number', 'x-validator': 'integer' },
      amount: { type: 'string', 'x-validator': 'number' },
    });
    const good = {
      code: 'ABC',
      mail: 'a@b.cn',
      phone: '13800001111',
      id: '11010519491231002X',
      site: 'https://flowhall.example.com/x',
      count: 3,
      amount: '12.50',
    };
    expect(codes(form, good)).to.deep.equal([]);
    const bad = {
      code: 'abc',
      mail: 'a@',
      phone: '123',
      id: '21010519491231002',
      site: 'flowhall',
      count: 1.5,
      amount: '1e3',
    };
    expect(codes(form, bad)).to.have.members([
      'code:PATTERN',
      'mail:FORMAT',
      'phone:FORMAT',
      'id:FORMAT',
      'id:PATTERN',
      'site:FORMAT',
      'count:FORMAT',
      'amount:FORMAT',
    ]);
    const phone = validateFormData(form, { phone: '123' }, SUBMIT)[0];
    expect(phone.message).to.equal('手机号不对 / is not a valid phone');
  });

  it('given validator shapes it does not know, when validated, then they are ignored without throwing', () => {
    const form = one({
      a: { type: 'string', 'x-validator': '{{customCheck}}' },
      b: {
        type: 'string',
        'x-validator': [null, 3, true, ['nested'], { validator: '{{fn}}', triggerType: 'onBlur' }],
      },
      c: { type: 'string', 'x-validator': { pattern: '([unclosed', max: 'many', format: 42 } },
      d: { type: 'string', 'x-validator': 'constructor', pattern: { not: 'a pattern' } },
      e: loose({ type: 'string', enum: 'not-a-list', required: 'yes', minLength: null }),
    });
    expect(codes(form, { a: 'x', b: 'x', c: 'x', d: 'x', e: 'x' })).to.deep.equal([]);
  });

  it('given minItems and maxItems on a repeating table, when the row count is outside, then MIN_LENGTH or TOO_MANY_ITEMS', () => {
    const form = one({
      rows: {
        type: 'array',
        minItems: 2,
        maxItems: 3,
        items: { type: 'object', properties: { n: { type: 'number' } } },
      },
    });
    expect(codes(form, { rows: [{ n: 1 }] })).to.deep.equal(['rows:MIN_LENGTH']);
    expect(codes(form, { rows: [{}, {}, {}, {}] })).to.deep.equal(['rows:TOO_MANY_ITEMS']);
    expect(codes(form, { rows: [] })).to.deep.equal([]);
  });

  it('given a repeating table with void columns, when rows are wrong, then each problem names its row', () => {
    const form = one({
      rows: {
        type: 'array',
        'x-component': 'ArrayTable',
        items: {
          type: 'object',
          properties: {
            c1: {
              type: 'void',
              'x-component': 'ArrayTable.Column',
              properties: { name: { type: 'string', required: true } },
            },
            c2: {
              type: 'void',
              'x-component': 'ArrayTable.Column',
              properties: { n: { type: 'number', maximum: 5 } },
            },
          },
        },
      },
      tags: { type: 'array', items: { type: 'string', maxLength: 2 } },
    });
    expect(
      codes(form, { rows: [{ name: 'a', n: 1 }, { n: 6 }, 'x', null], tags: ['ab', 'abc', 1] }),
    ).to.deep.equal([
      'rows[1].name:REQUIRED',
      'rows[1].n:MAXIMUM',
      'rows[2]:TYPE',
      'rows[3]:TYPE',
      'tags[1]:MAX_LENGTH',
      'tags[2]:TYPE',
    ]);
  });

  it('given upload fields, when files are listed, then ids are vouched for and counted', () => {
    const form = one({
      a: { type: 'array', 'x-component': 'Upload' },
      b: { 'x-component': 'Upload.Dragger' },
      c: { type: 'array', 'x-component': 'ImageUpload', 'x-component-props': { maxCount: 2 } },
    });
    const mine = new Set(['f1', 'f2', 'f3']);
    const options: ValidateFormDataOptions = { mode: 'submit', isAcceptableFileId: (id) => mine.has(id) };
    expect(
      codes(form, { a: ['f1', { id: 'f2', name: '扫描件.pdf' }], b: ['f3'], c: ['f1'] }, options),
    ).to.deep.equal([]);
    expect(codes(form, { a: ['f1', 'other'], b: 'f1', c: ['f1', 'f2', 'f3'] }, options)).to.deep.equal([
      'a[1]:FILE_REFERENCE',
      'b:TYPE',
      'c:TOO_MANY_ITEMS',
    ]);
    expect(codes(form, { a: [{ id: 'f1', url: 'x', $gt: 1 }, { name: 'x' }, 7] }, options)).to.deep.equal([
      'a[0].url:UNKNOWN_FIELD',
      'a[0].$gt:UNSAFE_KEY',
      'a[1].id:TYPE',
      'a[2]:TYPE',
    ]);
    expect(codes(form, { a: Array(11).fill('f1') }, options)).to.deep.equal(['a:TOO_MANY_ITEMS']);
    expect(codes(form, { a: ['f1', 'f2'] }, { ...options, maxFilesPerField: 1 })).to.deep.equal([
      'a:TOO_MANY_ITEMS',
    ]);
    expect(codes(form, { a: ['f1'] })).to.deep.equal(['a[0]:FILE_REFERENCE']);
  });

  it('given an editable set, when fields outside it are present, then NOT_EDITABLE; absent ones are fine', () => {
    const form = one({
      title: { type: 'string', required: true },
      applicant: {
        type: 'object',
        properties: { name: { type: 'string' }, phone: { type: 'string', required: true } },
      },
      rows: {
        type: 'array',
        items: { type: 'object', properties: { n: { type: 'number', required: true } } },
      },
      opinion: { type: 'string', required: true },
    });
    const editable = new Set(['opinion', 'applicant.phone', 'rows']);
    const options: ValidateFormDataOptions = { mode: 'submit', editable };
    expect(
      codes(form, { opinion: '同意', applicant: { phone: '1' }, rows: [{ n: 1 }] }, options),
    ).to.deep.equal([]);
    expect(
      codes(form, { opinion: '同意', title: 'x', applicant: { name: 'x', phone: '1' } }, options),
    ).to.deep.equal(['title:NOT_EDITABLE', 'applicant.name:NOT_EDITABLE']);
    expect(codes(form, {}, options)).to.deep.equal(['applicant.phone:REQUIRED', 'opinion:REQUIRED']);
    expect(codes(form, { rows: [{}] }, { mode: 'submit', editable: new Set(['opinion']) })).to.deep.equal([
      'rows:NOT_EDITABLE',
      'opinion:REQUIRED',
    ]);
    expect(codes(form, { applicant: {} }, { mode: 'draft', editable: new Set(['opinion']) })).to.deep.equal([
      'applicant:NOT_EDITABLE',
    ]);
  });

  it('given any problem, when reported, then its message reads Chinese then English and the result is repeatable', () => {
    const form = one({ s: { type: 'string', maxLength: 1, 'x-validator': { maxLength: 2 } } });
    const problems = validateFormData(form, { s: 'abc', x: 1 }, SUBMIT);
    expect(problems.map((p) => p.code)).to.deep.equal(['UNKNOWN_FIELD', 'MAX_LENGTH']);
    for (const p of problems) expect(p.message).to.match(/^\S.* \/ [a-z].*$/);
    expect(validateFormData(form, { s: 'abc', x: 1 }, SUBMIT)).to.deep.equal(problems);
  });
});
