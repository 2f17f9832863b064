import { expect } from 'chai';
import type { FlowGraph } from '@flowhall/schema';
import { autoLayout, hasLayout } from '../src/flow-shapes/auto-layout';
import { VIEW_PROPERTY } from '../src/flow-shapes/node-kinds';
import { takenEdges, toCanvasData } from '../src/flow-shapes/to-canvas';
import { contractFlow } from './schema-ops-fixture';

describe('designer > flow shapes', () => {
  it('lays out a graph without positions top-down and drops stale edge routes', () => {
    const flow: FlowGraph = {
      ...contractFlow(),
      edges: contractFlow().edges.map((e) => ({ ...e, pointsList: [{ x: 0, y: 0 }] })),
    };
    expect(hasLayout(flow)).to.equal(false);
    const placed = autoLayout(flow);
    expect(hasLayout(placed)).to.equal(true);
    const y = Object.fromEntries(placed.nodes.map((n) => [n.id, n.y!]));
    expect(y.start).to.be.below(y.check);
    expect(y.check).to.be.below(y.finance);
    expect(y.finance).to.be.below(y.end);
    expect(placed.edges.every((e) => e.pointsList === undefined)).to.equal(true);
  });

  it('marks the path taken: edges between passed nodes and into the current one', () => {
    const taken = takenEdges(contractFlow(), ['start', 'check'], ['finance']);
    expect([...taken].sort()).to.deep.equal(['e1', 'e2']);
  });

  it('draws node states as a view-only property and names nodes by their name', () => {
    const data = toCanvasData(contractFlow(), { nodes: { finance: 'current' }, takenEdges: new Set(['e1']) });
    const finance = data.nodes!.find((n) => n.id === 'finance')!;
    expect(finance.properties?.[VIEW_PROPERTY]).to.equal('current');
    expect(finance.text).to.equal('财务处审核');
    expect(data.nodes!.find((n) => n.id === 'start')!.properties?.[VIEW_PROPERTY]).to.equal('idle');
    expect(data.edges!.find((e) => e.id === 'e1')!.properties?.[VIEW_PROPERTY]).to.equal('taken');
    // The saved graph is untouched.
    expect(JSON.stringify(contractFlow())).not.to.contain(VIEW_PROPERTY);
  });
});
