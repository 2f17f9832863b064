import { expect } from 'chai';
import {
  conditionToReaction,
  evaluateCondition,
  fieldCondition,
  reactionToCondition,
  validateFormData,
  type Condition,
  type FormFieldSchema,
  type FormSchema,
} from '../src';
import { textArea, visibleIfYes, yesNo } from '../../../plugins/seal/src/processes/form-parts';
import { sealUseForm } from '../../../plugins/seal/src/processes/seal-use/form';

function findByTitle(node: unknown, title: string): Record<string, unknown> | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  const n = node as Record<string, unknown>;
  if (n.title === title) return n;
  for (const child of Object.values((n.properties ?? {}) as Record<string, unknown>)) {
    const found = findByTitle(child, title);
    if (found) return found;
  }
  return undefined;
}

const submit = { mode: 'submit', isAcceptableFileId: () => true } as const;
const draft = { mode: 'draft', isAcceptableFileId: () => true } as const;
const codesAt = (problems: Array<{ path: string; code: string }>, path: string) =>
  problems.filter((p) => p.path === path).map((p) => p.code);

// The designer's example: 合同金额 is shown, and required, only for horizontal contracts — the
// two reactions the form designer writes for "required" plus "show when 是否横向合同 = 是".
const horizontal: FormFieldSchema = { type: 'boolean', title: '是否横向合同', 'x-component': 'Radio.Group' };
const whenHorizontal = '{{$deps[0] === true}}';
const contractForm: FormSchema = {
  type: 'object',
  properties: {
    card: {
      type: 'void',
      'x-component': 'Card',
      properties: {
        horizontal,
        amount: {
          type: 'number',
          title: '合同金额',
          'x-component': 'NumberPicker',
          'x-reactions': [
            { dependencies: ['horizontal'], fulfill: { state: { visible: whenHorizontal } } },
            { dependencies: ['horizontal'], fulfill: { state: { required: whenHorizontal } } },
          ],
        },
      },
    },
  },
};

describe('schema > conditions > evaluation', () => {
  const cond = (c: Condition['clauses'], combine: Condition['combine'] = 'and'): Condition => ({
    combine,
    clauses: c,
  });

  it('evaluates every operator like the Formily expression it writes', () => {
    const data = { n: 5, s: 'abc', list: ['x', 'y'], nested: { flag: true }, blank: '' };
    expect(evaluateCondition(cond([{ field: 'n', op: 'gt', value: 4 }]), data)).to.equal(true);
    expect(evaluateCondition(cond([{ field: 'n', op: 'lte', value: 4 }]), data)).to.equal(false);
    expect(evaluateCondition(cond([{ field: 'missing', op: 'gt', value: 0 }]), data)).to.equal(false);
    expect(evaluateCondition(cond([{ field: 'n', op: 'gt', value: '4' }]), data)).to.equal(false);
    expect(evaluateCondition(cond([{ field: 's', op: 'in', value: ['abc', 'd'] }]), data)).to.equal(true);
    expect(evaluateCondition(cond([{ field: 'list', op: 'contains', value: 'y' }]), data)).to.equal(true);
    expect(evaluateCondition(cond([{ field: 'missing', op: 'contains', value: 'y' }]), data)).to.equal(false);
    expect(evaluateCondition(cond([{ field: 'blank', op: 'empty' }]), data)).to.equal(true);
    expect(evaluateCondition(cond([{ field: 'nested.flag', op: 'eq', value: true }]), data)).to.equal(true);
    expect(evaluateCondition(cond([{ field: 'missing', op: 'ne', value: 1 }]), data)).to.equal(true);
    const either = cond(
      [
        { field: 'n', op: 'eq', value: 1 },
        { field: 's', op: 'notEmpty' },
      ],
      'or',
    );
    expect(evaluateCondition(either, data)).to.equal(true);
    expect(evaluateCondition({ ...either, combine: 'and' }, data)).to.equal(false);
  });

  it('agrees with the generated expression run as JavaScript', () => {
    const conditions: Condition[] = [
      cond([{ field: 'a', op: 'gte', value: 10 }]),
      cond([{ field: 'a', op: 'in', value: [1, 2] }]),
      cond([{ field: 'b', op: 'contains', value: 'x' }]),
      cond(
        [
          { field: 'a', op: 'empty' },
          { field: 'b', op: 'notEmpty' },
        ],
        'or',
      ),
    ];
    const samples = [{}, { a: 1 }, { a: 12, b: ['x'] }, { a: '', b: [] }, { a: null, b: 'xyz' }];
    for (const condition of conditions) {
      const { dependencies, expression } = conditionToReaction(condition);
      const body = expression.slice(2, -2);
      // The browser's view: the same expression over $deps.
      const run = new Function('$deps', `return (${body});`) as (deps: unknown[]) => unknown;
      for (const data of samples) {
        const deps = dependencies.map((d) => (data as Record<string, unknown>)[d]);
        expect(evaluateCondition(condition, data), `${body} on ${JSON.stringify(data)}`).to.equal(
          Boolean(run(deps)),
        );
      }
    }
  });

  it('recognises the seal baseline visibleIfYes reaction and leaves hand-written ones custom', () => {
    const shown = visibleIfYes(textArea('带出事由'), 'takeOut');
    expect(fieldCondition(shown, 'visible')).to.deep.equal({
      combine: 'and',
      clauses: [{ field: 'takeOut', op: 'eq', value: true }],
    });
    expect(fieldCondition(shown, 'required')).to.equal(undefined);
    // 名章所属负责人 shows while any seal row is a name seal: beyond the builder, so custom.
    const custom = findByTitle(sealUseForm, '名章所属负责人');
    expect(custom).to.not.equal(undefined);
    expect(fieldCondition(custom!, 'visible')).to.equal('custom');
    expect(
      fieldCondition(
        { 'x-reactions': { dependencies: ['.x'], fulfill: { state: { visible: '{{$deps[0] === 1}}' } } } },
        'visible',
      ),
    ).to.equal('custom');
    expect(reactionToCondition(['a'], '{{$deps[0].length > 2}}')).to.equal(undefined);
  });
});

describe('schema > conditions > validateFormData', () => {
  it('requires 合同金额 exactly while 是否横向合同 is 是', () => {
    // Given the designer's contract form
    // When a horizontal contract is submitted without an amount
    const missing = validateFormData(contractForm, { horizontal: true }, submit);
    // Then the amount is required, with its path
    expect(codesAt(missing, 'amount')).to.deep.equal(['REQUIRED']);
    // And not for another contract, nor in a draft
    expect(validateFormData(contractForm, { horizontal: false }, submit)).to.deep.equal([]);
    expect(validateFormData(contractForm, { horizontal: true }, draft)).to.deep.equal([]);
    expect(validateFormData(contractForm, { horizontal: true, amount: 5000 }, submit)).to.deep.equal([]);
  });

  it('ignores the value of a field its condition hides, and checks it while shown', () => {
    // A stale value left in a draft after 是否横向合同 went back to 否 is not an error
    expect(validateFormData(contractForm, { horizontal: false, amount: 'abc' }, submit)).to.deep.equal([]);
    // While shown, the value is checked as usual
    expect(
      codesAt(validateFormData(contractForm, { horizontal: true, amount: 'abc' }, submit), 'amount'),
    ).to.deep.equal(['TYPE']);
  });

  it('a hidden layout node hides the fields inside it', () => {
    const form: FormSchema = {
      type: 'object',
      properties: {
        takeOut: yesNo('是否需要将印章带出'),
        box: {
          type: 'void',
          'x-reactions': {
            dependencies: ['takeOut'],
            fulfill: { state: { visible: '{{$deps[0] === true}}' } },
          },
          properties: { reason: { type: 'string', title: '带出事由', required: true } },
        },
      },
    };
    expect(validateFormData(form, { takeOut: false }, submit)).to.deep.equal([]);
    expect(codesAt(validateFormData(form, { takeOut: true }, submit), 'reason')).to.deep.equal(['REQUIRED']);
  });

  it('seal use: 带出事由 required by the schema is required only while 是否需要将印章带出 is 是', () => {
    const form: FormSchema = {
      type: 'object',
      properties: {
        takeOut: yesNo('是否需要将印章带出'),
        takeOutReason: visibleIfYes(textArea('带出事由', { required: true }), 'takeOut'),
      },
    };
    expect(validateFormData(form, { takeOut: false }, submit)).to.deep.equal([]);
    expect(codesAt(validateFormData(form, { takeOut: true }, submit), 'takeOutReason')).to.deep.equal([
      'REQUIRED',
    ]);
  });

  it('seal use baseline: a hidden 预计归还日期 is not checked, a shown one is', () => {
    const hidden = validateFormData(sealUseForm, { takeOut: false, expectedReturnDate: 'soon' }, submit);
    expect(codesAt(hidden, 'expectedReturnDate')).to.deep.equal([]);
    const shown = validateFormData(sealUseForm, { takeOut: true, expectedReturnDate: 'soon' }, submit);
    expect(codesAt(shown, 'expectedReturnDate')).to.have.length(1);
  });

  it('keeps the static behaviour for reactions it cannot read', () => {
    const form: FormSchema = {
      type: 'object',
      properties: {
        a: { type: 'string' },
        b: {
          type: 'string',
          required: true,
          'x-reactions': { dependencies: ['a'], fulfill: { state: { visible: '{{$deps[0].length > 2}}' } } },
        },
      },
    };
    expect(codesAt(validateFormData(form, { a: 'x' }, submit), 'b')).to.deep.equal(['REQUIRED']);
  });
});
