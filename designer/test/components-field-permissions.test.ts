import { expect } from 'chai';
import {
  applyFieldPermissions,
  editablePaths,
  hasSteps,
  type SchemaNode,
} from '../src/components/field-permissions';

const field = (title: string): SchemaNode => ({ type: 'string', title, 'x-component': 'Input' });

const schema: SchemaNode = {
  type: 'object',
  properties: {
    steps: {
      type: 'void',
      'x-component': 'FormStep',
      'x-component-props': { formStep: '{{formStep}}' },
      properties: {
        first: {
          type: 'void',
          'x-component': 'FormStep.StepPane',
          'x-component-props': { title: '选择业务类型' },
          properties: { businessType: field('业务类型') },
        },
      },
    },
    applicant: {
      type: 'object',
      properties: { phone: field('手机'), name: field('姓名') },
    },
    opinions: {
      type: 'void',
      'x-component': 'Card',
      properties: { deptHeadOpinion: field('部门负责人意见'), leaderOpinion: field('领导意见') },
    },
  },
};

const at = (node: SchemaNode, ...names: string[]): SchemaNode | undefined =>
  names.reduce<SchemaNode | undefined>((current, name) => current?.properties?.[name], node);

describe('designer > components > field permissions', () => {
  it('renders editable fields editable and read-only ones read-pretty', () => {
    const shown = applyFieldPermissions(schema, { businessType: 'editable', deptHeadOpinion: 'readonly' });
    expect(at(shown, 'steps', 'first', 'businessType')?.['x-pattern']).to.equal('editable');
    expect(at(shown, 'opinions', 'deptHeadOpinion')?.['x-pattern']).to.equal('readPretty');
  });

  it('removes hidden fields, and a card whose every field is hidden', () => {
    const shown = applyFieldPermissions(
      schema,
      { deptHeadOpinion: 'hidden', leaderOpinion: 'hidden' },
      { fallback: 'editable' },
    );
    expect(at(shown, 'opinions')).to.equal(undefined);
    expect(at(shown, 'applicant', 'phone')?.['x-pattern']).to.equal('editable');
  });

  it('keeps a card when only some of its fields are hidden', () => {
    const shown = applyFieldPermissions(schema, { deptHeadOpinion: 'hidden', leaderOpinion: 'editable' });
    expect(Object.keys(at(shown, 'opinions')?.properties ?? {})).to.deep.equal(['leaderOpinion']);
  });

  it('lets the fields of an object inherit its permission unless named themselves', () => {
    const shown = applyFieldPermissions(
      schema,
      { applicant: 'readonly', 'applicant.phone': 'editable' },
      { fallback: 'hidden' },
    );
    expect(at(shown, 'applicant', 'name')?.['x-pattern']).to.equal('readPretty');
    expect(at(shown, 'applicant', 'phone')?.['x-pattern']).to.equal('editable');
  });

  it('drops the help text of read-only fields and keeps it on editable ones', () => {
    const withHelp: SchemaNode = {
      type: 'object',
      properties: {
        a: { ...field('a'), description: '例：5' },
        b: { ...field('b'), description: '例：6' },
      },
    };
    const shown = applyFieldPermissions(withHelp, { a: 'readonly', b: 'editable' });
    expect(at(shown, 'a')?.description).to.equal(undefined);
    expect(at(shown, 'b')?.description).to.equal('例：6');
  });

  it('leaves out the remove column of a read-only repeating table, not of an editable one', () => {
    const table: SchemaNode = {
      type: 'object',
      properties: {
        rows: {
          type: 'array',
          'x-component': 'ArrayTable',
          items: {
            type: 'object',
            properties: {
              colName: {
                type: 'void',
                'x-component': 'ArrayTable.Column',
                properties: { name: field('名称') },
              },
              colRemove: {
                type: 'void',
                'x-component': 'ArrayTable.Column',
                properties: { remove: { type: 'void', 'x-component': 'ArrayTable.Remove' } },
              },
            },
          },
        },
      },
    };
    const columns = (shown: SchemaNode) =>
      Object.keys((at(shown, 'rows')?.items as SchemaNode).properties ?? {});
    expect(columns(applyFieldPermissions(table, { rows: 'readonly' }))).to.deep.equal(['colName']);
    expect(columns(applyFieldPermissions(table, { rows: 'editable' }))).to.deep.equal([
      'colName',
      'colRemove',
    ]);
  });

  it('uses the fallback for fields the map does not name', () => {
    const shown = applyFieldPermissions(schema, {}, { fallback: 'readonly' });
    expect(at(shown, 'steps', 'first', 'businessType')?.['x-pattern']).to.equal('readPretty');
  });

  it('shows everything read-pretty when asked, whatever the map says', () => {
    const shown = applyFieldPermissions(schema, { businessType: 'editable' }, { readPretty: true });
    expect(at(shown, 'steps', 'first', 'businessType')?.['x-pattern']).to.equal('readPretty');
  });

  it('turns steps into cards one after another when flattening', () => {
    const shown = applyFieldPermissions(schema, {}, { flattenSteps: true });
    expect(at(shown, 'steps')?.['x-component']).to.equal('FormLayout');
    expect(at(shown, 'steps')?.['x-component-props']).to.equal(undefined);
    expect(at(shown, 'steps', 'first')?.['x-component']).to.equal('Card');
    expect(at(shown, 'steps', 'first')?.['x-component-props']).to.deep.include({ title: '选择业务类型' });
  });

  it('does not change the schema it is given', () => {
    const before = JSON.stringify(schema);
    applyFieldPermissions(schema, { deptHeadOpinion: 'hidden' }, { flattenSteps: true });
    expect(JSON.stringify(schema)).to.equal(before);
  });

  it('lists the editable paths for an action patch', () => {
    expect(editablePaths({ a: 'editable', b: 'readonly', c: 'hidden', d: 'editable' })).to.deep.equal([
      'a',
      'd',
    ]);
  });

  it('finds FormStep anywhere in the schema', () => {
    expect(hasSteps(schema)).to.equal(true);
    expect(hasSteps({ type: 'object', properties: { a: field('a') } })).to.equal(false);
  });
});
