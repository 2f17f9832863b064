import { expect } from 'chai';
import {
  collectFieldNames,
  fieldPermissionsFor,
  isValidJsonLogic,
  validateDefinition,
  type FlowEdge,
  type FlowNode,
  type ProcessDefinition,
} from '@flowhall/schema';

const form: ProcessDefinition['form'] = {
  type: 'object',
  properties: {
    grid: { type: 'void', properties: { title: { type: 'string' }, leader: { type: 'string' } } },
    contact: { type: 'object', properties: { phone: { type: 'string' } } },
    opinion: { type: 'string' },
  },
};

function def(nodes: FlowNode[], edges: Array<[string, string, FlowEdge['properties']?]>): ProcessDefinition {
  return {
    key: 'k',
    version: 1,
    name: 'n',
    form,
    flow: {
      nodes,
      edges: edges.map(([s, t, p], i) => ({
        id: `e${i}`,
        sourceNodeId: s,
        targetNodeId: t,
        ...(p ? { properties: p } : {}),
      })),
    },
  };
}
const start: FlowNode = { id: 'start', type: 'start', properties: {} };
const end: FlowNode = { id: 'end', type: 'end', properties: {} };
const step = (id: string, extra: object = {}): FlowNode => ({
  id,
  type: 'approval',
  properties: { assignees: [{ type: 'users', users: ['u'] }], ...extra },
});
const codes = (d: ProcessDefinition) => validateDefinition(d).map((p) => p.code);

describe('schema > validateDefinition', () => {
  it('Given a straight chain, Then there are no problems', () => {
    expect(
      validateDefinition(
        def(
          [start, step('a'), end],
          [
            ['start', 'a'],
            ['a', 'end'],
          ],
        ),
      ),
    ).to.deep.equal([]);
  });
  it('Given no start or two starts, Then NO_START / MULTIPLE_STARTS', () => {
    expect(codes(def([step('a'), end], [['a', 'end']]))).to.include('NO_START');
    expect(
      codes(
        def(
          [start, { ...start, id: 's2' }, end],
          [
            ['start', 'end'],
            ['s2', 'end'],
          ],
        ),
      ),
    ).to.include('MULTIPLE_STARTS');
  });
  it('Given an edge to a missing node, Then EDGE_MISSING_NODE with the edge path', () => {
    const problems = validateDefinition(
      def(
        [start, end],
        [
          ['start', 'end'],
          ['start', 'ghost'],
        ],
      ),
    );
    expect(problems).to.deep.include({
      path: 'flow.edges[1].targetNodeId',
      code: 'EDGE_MISSING_NODE',
      message: 'edge "e1" points to missing node "ghost"',
      edgeId: 'e1',
    });
  });
  it('Given an unreachable node and a dead end, Then UNREACHABLE_NODE and CANNOT_REACH_END', () => {
    const c = codes(
      def(
        [start, step('a'), step('island'), { id: 'c', type: 'condition', properties: {} }, step('dead'), end],
        [
          ['start', 'c'],
          ['c', 'a', { isDefault: true }],
          ['c', 'dead', { condition: true }],
          ['dead', 'dead'],
          ['a', 'end'],
          ['island', 'end'],
        ],
      ),
    );
    expect(c).to.include.members(['UNREACHABLE_NODE', 'CANNOT_REACH_END']);
  });
  it('Given a condition without default, with two defaults, or with bad JSON Logic, Then each is named', () => {
    const cond: FlowNode = { id: 'c', type: 'condition', properties: {} };
    const base = (p1: FlowEdge['properties'], p2: FlowEdge['properties']) =>
      def(
        [start, cond, step('a'), step('b'), end],
        [
          ['start', 'c'],
          ['c', 'a', p1],
          ['c', 'b', p2],
          ['a', 'end'],
          ['b', 'end'],
        ],
      );
    expect(codes(base({ condition: true }, { condition: false }))).to.include('CONDITION_NO_DEFAULT');
    expect(codes(base({ isDefault: true }, { isDefault: true }))).to.include('CONDITION_MULTIPLE_DEFAULTS');
    expect(codes(base({ condition: { method: ['x', 'y'] } }, { isDefault: true }))).to.include(
      'INVALID_JSON_LOGIC',
    );
    expect(codes(base({}, { isDefault: true }))).to.include('CONDITION_RULE_MISSING');
  });
  it('Given a parallel split whose branches do not meet at one join, Then PARALLEL_WITHOUT_JOIN', () => {
    const split: FlowNode = { id: 'p', type: 'parallel', properties: {} };
    expect(
      codes(
        def(
          [start, split, step('a'), step('b'), end],
          [
            ['start', 'p'],
            ['p', 'a'],
            ['p', 'b'],
            ['a', 'end'],
            ['b', 'end'],
          ],
        ),
      ),
    ).to.include('PARALLEL_WITHOUT_JOIN');
    const join: FlowNode = { id: 'j', type: 'join', properties: {} };
    expect(
      validateDefinition(
        def(
          [start, split, step('a'), step('b'), join, end],
          [
            ['start', 'p'],
            ['p', 'a'],
            ['p', 'b'],
            ['a', 'j'],
            ['b', 'j'],
            ['j', 'end'],
          ],
        ),
      ),
    ).to.deep.equal([]);
  });
  it('Given incomplete assignee rules, Then ASSIGNEES_MISSING / ASSIGNEE_RULE_INCOMPLETE / UNKNOWN_FIELD', () => {
    const c = codes(
      def(
        [
          start,
          step('a', { assignees: [] }),
          step('b', {
            assignees: [
              { type: 'role', role: 'x', scope: 'dept' },
              { type: 'applicantChoice', field: 'nope' },
              { type: 'users', users: [] },
            ],
          }),
          end,
        ],
        [
          ['start', 'a'],
          ['a', 'b'],
          ['b', 'end'],
        ],
      ),
    );
    expect(c).to.include.members(['ASSIGNEES_MISSING', 'ASSIGNEE_RULE_INCOMPLETE', 'UNKNOWN_FIELD']);
  });
  it('Given field permissions naming a missing field and a returnTo target that does not exist, Then UNKNOWN_FIELD and RETURN_TARGET_MISSING', () => {
    const c = codes(
      def(
        [start, step('a', { fieldPermissions: { ghost: 'editable' }, returnTo: [{ nodeId: 'ghost' }] }), end],
        [
          ['start', 'a'],
          ['a', 'end'],
        ],
      ),
    );
    expect(c).to.include.members(['UNKNOWN_FIELD', 'RETURN_TARGET_MISSING']);
  });
  it('Given nonsense input, Then problems, not an exception', () => {
    expect(codes({} as ProcessDefinition)).to.include('MISSING_FIELD');
  });
});

describe('schema > form fields and permissions', () => {
  it('lists data paths, looking through void layout nodes', () => {
    expect(collectFieldNames(form)).to.deep.equal(['title', 'leader', 'contact', 'contact.phone', 'opinion']);
  });
  it('gives the start node editable fields and other nodes read-only ones unless opened', () => {
    const d = def(
      [start, step('a', { fieldPermissions: { opinion: 'editable', leader: 'hidden' } }), end],
      [
        ['start', 'a'],
        ['a', 'end'],
      ],
    );
    expect(fieldPermissionsFor(d, 'start')?.title).to.equal('editable');
    expect(fieldPermissionsFor(d, 'a')).to.include({
      title: 'readonly',
      opinion: 'editable',
      leader: 'hidden',
    });
    expect(fieldPermissionsFor(d, 'nope')).to.equal(undefined);
  });
  it('accepts JSON Logic built from known operations only', () => {
    expect(isValidJsonLogic({ and: [{ '==': [{ var: 'form.a' }, 1] }, true] })).to.equal(true);
    expect(isValidJsonLogic({ method: [{ var: 'x' }, 'constructor'] })).to.equal(false);
    expect(isValidJsonLogic({ '==': [1, 1], or: [] })).to.equal(false);
  });
});
