import {
  createEngine,
  createMemoryOrgDirectory,
  type CaseState,
  type Command,
  type EngineResult,
  type Task,
} from '@flowhall/engine';
import type { ProcessDefinition } from '@flowhall/schema';
import { expect } from 'chai';

/**
 * The demo university of packages/server/src/db/demo-seed.ts, plus one holder for each role the
 * seal baselines add (party organiser, the three approving offices, the office director).
 */
export const demoOrg = createMemoryOrgDirectory({
  users: {
    zhangsan: { deptId: 'cs-school' },
    wangke: { deptId: 'cs-general' },
    liyuan: { deptId: 'cs-school' },
    zhoufx: { deptId: 'leadership' },
    chensj: { deptId: 'leadership' },
    zhaozr: { deptId: 'office' },
    sunbs: { deptId: 'office' },
    qianyg: { deptId: 'office' },
    wufw: { deptId: 'legal' },
    zhenghq: { deptId: 'logistics' },
    fengky: { deptId: 'research' },
    zuzhiyuan: { deptId: 'office' },
    jiaowu: { deptId: 'university' },
    guoji: { deptId: 'university' },
  },
  depts: {
    university: { heads: ['chensj'] },
    leadership: { parentId: 'university', heads: ['chensj'] },
    office: { parentId: 'university', heads: ['zhaozr'], leadersInCharge: ['chensj'] },
    logistics: { parentId: 'university', heads: ['zhenghq'], leadersInCharge: ['zhoufx'] },
    'cs-school': { parentId: 'university', heads: ['liyuan'], leadersInCharge: ['zhoufx'] },
    'cs-general': { parentId: 'cs-school', heads: ['wangke'] },
    research: { parentId: 'university', heads: ['fengky'], leadersInCharge: ['zhoufx'] },
    legal: { parentId: 'university', heads: ['wufw'], leadersInCharge: ['chensj'] },
  },
  roles: {
    'section-head': [{ userId: 'wangke', deptId: 'cs-school' }],
    'party-admin-head': [{ userId: 'chensj' }],
    'office-staff': [{ userId: 'sunbs' }],
    'seal-custodian': [{ userId: 'qianyg' }],
    'legal-adviser': [{ userId: 'wufw' }],
    'office-director': [{ userId: 'zhaozr' }],
    'party-organiser': [{ userId: 'zuzhiyuan' }],
    'research-admin': [{ userId: 'fengky' }],
    'academic-affairs': [{ userId: 'jiaowu' }],
    'international-office': [{ userId: 'guoji' }],
  },
});

export const engine = createEngine({ org: demoOrg });

const T0 = Date.parse('2026-03-02T01:00:00.000Z');
export const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();

export function ok(result: EngineResult): CaseState {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`);
  return result.state;
}

export function refused(result: EngineResult, code: string): void {
  if (result.ok) throw new Error(`expected ${code}, got ok`);
  expect(result.code).to.equal(code);
}

/** Submits a case as `applicant` (default 张三 of the School of Computer Science). */
export function begin(
  def: ProcessDefinition,
  form: Record<string, unknown>,
  applicant: { id: string; deptId: string } = { id: 'zhangsan', deptId: 'cs-school' },
): CaseState {
  return ok(engine.start(def, { caseId: 'c1', applicant, form, at: at(0) }));
}

/** Who holds a pending task, in task order. */
export const pending = (state: CaseState): string[] =>
  state.tasks.filter((t) => t.status === 'pending').map((t) => t.assignee);

/** The node ids of the pending tasks. */
export const pendingNodes = (state: CaseState): string[] =>
  state.tasks.filter((t) => t.status === 'pending').map((t) => t.nodeId);

export function taskOf(state: CaseState, user: string): Task {
  const tasks = state.tasks.filter((t) => t.status === 'pending' && t.assignee === user);
  expect(tasks, `pending tasks of ${user}`).to.have.length(1);
  return tasks[0] as Task;
}

let clock = 1;
/** `user` acts on their pending task. */
export function act(
  def: ProcessDefinition,
  state: CaseState,
  user: string,
  command: Record<string, unknown>,
): EngineResult {
  const task = taskOf(state, user);
  clock += 1;
  return engine.act(def, state, { actor: user, at: at(clock), taskId: task.id, ...command } as Command);
}

export const as = (
  def: ProcessDefinition,
  state: CaseState,
  user: string,
  command: Record<string, unknown>,
): CaseState => ok(act(def, state, user, command));

/** The applicant's own commands (resubmit, withdraw). */
export function applicantDoes(
  def: ProcessDefinition,
  state: CaseState,
  command: Record<string, unknown>,
  actor = 'zhangsan',
): EngineResult {
  clock += 1;
  return engine.act(def, state, { actor, at: at(clock), ...command } as Command);
}

/** Path outcome of a node, e.g. 'passed' or 'skipped'. */
export const outcomeOf = (state: CaseState, nodeId: string): string | undefined =>
  state.path.filter((p) => p.nodeId === nodeId).at(-1)?.outcome;

/** Approves every pending approval task and completes handle tasks until nothing is pending. */
export function runToEnd(
  def: ProcessDefinition,
  state: CaseState,
  patches: Record<string, object> = {},
): CaseState {
  let s = state;
  for (let guard = 0; guard < 30 && s.status === 'running'; guard += 1) {
    const task = s.tasks.find((t) => t.status === 'pending');
    if (!task) break;
    const node = def.flow.nodes.find((n) => n.id === task.nodeId);
    const type = node?.type === 'handle' ? 'complete' : 'approve';
    const formPatch = patches[task.nodeId];
    s = as(def, s, task.assignee, { type, ...(formPatch ? { formPatch } : {}) });
  }
  return s;
}

/** The nodes a case passed (not skipped), in order. */
export const passed = (state: CaseState): string[] =>
  state.path.filter((p) => p.outcome === 'passed').map((p) => p.nodeId);
