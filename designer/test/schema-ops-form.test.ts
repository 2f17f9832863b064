import { expect } from 'chai';
import { collectFieldNames } from '@flowhall/schema';
import type { ApprovalNode, FormFieldSchema } from '@flowhall/schema';
import {
  addField,
  copyField,
  deleteField,
  moveField,
  nodeAt,
  renameField,
  uniqueFieldName,
} from '../src/schema-ops';
import { contractDoc } from './schema-ops-fixture';

const GRID = ['card', 'grid'];
const finance = (doc: ReturnType<typeof contractDoc>) =>
  doc.flow.nodes.find((n) => n.id === 'finance') as ApprovalNode;

describe('designer > schema ops > form fields', () => {
  it('adds a field into a nested grid at the given position with a unique name', () => {
    // Given a form that already has "amount"
    const doc = contractDoc();
    // When an administrator drops a second number field named amount at the top of the grid
    const result = addField(doc, GRID, 'amount', { type: 'number', title: '金额2' }, 0);
    // Then it gets a fresh name and sits first in the grid
    if (!result.ok) throw new Error(result.message);
    expect(result.address).to.deep.equal([...GRID, 'amount2']);
    expect(Object.keys((nodeAt(result.doc.form, GRID) as FormFieldSchema).properties!)[0]).to.equal(
      'amount2',
    );
    expect(doc.form).to.deep.equal(contractDoc().form, 'the input is not mutated');
  });

  it('refuses to nest a field into a plain input', () => {
    const result = addField(contractDoc(), [...GRID, 'reviewer'], 'x', { type: 'string' });
    expect(result).to.include({ ok: false, error: 'NOT_A_CONTAINER' });
  });

  it('renames a field in reactions, permissions, edge conditions and assignee rules', () => {
    const result = renameField(contractDoc(), [...GRID, 'horizontal'], 'isHorizontal');
    if (!result.ok) throw new Error(result.message);
    const { doc } = result;
    const amount = nodeAt(doc.form, [...GRID, 'amount']) as FormFieldSchema;
    expect((amount['x-reactions'] as { dependencies: string[] }).dependencies).to.deep.equal([
      'isHorizontal',
    ]);
    expect(JSON.stringify(doc.flow.edges[1].properties?.condition)).to.include('"form.isHorizontal"');
    expect(JSON.stringify(doc.flow)).not.to.include('form.horizontal"');
    expect(finance(doc).properties.assignees[1]).to.include({ type: 'byField', field: 'isHorizontal' });
    expect(result.changes[0]).to.match(/horizontal 改为 isHorizontal/);
  });

  it('renames an object group and moves the nested paths with it', () => {
    const result = renameField(contractDoc(), ['contact'], 'applicantContact');
    if (!result.ok) throw new Error(result.message);
    expect(finance(result.doc).properties.fieldPermissions).to.have.property(
      'applicantContact.phone',
      'readonly',
    );
    expect(finance(result.doc).properties.fieldPermissions).not.to.have.property('contact.phone');
  });

  it('rejects a taken or malformed name and leaves the form as it was', () => {
    expect(renameField(contractDoc(), [...GRID, 'amount'], 'reviewer')).to.include({
      ok: false,
      error: 'NAME_TAKEN',
    });
    expect(renameField(contractDoc(), [...GRID, 'amount'], '1st')).to.include({
      ok: false,
      error: 'INVALID_NAME',
    });
    expect(renameField(contractDoc(), [...GRID, 'amount'], 'materials')).to.include({ ok: false });
  });

  it('deletes a field and every reference to it, reporting what changed', () => {
    const result = deleteField(contractDoc(), [...GRID, 'horizontal']);
    if (!result.ok) throw new Error(result.message);
    const { doc, changes } = result;
    expect(collectFieldNames(doc.form)).not.to.include('horizontal');
    expect((nodeAt(doc.form, [...GRID, 'amount']) as FormFieldSchema)['x-reactions']).to.equal(undefined);
    expect(doc.flow.edges[1].properties).not.to.have.property('condition');
    expect(finance(doc).properties.assignees.map((r) => r.type)).to.deep.equal(['formField']);
    expect(changes.join('\n'))
      .to.match(/显示\/必填条件/)
      .and.match(/e2/)
      .and.match(/办理人规则/);
  });

  it('deleting a layout card removes the references of the fields inside it', () => {
    const result = deleteField(contractDoc(), ['card']);
    if (!result.ok) throw new Error(result.message);
    expect(collectFieldNames(result.doc.form)).to.deep.equal([
      'contact',
      'contact.phone',
      'materials',
      'financeOpinion',
    ]);
    expect(finance(result.doc).properties.fieldPermissions).to.deep.equal({
      financeOpinion: 'editable',
      'contact.phone': 'readonly',
    });
  });

  it('moves a field out of the grid to the top level without touching references (void adds no path)', () => {
    const result = moveField(contractDoc(), [...GRID, 'amount'], [], 0);
    if (!result.ok) throw new Error(result.message);
    expect(Object.keys(result.doc.form.properties!)[0]).to.equal('amount');
    expect(finance(result.doc).properties.fieldPermissions).to.have.property('amount', 'readonly');
    expect(result.changes).to.deep.equal([]);
  });

  it('moving a field into an object group renames its references to the new path', () => {
    const result = moveField(contractDoc(), [...GRID, 'amount'], ['contact']);
    if (!result.ok) throw new Error(result.message);
    expect(finance(result.doc).properties.fieldPermissions).to.have.property('contact.amount', 'readonly');
    expect(JSON.stringify(result.doc.flow.edges[1].properties?.condition)).to.include('form.contact.amount');
  });

  it('will not move a container into itself', () => {
    expect(moveField(contractDoc(), ['card'], [...GRID])).to.include({ ok: false, error: 'INTO_ITSELF' });
  });

  it('copies a field right after itself under a new name', () => {
    const result = copyField(contractDoc(), [...GRID, 'amount']);
    if (!result.ok) throw new Error(result.message);
    const keys = Object.keys((nodeAt(result.doc.form, GRID) as FormFieldSchema).properties!);
    expect(keys).to.deep.equal(['horizontal', 'amount', 'amount2', 'reviewer']);
  });

  it('keeps names unique across the whole form, table columns included', () => {
    expect(uniqueFieldName(contractDoc().form, 'name')).to.equal('name2');
    expect(uniqueFieldName(contractDoc().form, '合同')).to.equal('field');
  });
});

describe('designer > schema ops > repeating tables', () => {
  it('adds a column field into the row, not next to the add-row button', () => {
    const result = addField(contractDoc(), ['materials'], 'copies', { type: 'number', title: '份数' });
    if (!result.ok) throw new Error(result.message);
    const table = nodeAt(result.doc.form, ['materials']) as FormFieldSchema;
    expect(Object.keys(table.items!.properties!)).to.deep.equal(['name', 'copies']);
    expect(Object.keys(table.properties!)).to.deep.equal(['add']);
    expect(collectFieldNames(result.doc.form)).not.to.include('copies');
  });
});
