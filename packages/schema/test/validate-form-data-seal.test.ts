import { expect } from 'chai';
import fc from 'fast-check';
import { collectFieldNames, validateFormData, type FormSchema, type ValidateFormDataOptions } from '../src';

// A seal-use application as an administrator builds it in the designer: a grid with the business
// type and the confidentiality commitment, a materials table (name, scanned files, copies) in a
// card, the use date defaulting to today, and the reason with a length limit; the office head's
// opinion is filled at the approval step.
const sealForm: FormSchema = {
  type: 'object',
  properties: {
    grid: {
      type: 'void',
      'x-component': 'FormGrid',
      properties: {
        businessType: {
          type: 'string',
          title: '业务类型',
          required: true,
          'x-decorator': 'FormItem',
          'x-component': 'Select',
          enum: [
            { label: '合同协议', value: 'contract' },
            { label: '证明材料', value: 'certificate' },
            { label: '其他', value: 'other' },
          ],
        },
        confidential: {
          type: 'boolean',
          title: '已确认材料不涉密',
          required: true,
          'x-component': 'Checkbox',
          'x-validator': { const: true, message: '请确认材料不涉密' },
        },
      },
    },
    card: {
      type: 'void',
      'x-component': 'Card',
      'x-component-props': { title: '用印材料' },
      properties: {
        materials: {
          type: 'array',
          title: '用印材料',
          required: true,
          maxItems: 20,
          'x-component': 'ArrayTable',
          items: {
            type: 'object',
            properties: {
              colName: {
                type: 'void',
                'x-component': 'ArrayTable.Column',
                properties: { name: { type: 'string', title: '材料名称', required: true, maxLength: 100 } },
              },
              colFiles: {
                type: 'void',
                'x-component': 'ArrayTable.Column',
                properties: { files: { type: 'array', title: '扫描件', 'x-component': 'Upload' } },
              },
              colCopies: {
                type: 'void',
                'x-component': 'ArrayTable.Column',
                properties: {
                  copies: {
                    type: 'number',
                    title: '份数',
                    required: true,
                    'x-component': 'NumberPicker',
                    'x-validator': ['integer', { minimum: 1, maximum: 50 }],
                  },
                },
              },
            },
          },
        },
      },
    },
    useDate: { type: 'date', title: '用印日期', 'x-component': 'DatePicker', default: '{{today()}}' },
    reason: {
      type: 'string',
      title: '用印事由',
      required: true,
      'x-component': 'Input.TextArea',
      maxLength: 200,
    },
    headOpinion: { type: 'string', title: '负责人意见', 'x-component': 'Input.TextArea' },
  },
};

const FILE = 'a'.repeat(32);
const complete = {
  businessType: 'contract',
  confidential: true,
  materials: [
    { name: '采购合同', files: [FILE], copies: 2 },
    { name: '授权书', files: [{ id: FILE, name: '授权书.pdf' }], copies: 1 },
  ],
  useDate: '2026-11-22',
  reason: '与供应商签订年度采购合同。',
};
const applicant: ValidateFormDataOptions = {
  mode: 'submit',
  editable: new Set(collectFieldNames(sealForm).filter((f) => f !== 'headOpinion')),
  isAcceptableFileId: (id) => id === FILE,
};
const codes = (data: unknown, options = applicant) =>
  validateFormData(sealForm, data, options).map((p) => `${p.path}:${p.code}`);

describe('schema > validate form data > seal-use form', () => {
  it('given a complete application, when the applicant submits, then there are no problems', () => {
    expect(codes(complete)).to.deep.equal([]);
    const { useDate: _today, ...withoutDate } = complete;
    expect(codes(withoutDate)).to.deep.equal([]);
  });

  it('given a half-filled application, when saved as a draft, then it passes; when submitted, then each gap is named', () => {
    const half = { businessType: 'contract', materials: [{ name: '采购合同' }] };
    expect(codes(half, { ...applicant, mode: 'draft' })).to.deep.equal([]);
    expect(codes(half)).to.deep.equal([
      'confidential:REQUIRED',
      'materials[0].copies:REQUIRED',
      'reason:REQUIRED',
    ]);
  });

  it('given an unchecked commitment, when submitted, then it is refused with the administrator message', () => {
    const [problem] = validateFormData(sealForm, { ...complete, confidential: false }, applicant);
    expect(problem).to.deep.equal({
      path: 'confidential',
      code: 'ENUM',
      message: '请确认材料不涉密 / is not the required value',
    });
  });

  it('given bad values everywhere, when submitted, then every problem carries its path', () => {
    const data = {
      ...complete,
      businessType: '合同协议',
      materials: [
        { name: '采购合同', files: [FILE, 'b'.repeat(32)], copies: 0 },
        { name: 'x'.repeat(101), files: Array(11).fill(FILE), copies: 2.5, stamp: 'official' },
      ],
      useDate: '22/11/2026',
      reason: '理'.repeat(201),
    };
    expect(codes(data)).to.deep.equal([
      'businessType:ENUM',
      'materials[0].files[1]:FILE_REFERENCE',
      'materials[0].copies:MINIMUM',
      'materials[1].stamp:UNKNOWN_FIELD',
      'materials[1].name:MAX_LENGTH',
      'materials[1].files:TOO_MANY_ITEMS',
      'materials[1].copies:FORMAT',
      'useDate:TYPE',
      'reason:MAX_LENGTH',
    ]);
  });

  it('given the approval step, when the head writes the opinion only, then it passes; touching the reason is refused', () => {
    const head: ValidateFormDataOptions = { mode: 'submit', editable: new Set(['headOpinion']) };
    expect(codes({ headOpinion: '同意。' }, head)).to.deep.equal([]);
    expect(codes({ headOpinion: '同意。', reason: '改一下', materials: [] }, head)).to.deep.equal([
      'materials:NOT_EDITABLE',
      'reason:NOT_EDITABLE',
    ]);
    expect(codes({ ...complete, headOpinion: '自己批' })).to.deep.equal(['headOpinion:NOT_EDITABLE']);
  });

  it('given random JSON as data, when validated in either mode, then it never throws', () => {
    const keys = fc.constantFrom(
      'businessType',
      'confidential',
      'materials',
      'name',
      'files',
      'copies',
      'id',
      'useDate',
      'reason',
      'headOpinion',
      '__proto__',
      'constructor',
      '$gt',
      'x',
    );
    const { tree } = fc.letrec((tie) => ({
      tree: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 2 }),
        fc.array(tie('tree'), { maxLength: 4 }),
        fc.dictionary(keys, tie('tree'), { maxKeys: 5 }),
      ),
    }));
    const modes: ValidateFormDataOptions[] = [
      { mode: 'submit' },
      { mode: 'draft', editable: new Set(['reason', 'materials']), isAcceptableFileId: () => true },
    ];
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), tree, fc.dictionary(keys, tree)),
        fc.constantFrom(...modes),
        (data, options) => {
          // Through JSON, as a request body arrives (a "__proto__" key becomes an own property).
          const parsed: unknown = JSON.parse(JSON.stringify(data) ?? 'null');
          const problems = validateFormData(sealForm, parsed, options);
          expect(problems).to.be.an('array');
          expect(validateFormData(sealForm, parsed, options)).to.deep.equal(problems);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('given random schemas as administrators might write them, when validating random data, then it never throws', () => {
    const names = fc.constantFrom('a', 'b', 'files', 'rows', '__proto__', 'constructor', '$x');
    const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, maxDepth: 3 });
    const { node } = fc.letrec((tie) => ({
      node: fc.record(
        {
          type: fc.constantFrom(
            'string',
            'number',
            'boolean',
            'object',
            'array',
            'void',
            'date',
            'datetime',
            'x',
          ),
          properties: opt(fc.dictionary(names, tie('node'), { maxKeys: 3 })),
          items: opt(
            fc.oneof(tie('node'), fc.array(tie('node'), { maxLength: 2 }), fc.jsonValue({ maxDepth: 1 })),
          ),
          required: opt(fc.oneof(fc.boolean(), fc.array(names, { maxLength: 2 }), fc.string())),
          enum: opt(
            fc.array(
              fc.oneof(
                fc.jsonValue({ maxDepth: 1 }),
                fc.record({ label: fc.string(), value: fc.jsonValue({ maxDepth: 1 }) }),
              ),
            ),
          ),
          'x-validator': opt(
            fc.oneof(
              fc.constantFrom('email', 'phone', 'integer', 'constructor', 'toString', '__proto__'),
              fc.jsonValue({ maxDepth: 2 }),
              fc.record(
                {
                  format: fc.string(),
                  pattern: fc.string({ maxLength: 6 }),
                  min: fc.jsonValue({ maxDepth: 0 }),
                  len: fc.integer(),
                  required: fc.boolean(),
                  message: fc.jsonValue({ maxDepth: 0 }),
                },
                { requiredKeys: [] },
              ),
            ),
          ),
          'x-component': opt(
            fc.constantFrom('Upload', 'Upload.Dragger', 'ImageUpload', 'Input', 'ArrayTable'),
          ),
          'x-component-props': opt(fc.jsonValue({ maxDepth: 1 })),
          'x-display': opt(fc.constantFrom('none', 'hidden', 'visible')),
          pattern: opt(fc.string({ maxLength: 6 })),
          maxLength: opt(fc.jsonValue({ maxDepth: 0 })),
          minimum: opt(fc.jsonValue({ maxDepth: 0 })),
          exclusiveMaximum: opt(fc.jsonValue({ maxDepth: 0 })),
          maxItems: opt(fc.jsonValue({ maxDepth: 0 })),
        },
        { requiredKeys: ['type'] },
      ),
    }));
    const { data } = fc.letrec((tie) => ({
      data: fc.oneof(
        { depthSize: 'small' },
        fc.jsonValue({ maxDepth: 1 }),
        fc.array(tie('data'), { maxLength: 3 }),
        fc.dictionary(names, tie('data'), { maxKeys: 4 }),
      ),
    }));
    fc.assert(
      fc.property(
        fc.dictionary(names, node, { maxKeys: 4 }),
        data,
        fc.boolean(),
        (properties, value, submit) => {
          const form = JSON.parse(JSON.stringify({ type: 'object', properties })) as FormSchema;
          const parsed: unknown = JSON.parse(JSON.stringify(value) ?? 'null');
          const options: ValidateFormDataOptions = {
            mode: submit ? 'submit' : 'draft',
            editable: submit ? undefined : new Set(['a', 'rows']),
            isAcceptableFileId: (id) => id.length > 1,
          };
          expect(validateFormData(form, parsed, options)).to.be.an('array');
        },
      ),
      { numRuns: 300 },
    );
    for (const form of [null, undefined, 'x', [], { type: 'object', properties: [] }]) {
      expect(validateFormData(form as unknown as FormSchema, { a: 1 }, { mode: 'submit' })).to.deep.equal([
        { path: 'a', code: 'UNKNOWN_FIELD', message: '表单中没有这个字段 / the form has no such field' },
      ]);
    }
  });
});
