import { expect } from 'chai';
import { validateFormData, type FormFieldSchema, type FormSchema } from '@flowhall/schema';
import {
  isRequired,
  readCondition,
  setRequired,
  setVisibleCondition,
} from '../src/form-designer/field-conditions';
import { schemaProblems } from '../src/form-designer/schema-problems';

const amount = (): FormFieldSchema => ({ type: 'number', title: '合同金额', 'x-component': 'NumberPicker' });
const whenHorizontal = {
  combine: 'and' as const,
  clauses: [{ field: 'horizontal', op: 'eq' as const, value: true }],
};

describe('designer > form designer > conditions', () => {
  it('a required field that is shown only under a condition is required exactly under it', () => {
    // Given a required amount field
    const required = setRequired(amount(), true);
    expect(required.required).to.equal(true);
    // When it is shown only for horizontal contracts
    const shown = setVisibleCondition(required, whenHorizontal);
    // Then it is no longer statically required (the server cannot run reactions) but required while shown
    expect(shown.required).to.equal(undefined);
    expect(isRequired(shown)).to.equal(true);
    expect(readCondition(shown, 'visible')).to.deep.equal(whenHorizontal);
    expect(readCondition(shown, 'required')).to.deep.equal(whenHorizontal);
    expect(shown['x-reactions']).to.have.length(2);
  });

  it('turning required off keeps the visibility condition', () => {
    const shown = setVisibleCondition(setRequired(amount(), true), whenHorizontal);
    const optional = setRequired(shown, false);
    expect(isRequired(optional)).to.equal(false);
    expect(readCondition(optional, 'visible')).to.deep.equal(whenHorizontal);
    expect(optional['x-reactions']).to.deep.equal({
      dependencies: ['horizontal'],
      fulfill: { state: { visible: '{{$deps[0] === true}}' } },
    });
  });

  it('what the designer writes is enforced by the server validator', () => {
    // Given 合同金额 required while shown for horizontal contracts, as the panel writes it
    const field = setVisibleCondition(setRequired(amount(), true), whenHorizontal);
    const form: FormSchema = {
      type: 'object',
      properties: { horizontal: { type: 'boolean', title: '是否横向合同' }, amount: field },
    };
    const options = { mode: 'submit' as const };
    // Then the server requires it for a horizontal contract and not otherwise
    expect(validateFormData(form, { horizontal: true }, options).map((p) => [p.path, p.code])).to.deep.equal([
      ['amount', 'REQUIRED'],
    ]);
    expect(validateFormData(form, { horizontal: false }, options)).to.deep.equal([]);
  });

  it('removing the visibility condition of a field required while shown makes it always required', () => {
    const shown = setVisibleCondition(setRequired(amount(), true), whenHorizontal);
    const always = setVisibleCondition(shown, undefined);
    expect(always.required).to.equal(true);
    expect(always['x-reactions']).to.equal(undefined);
  });
});

describe('designer > form designer > JSON view', () => {
  it('refuses broken JSON, a non-object root and clashing field paths, with reasons', () => {
    expect(schemaProblems('{').problems[0]).to.match(/JSON 格式错误/);
    expect(schemaProblems('{"type":"string"}').problems[0]).to.match(/根节点/);
    const clash = {
      type: 'object',
      properties: { a: { type: 'void', properties: { x: { type: 'string' } } }, x: { type: 'string' } },
    };
    expect(schemaProblems(JSON.stringify(clash)).problems).to.deep.equal(['字段 x 重复']);
    expect(
      schemaProblems(JSON.stringify({ type: 'object', properties: { '1x': { type: 'string' } } }))
        .problems[0],
    ).to.match(/1x/);
  });

  it('accepts layout nodes sharing a name (every card has its grid)', () => {
    const form = {
      type: 'object',
      properties: {
        a: { type: 'void', properties: { grid: { type: 'void', properties: { x: { type: 'string' } } } } },
        b: { type: 'void', properties: { grid: { type: 'void', properties: { y: { type: 'string' } } } } },
      },
    };
    const result = schemaProblems(JSON.stringify(form));
    expect(result.problems).to.deep.equal([]);
    expect(result.schema).to.deep.equal(form);
  });
});
