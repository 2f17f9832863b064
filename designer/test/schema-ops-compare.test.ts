import { expect } from 'chai';
import {
  addField,
  addNode,
  compareDefinitions,
  isUnchanged,
  placeNodes,
  updateNode,
} from '../src/schema-ops';
import { contractDoc } from './schema-ops-fixture';

describe('designer > schema ops > compare', () => {
  it('finds nothing when only positions moved', () => {
    const before = { ...contractDoc(), name: '合同审批' };
    const after = { ...before, flow: placeNodes(before.flow, { start: { x: 1, y: 2 } }) };
    expect(isUnchanged(compareDefinitions(before, after))).to.equal(true);
  });

  it('lists fields and nodes added, removed and changed, and metadata that differs', () => {
    const before = { ...contractDoc(), name: '合同审批' };
    const withField = addField(before, ['card', 'grid'], 'deadline', { type: 'string', title: '截止日期' });
    if (!withField.ok) throw new Error(withField.message);
    const withNode = addNode(withField.doc.flow, 'approval', undefined, '财务处审核');
    if (!withNode.ok) throw new Error(withNode.message);
    const renamed = updateNode(withNode.flow, 'finance', { name: '财务处复核' });
    if (!renamed.ok) throw new Error(renamed.message);
    const { materials: _removed, ...rest } = withField.doc.form.properties!;
    const after = {
      ...withField.doc,
      form: { ...withField.doc.form, properties: rest },
      flow: renamed.flow,
      name: '合同审批（新）',
    };

    const changes = compareDefinitions(before, after);
    expect(changes.fields.added.map((f) => f.title)).to.deep.equal(['截止日期']);
    expect(changes.fields.removed.map((f) => f.title)).to.deep.equal(['材料', '名称']);
    expect(changes.nodes.added.map((n) => n.title)).to.deep.equal(['财务处审核']);
    expect(changes.nodes.changed.map((n) => n.title)).to.deep.equal(['财务处复核']);
    expect(changes.meta).to.deep.equal(['name']);
  });
});
