import { expect } from 'chai';
import { isValidJsonLogic } from '@flowhall/schema';
import {
  conditionToJsonLogic,
  conditionToReaction,
  jsonLogicToCondition,
  reactionToCondition,
  type Condition,
} from '../src/schema-ops';

const overAmount: Condition = {
  combine: 'and',
  clauses: [
    { field: 'horizontal', op: 'eq', value: true },
    { field: 'amount', op: 'gt', value: 100000 },
  ],
};

describe('designer > schema ops > rule builder', () => {
  it('turns a condition into JSON Logic over the form and reads it back', () => {
    const rule = conditionToJsonLogic(overAmount);
    expect(rule).to.deep.equal({
      and: [{ '==': [{ var: 'form.horizontal' }, true] }, { '>': [{ var: 'form.amount' }, 100000] }],
    });
    expect(isValidJsonLogic(rule)).to.equal(true);
    expect(jsonLogicToCondition(rule)).to.deep.equal(overAmount);
  });

  it('round-trips every operator through JSON Logic', () => {
    const all: Condition = {
      combine: 'or',
      clauses: [
        { field: 'a', op: 'ne', value: 'x' },
        { field: 'a', op: 'gte', value: 1 },
        { field: 'a', op: 'lt', value: 2 },
        { field: 'a', op: 'lte', value: 3 },
        { field: 'b', op: 'in', value: ['research', 'teaching'] },
        { field: 'c', op: 'contains', value: 'name' },
        { field: 'd', op: 'empty' },
        { field: 'd', op: 'notEmpty' },
      ],
    };
    expect(jsonLogicToCondition(conditionToJsonLogic(all))).to.deep.equal(all);
  });

  it('leaves rules beyond the builder unparsed', () => {
    expect(
      jsonLogicToCondition({ some: [{ var: 'form.seals' }, { '==': [{ var: 'sealType' }, 'name'] }] }),
    ).to.equal(undefined);
  });

  it('writes a Formily reaction in the baselines format and reads it back', () => {
    const { dependencies, expression } = conditionToReaction(overAmount);
    expect(dependencies).to.deep.equal(['horizontal', 'amount']);
    expect(expression).to.equal('{{$deps[0] === true && $deps[1] > 100000}}');
    expect(reactionToCondition(dependencies, expression)).to.deep.equal(overAmount);
    expect(reactionToCondition(['takeOut'], '{{$deps[0] === true}}')).to.deep.equal({
      combine: 'and',
      clauses: [{ field: 'takeOut', op: 'eq', value: true }],
    });
  });

  it('the generated expression evaluates as the condition says', () => {
    const all: Condition = {
      combine: 'and',
      clauses: [
        { field: 'list', op: 'contains', value: 'x' },
        { field: 'kind', op: 'in', value: ['a', 'b'] },
        { field: 'note', op: 'notEmpty' },
      ],
    };
    const { dependencies, expression } = conditionToReaction(all);
    const body = expression.slice(2, -2);
    const run = new Function('$deps', `return ${body};`) as (deps: unknown[]) => boolean;
    expect(run([['x'], 'a', 'hi'])).to.equal(true);
    expect(run([['y'], 'a', 'hi'])).to.equal(false);
    expect(run([['x'], 'c', 'hi'])).to.equal(false);
    expect(run([['x'], 'a', ''])).to.equal(false);
    expect(reactionToCondition(dependencies, expression)).to.deep.equal(all);
  });
});
