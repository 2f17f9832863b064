import { orderedConditionEdges, jsonLogicProblem, type FlowEdge } from '@flowhall/schema';
import { apply, truthy } from 'json-logic-js';
import type { Ctx } from './context';
import { refuse } from './errors';

/**
 * The edge a condition node takes: the first rule (in edge order) that holds, else the default.
 * Rules are checked against the allow-list again before evaluation, so a definition that skipped
 * validation still cannot call `method`.
 */
export function chooseBranch(ctx: Ctx, nodeId: string): FlowEdge {
  const edges = orderedConditionEdges(ctx.graph.outgoing.get(nodeId) ?? []);
  const data = conditionData(ctx);
  for (const edge of edges) {
    if (edge.properties?.isDefault) return edge;
    const rule = edge.properties?.condition;
    const problem = jsonLogicProblem(rule);
    if (problem) refuse('CONDITION_FAILED', `edge "${edge.id}": ${problem}`, { edgeId: edge.id });
    let result: unknown;
    try {
      result = apply(rule as Parameters<typeof apply>[0], data);
    } catch (e) {
      refuse('CONDITION_FAILED', `edge "${edge.id}" could not be evaluated: ${(e as Error).message}`, {
        edgeId: edge.id,
      });
    }
    if (truthy(result)) return edge;
  }
  return refuse('NO_BRANCH', `no branch of condition "${nodeId}" applies and it has no default`, { nodeId });
}

/** What rules can read: `form.*`, `applicant.*`, `case.*`, `decision.action` / `decision.route`. */
export function conditionData(ctx: Ctx): { [key: string]: unknown } {
  const s = ctx.state;
  return {
    form: s.form,
    applicant: s.applicant,
    case: {
      id: s.caseId,
      status: s.status,
      definitionKey: s.definitionKey,
      definitionVersion: s.definitionVersion,
      submittedAt: s.submittedAt ?? null,
    },
    decision: s.decision ?? null,
  };
}
