import { expect } from 'chai';
import { validateDefinition } from '@flowhall/schema';
import type { ApprovalNode, ProcessDefinition } from '@flowhall/schema';
import {
  addEdge,
  addNode,
  canRedo,
  canUndo,
  createHistory,
  deleteNode,
  pushHistory,
  redo,
  undo,
  updateEdge,
  updateNode,
} from '../src/schema-ops';
import { contractDoc, contractFlow } from './schema-ops-fixture';

describe('designer > schema ops > flow', () => {
  it('adds nodes with unique stable ids and empty assignees for people steps', () => {
    const first = addNode(contractFlow(), 'approval', { x: 10, y: 20 }, '财务处审核');
    if (!first.ok) throw new Error(first.message);
    const second = addNode(first.flow, 'approval');
    if (!second.ok) throw new Error(second.message);
    expect([first.id, second.id]).to.deep.equal(['approval_1', 'approval_2']);
    const node = first.flow.nodes.find((n) => n.id === 'approval_1') as ApprovalNode;
    expect(node).to.deep.include({ x: 10, y: 20, text: '财务处审核' });
    expect(node.properties).to.deep.equal({ name: '财务处审核', assignees: [] });
  });

  it('refuses a second start node', () => {
    expect(addNode(contractFlow(), 'start')).to.include({ ok: false, error: 'START_EXISTS' });
  });

  it('deletes a node with its edges and the return targets naming it', () => {
    const result = deleteNode(contractFlow(), 'start');
    if (!result.ok) throw new Error(result.message);
    expect(result.flow.edges.map((e) => e.id)).to.deep.equal(['e2', 'e3', 'e4']);
    const finance = result.flow.nodes.find((n) => n.id === 'finance') as ApprovalNode;
    expect(finance.properties.returnTo).to.deep.equal(['applicant']);
    expect(result.changes).to.have.length(2);
  });

  it('connects nodes once and never to themselves', () => {
    expect(addEdge(contractFlow(), 'start', 'start')).to.include({ ok: false, error: 'SELF_LOOP' });
    expect(addEdge(contractFlow(), 'start', 'check')).to.include({ ok: false, error: 'DUPLICATE_EDGE' });
    const added = addEdge(contractFlow(), 'start', 'end');
    expect(added).to.include({ ok: true, id: 'edge_1' });
  });

  it('keeps one default branch per condition and drops the default edge condition', () => {
    const result = updateEdge(contractFlow(), 'e2', { isDefault: true }, '其他');
    if (!result.ok) throw new Error(result.message);
    const [e2, e3] = [result.flow.edges[1], result.flow.edges[2]];
    expect(e2.properties).to.deep.equal({ isDefault: true, order: 1 });
    expect(e2.text).to.equal('其他');
    expect(e3.properties).to.deep.equal({});
  });

  it('renaming a node updates its label; clearing a property removes it', () => {
    const result = updateNode(contractFlow(), 'finance', { name: '财务处复核', returnTo: undefined });
    if (!result.ok) throw new Error(result.message);
    const node = result.flow.nodes.find((n) => n.id === 'finance')!;
    expect(node.text).to.equal('财务处复核');
    expect(node.properties).not.to.have.property('returnTo');
  });

  it('an unreachable node added by the designer is reported by validateDefinition', () => {
    const added = addNode(contractFlow(), 'approval', undefined, '孤立环节');
    if (!added.ok) throw new Error(added.message);
    const definition: ProcessDefinition = {
      key: 'k',
      version: 1,
      name: 'n',
      ...contractDoc(),
      flow: added.flow,
    };
    const problems = validateDefinition(definition);
    expect(problems.some((p) => p.code === 'UNREACHABLE_NODE' && p.nodeId === added.id)).to.equal(true);
  });
});

describe('designer > schema ops > history', () => {
  it('undoes and redoes snapshots and drops the redo branch on a new edit', () => {
    let h = createHistory('a');
    h = pushHistory(h, 'b');
    h = pushHistory(h, 'c');
    h = undo(h);
    expect(h.present).to.equal('b');
    expect(canRedo(h)).to.equal(true);
    h = redo(h);
    expect(h.present).to.equal('c');
    h = undo(undo(h));
    h = pushHistory(h, 'd');
    expect([h.present, canRedo(h), canUndo(h)]).to.deep.equal(['d', false, true]);
    expect(undo(createHistory('x')).present).to.equal('x');
  });

  it('keeps at most the given number of snapshots', () => {
    let h = createHistory(0);
    for (let i = 1; i <= 5; i += 1) h = pushHistory(h, i, 3);
    expect(h.past).to.deep.equal([2, 3, 4]);
  });
});
