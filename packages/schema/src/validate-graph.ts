import type { DefinitionProblem } from './definition';
import type { FlowGraph } from './flow';
import { NODE_TYPES } from './flow';
import { indexGraph, type GraphIndex } from './graph-index';
import { jsonLogicProblem } from './json-logic-check';

/** Structure of the graph: ids, edges, reachability, branching, parallel/join pairing. */
export function validateGraph(flow: FlowGraph): DefinitionProblem[] {
  const problems: DefinitionProblem[] = [];
  const add = (
    path: string,
    code: DefinitionProblem['code'],
    message: string,
    ids: { nodeId?: string; edgeId?: string } = {},
  ) => problems.push({ path, code, message, ...ids });

  const seenNodes = new Set<string>();
  flow.nodes.forEach((node, i) => {
    if (seenNodes.has(node.id))
      add(`flow.nodes[${i}].id`, 'DUPLICATE_NODE_ID', `node id "${node.id}" is used twice`, {
        nodeId: node.id,
      });
    seenNodes.add(node.id);
    if (!NODE_TYPES.includes(node.type)) {
      add(
        `flow.nodes[${i}].type`,
        'UNKNOWN_NODE_TYPE',
        `node "${node.id}" has unknown type "${String(node.type)}"`,
        { nodeId: node.id },
      );
    }
  });
  const seenEdges = new Set<string>();
  flow.edges.forEach((edge, i) => {
    if (seenEdges.has(edge.id))
      add(`flow.edges[${i}].id`, 'DUPLICATE_EDGE_ID', `edge id "${edge.id}" is used twice`, {
        edgeId: edge.id,
      });
    seenEdges.add(edge.id);
    for (const end of ['sourceNodeId', 'targetNodeId'] as const) {
      if (!seenNodes.has(edge[end])) {
        add(
          `flow.edges[${i}].${end}`,
          'EDGE_MISSING_NODE',
          `edge "${edge.id}" points to missing node "${edge[end]}"`,
          { edgeId: edge.id },
        );
      }
    }
  });

  const starts = flow.nodes.filter((n) => n.type === 'start');
  if (starts.length === 0) add('flow.nodes', 'NO_START', 'the flow has no start node');
  if (starts.length > 1)
    add('flow.nodes', 'MULTIPLE_STARTS', `the flow has ${starts.length} start nodes; exactly one is allowed`);
  if (!flow.nodes.some((n) => n.type === 'end' && n.properties.outcome !== 'rejected')) {
    add('flow.nodes', 'NO_END', 'the flow has no end node where the case is approved');
  }

  const graph = indexGraph(flow);
  flow.nodes.forEach((node, i) => {
    const path = `flow.nodes[${i}]`;
    const out = graph.outgoing.get(node.id) ?? [];
    const inc = graph.incoming.get(node.id) ?? [];
    const ids = { nodeId: node.id };
    if (node.type === 'start' && inc.length > 0)
      add(path, 'START_HAS_INCOMING', 'the start node cannot have incoming edges', ids);
    if (node.type === 'end' && out.length > 0)
      add(path, 'END_HAS_OUTGOING', `end node "${node.id}" cannot have outgoing edges`, ids);
    if (node.type !== 'end' && out.length === 0)
      add(path, 'NO_OUTGOING', `node "${node.id}" has no outgoing edge`, ids);
    const branching = node.type === 'condition' || node.type === 'parallel';
    if (!branching && node.type !== 'end' && out.length > 1) {
      add(
        path,
        'TOO_MANY_OUTGOING',
        `node "${node.id}" has ${out.length} outgoing edges; only condition and parallel nodes branch`,
        ids,
      );
    }
    if (node.type === 'parallel' && out.length < 2)
      add(path, 'PARALLEL_TOO_FEW_BRANCHES', `parallel node "${node.id}" needs at least two branches`, ids);
    if (node.type === 'join' && inc.length < 2)
      add(path, 'JOIN_TOO_FEW_INCOMING', `join node "${node.id}" needs at least two incoming edges`, ids);
  });

  validateConditions(flow, graph, add);
  validateReachability(flow, graph, add);
  validateParallels(flow, graph, add);
  return problems;
}

type Add = (
  path: string,
  code: DefinitionProblem['code'],
  message: string,
  ids?: { nodeId?: string; edgeId?: string },
) => void;

function validateConditions(flow: FlowGraph, graph: GraphIndex, add: Add): void {
  flow.nodes.forEach((node, i) => {
    if (node.type !== 'condition') return;
    const out = graph.outgoing.get(node.id) ?? [];
    const defaults = out.filter((e) => e.properties?.isDefault);
    if (out.length > 0 && defaults.length === 0) {
      add(
        `flow.nodes[${i}]`,
        'CONDITION_NO_DEFAULT',
        `condition "${node.id}" needs exactly one default branch`,
        { nodeId: node.id },
      );
    }
    if (defaults.length > 1) {
      add(
        `flow.nodes[${i}]`,
        'CONDITION_MULTIPLE_DEFAULTS',
        `condition "${node.id}" has ${defaults.length} default branches`,
        { nodeId: node.id },
      );
    }
  });
  flow.edges.forEach((edge, i) => {
    const source = graph.nodes.get(edge.sourceNodeId);
    if (source?.type !== 'condition' || edge.properties?.isDefault) return;
    const path = `flow.edges[${i}].properties.condition`;
    if (edge.properties?.condition === undefined) {
      add(
        path,
        'CONDITION_RULE_MISSING',
        `edge "${edge.id}" leaves a condition but has no rule and is not the default`,
        { edgeId: edge.id },
      );
      return;
    }
    const problem = jsonLogicProblem(edge.properties.condition);
    if (problem) add(path, 'INVALID_JSON_LOGIC', `edge "${edge.id}": ${problem}`, { edgeId: edge.id });
  });
}

function validateReachability(flow: FlowGraph, graph: GraphIndex, add: Add): void {
  const start = flow.nodes.find((n) => n.type === 'start');
  if (!start) return;
  const forward = walk([start.id], (id) => (graph.outgoing.get(id) ?? []).map((e) => e.targetNodeId));
  const ends = flow.nodes.filter((n) => n.type === 'end').map((n) => n.id);
  const backward = walk(ends, (id) => (graph.incoming.get(id) ?? []).map((e) => e.sourceNodeId));
  flow.nodes.forEach((node, i) => {
    if (!forward.has(node.id))
      add(`flow.nodes[${i}]`, 'UNREACHABLE_NODE', `node "${node.id}" cannot be reached from the start`, {
        nodeId: node.id,
      });
    else if (!backward.has(node.id))
      add(`flow.nodes[${i}]`, 'CANNOT_REACH_END', `node "${node.id}" cannot reach an end`, {
        nodeId: node.id,
      });
  });
}

function walk(from: string[], next: (id: string) => string[]): Set<string> {
  const seen = new Set<string>(from);
  const stack = [...from];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    for (const n of next(id)) {
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return seen;
}

/**
 * Every branch of a parallel split must close at the same join (nested splits close their own
 * joins first); every join must close some split. Without this a join could wait for ever.
 */
function validateParallels(flow: FlowGraph, graph: GraphIndex, add: Add): void {
  const matched = new Set<string>();
  flow.nodes.forEach((node, i) => {
    if (node.type !== 'parallel') return;
    const joins = new Set<string>();
    for (const edge of graph.outgoing.get(node.id) ?? []) {
      for (const j of closingJoins(graph, edge.targetNodeId)) joins.add(j);
    }
    const only = [...joins][0];
    if (joins.size !== 1 || only === undefined || only.startsWith('end:')) {
      add(
        `flow.nodes[${i}]`,
        'PARALLEL_WITHOUT_JOIN',
        `the branches of parallel "${node.id}" do not all meet at one join`,
        { nodeId: node.id },
      );
    } else {
      for (const j of joins) matched.add(j);
    }
  });
  flow.nodes.forEach((node, i) => {
    if (node.type === 'join' && !matched.has(node.id)) {
      add(`flow.nodes[${i}]`, 'JOIN_WITHOUT_PARALLEL', `join "${node.id}" does not close a parallel split`, {
        nodeId: node.id,
      });
    }
  });
}

/** Joins at which a branch starting at `from` closes (depth back to zero); an end reached first counts as none. */
function closingJoins(graph: GraphIndex, from: string): Set<string> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const stack: Array<{ id: string; depth: number }> = [{ id: from, depth: 0 }];
  while (stack.length > 0) {
    const { id, depth } = stack.pop() as { id: string; depth: number };
    const key = `${id}@${depth}`;
    if (seen.has(key) || depth > 50) continue;
    seen.add(key);
    const node = graph.nodes.get(id);
    if (!node) continue;
    let d = depth;
    if (node.type === 'join') {
      if (d === 0) {
        found.add(id);
        continue;
      }
      d -= 1;
    }
    if (node.type === 'parallel') d += 1;
    if (node.type === 'end') {
      found.add(`end:${id}`);
      continue;
    }
    for (const e of graph.outgoing.get(id) ?? []) stack.push({ id: e.targetNodeId, depth: d });
  }
  return found;
}
