import type { DefinitionProblem, DefinitionProblemCode, FlowGraph } from '@flowhall/schema';
import { nodeName } from '@flowhall/schema';

/**
 * Validation problems for the designer, Chinese first and English. `validateDefinition` speaks
 * English (it also serves the API and logs); the designer names the step instead of its id.
 */
export type ProblemLocale = 'zh-CN' | 'en-US';

const TEXT_ZH = {
  NO_START: () => '流程缺少开始节点',
  MULTIPLE_STARTS: () => '流程只能有一个开始节点',
  NO_END: () => '流程缺少办结节点',
  START_HAS_INCOMING: () => '开始节点不能有进入的连线',
  END_HAS_OUTGOING: (who) => `办结节点「${who}」不能有出口连线`,
  NO_OUTGOING: (who) => `环节「${who}」没有出口连线`,
  TOO_MANY_OUTGOING: (who) => `环节「${who}」只能有一条出口连线（分支请用条件或并行节点）`,
  UNREACHABLE_NODE: (who) => `环节「${who}」从开始节点无法到达`,
  CANNOT_REACH_END: (who) => `环节「${who}」无法到达办结节点`,
  CONDITION_NO_DEFAULT: (who) => `条件分支「${who}」缺少默认分支`,
  CONDITION_MULTIPLE_DEFAULTS: (who) => `条件分支「${who}」只能有一个默认分支`,
  CONDITION_RULE_MISSING: (who) => `条件分支「${who}」的连线缺少条件`,
  INVALID_JSON_LOGIC: (who) => `连线「${who}」的条件无效`,
  PARALLEL_TOO_FEW_BRANCHES: (who) => `并行分支「${who}」至少需要两条分支`,
  PARALLEL_WITHOUT_JOIN: (who) => `并行分支「${who}」缺少对应的汇合节点`,
  JOIN_TOO_FEW_INCOMING: (who) => `汇合节点「${who}」至少需要两条进入的连线`,
  JOIN_WITHOUT_PARALLEL: (who) => `汇合节点「${who}」没有对应的并行分支`,
  ASSIGNEES_MISSING: (who) => `环节「${who}」尚未设置办理人`,
  ASSIGNEE_RULE_INCOMPLETE: (who) => `环节「${who}」的办理人规则未填写完整`,
  UNKNOWN_FIELD: (who) => `环节「${who}」引用了表单中不存在的字段`,
  INVALID_VALUE: (who) => `环节「${who}」有无效的设置`,
  RETURN_TARGET_MISSING: (who) => `环节「${who}」的退回目标不存在`,
  DUPLICATE_ROUTE: (who) => `环节「${who}」的审批去向标识重复`,
  DUPLICATE_NODE_ID: (who) => `环节标识「${who}」重复`,
  DUPLICATE_EDGE_ID: (who) => `连线标识「${who}」重复`,
  EDGE_MISSING_NODE: (who: string) => `连线「${who}」连接了不存在的环节`,
} satisfies Partial<Record<DefinitionProblemCode, (who: string) => string>>;
const TEXT: Partial<Record<DefinitionProblemCode, (who: string) => string>> = TEXT_ZH;

const TEXT_EN: Record<keyof typeof TEXT_ZH, (who: string) => string> = {
  NO_START: () => 'The flow has no start node',
  MULTIPLE_STARTS: () => 'The flow may have only one start node',
  NO_END: () => 'The flow has no end node',
  START_HAS_INCOMING: () => 'The start node may not have incoming edges',
  END_HAS_OUTGOING: (who) => `End node "${who}" may not have outgoing edges`,
  NO_OUTGOING: (who) => `Step "${who}" has no outgoing edge`,
  TOO_MANY_OUTGOING: (who) =>
    `Step "${who}" may have only one outgoing edge (branch with a condition or parallel node)`,
  UNREACHABLE_NODE: (who) => `Step "${who}" cannot be reached from the start`,
  CANNOT_REACH_END: (who) => `Step "${who}" cannot reach an end node`,
  CONDITION_NO_DEFAULT: (who) => `Condition "${who}" has no default branch`,
  CONDITION_MULTIPLE_DEFAULTS: (who) => `Condition "${who}" may have only one default branch`,
  CONDITION_RULE_MISSING: (who) => `An edge of condition "${who}" has no condition`,
  INVALID_JSON_LOGIC: (who) => `The condition of edge "${who}" is not valid`,
  PARALLEL_TOO_FEW_BRANCHES: (who) => `Parallel node "${who}" needs at least two branches`,
  PARALLEL_WITHOUT_JOIN: (who) => `Parallel node "${who}" has no matching join`,
  JOIN_TOO_FEW_INCOMING: (who) => `Join "${who}" needs at least two incoming edges`,
  JOIN_WITHOUT_PARALLEL: (who) => `Join "${who}" has no matching parallel node`,
  ASSIGNEES_MISSING: (who) => `Step "${who}" has no assignees yet`,
  ASSIGNEE_RULE_INCOMPLETE: (who) => `An assignee rule of step "${who}" is incomplete`,
  UNKNOWN_FIELD: (who) => `Step "${who}" refers to a field the form does not have`,
  INVALID_VALUE: (who) => `Step "${who}" has an invalid setting`,
  RETURN_TARGET_MISSING: (who) => `The return target of step "${who}" does not exist`,
  DUPLICATE_ROUTE: (who) => `Step "${who}" has duplicate route keys`,
  DUPLICATE_NODE_ID: (who) => `Step id "${who}" is used twice`,
  DUPLICATE_EDGE_ID: (who) => `Edge id "${who}" is used twice`,
  EDGE_MISSING_NODE: (who) => `Edge "${who}" connects a step that does not exist`,
};

/** For the test that every Chinese text has an English one. */
export const PROBLEM_TEXT_CODES = { zh: Object.keys(TEXT_ZH), en: Object.keys(TEXT_EN) };

export function problemText(
  problem: DefinitionProblem,
  flow: FlowGraph,
  locale: ProblemLocale = 'zh-CN',
): string {
  const make = (locale === 'en-US' ? (TEXT_EN as typeof TEXT) : TEXT)[problem.code];
  if (!make) return problem.message;
  const node = problem.nodeId ? flow.nodes.find((n) => n.id === problem.nodeId) : undefined;
  const edge = problem.edgeId ? flow.edges.find((e) => e.id === problem.edgeId) : undefined;
  const edgeLabel = edge && (typeof edge.text === 'string' ? edge.text : edge.text?.value);
  return make(node ? nodeName(node) : (edgeLabel ?? problem.edgeId ?? problem.nodeId ?? ''));
}

/** The problems with their messages in the designer's language (Chinese by default). */
export function localizeProblems(
  problems: DefinitionProblem[],
  flow: FlowGraph,
  locale: ProblemLocale = 'zh-CN',
): DefinitionProblem[] {
  return problems.map((p) => ({ ...p, message: problemText(p, flow, locale) }));
}
