import type { AssigneeRule, EdgeProperties, FlowNode, FormSchema, ProcessDefinition } from '@flowhall/schema';
import {
  createEngine,
  createMemoryOrgDirectory,
  type CaseState,
  type Command,
  type Effect,
  type EngineResult,
  type Task,
} from '@flowhall/engine';
import { expect } from 'chai';

/**
 * A small university: the logistics department (后勤) under the university (校), with a head, a
 * leader in charge and an office with custodians; the law office holds the legal adviser role.
 */
export const org = createMemoryOrgDirectory({
  users: {
    alice: { deptId: 'logistics' },
    bob: { deptId: 'logistics' },
    carol: { deptId: 'logistics' },
    dave: { deptId: 'logistics' },
    head: { deptId: 'logistics' },
    vp: { deptId: 'uni' },
    president: { deptId: 'uni' },
    secretary: { deptId: 'uni' },
    organiser: { deptId: 'logistics' },
    custodian: { deptId: 'logistics' },
    director: { deptId: 'logistics' },
    lawyer: { deptId: 'law' },
    admin: { deptId: 'uni' },
  },
  depts: {
    uni: { heads: ['president'], leadersInCharge: [] },
    logistics: { parentId: 'uni', heads: ['head'], leadersInCharge: ['vp'] },
    law: { parentId: 'uni', heads: ['lawyer'] },
  },
  roles: {
    officeStaff: [{ userId: 'carol', deptId: 'logistics' }],
    legalAdviser: [{ userId: 'lawyer' }],
    partyOrganiser: [{ userId: 'organiser', deptId: 'logistics' }],
    sealCustodian: [{ userId: 'custodian', deptId: 'logistics' }],
    officeDirector: [{ userId: 'director', deptId: 'logistics' }],
  },
  delegates: { head: ['secretary'] },
});

export const engine = createEngine({ org });

export const T0 = '2024-03-01T08:00:00.000Z';
/** `T0` plus `minutes`. */
export function at(minutes: number): string {
  return new Date(Date.parse(T0) + minutes * 60_000).toISOString();
}

export const simpleForm: FormSchema = {
  type: 'object',
  properties: {
    title: { type: 'string', title: 'Title' },
    sealType: { type: 'string', title: 'Seal type' },
    copies: { type: 'number', title: 'Copies' },
    sectionHead: { type: 'string', title: 'Section head', 'x-component': 'UserPicker' },
    headOpinion: { type: 'string', title: 'Head opinion' },
    stamped: { type: 'number', title: 'Copies stamped' },
  },
};

export type NodeSpec = FlowNode;
export type EdgeSpec = [string, string] | [string, string, EdgeProperties];

export function definition(
  nodes: NodeSpec[],
  edges: EdgeSpec[],
  extra: Partial<ProcessDefinition> = {},
): ProcessDefinition {
  return {
    key: 'test',
    version: 1,
    name: 'Test process',
    form: simpleForm,
    flow: {
      nodes,
      edges: edges.map(([s, t, p], i) => ({
        id: `e${i + 1}`,
        sourceNodeId: s,
        targetNodeId: t,
        ...(p ? { properties: p } : {}),
      })),
    },
    ...extra,
  };
}

export const start: NodeSpec = { id: 'start', type: 'start', properties: {} };
export const end: NodeSpec = { id: 'end', type: 'end', properties: {} };
export function approval(
  id: string,
  assignees: AssigneeRule[],
  props: Partial<Extract<FlowNode, { type: 'approval' }>['properties']> = {},
): NodeSpec {
  return { id, type: 'approval', properties: { name: id, assignees, ...props } };
}
export function users(...ids: string[]): AssigneeRule {
  return { type: 'users', users: ids };
}

/** A straight chain start -> ...steps -> end. */
export function chain(steps: NodeSpec[], extra: Partial<ProcessDefinition> = {}): ProcessDefinition {
  const ids = ['start', ...steps.map((s) => s.id), 'end'];
  const edges: EdgeSpec[] = ids.slice(1).map((id, i) => [ids[i] as string, id]);
  return definition([start, ...steps, end], edges, extra);
}

export function ok(result: EngineResult): { state: CaseState; effects: Effect[] } {
  if (!result.ok) throw new Error(`expected ok, got ${result.code}: ${result.message}`);
  // Every state must survive JSON unchanged (the server stores it as is).
  expect(JSON.parse(JSON.stringify(result.state))).to.deep.equal(result.state);
  return result;
}

export function refused(result: EngineResult, code: string): void {
  if (result.ok) throw new Error(`expected ${code}, got ok`);
  expect(result.code).to.equal(code);
  expect(result.message).to.be.a('string').and.not.equal('');
}

export function begin(
  def: ProcessDefinition,
  form: Record<string, unknown> = {},
  applicant = 'alice',
): CaseState {
  return ok(
    engine.start(def, { caseId: 'c1', applicant: { id: applicant, deptId: 'logistics' }, form, at: T0 }),
  ).state;
}

/** The pending task of `user` (exactly one expected). */
export function taskOf(state: CaseState, user: string): Task {
  const tasks = state.tasks.filter((t) => t.status === 'pending' && t.assignee === user);
  expect(tasks, `pending tasks of ${user}`).to.have.length(1);
  return tasks[0] as Task;
}

export function pendingPeople(state: CaseState): string[] {
  return state.tasks.filter((t) => t.status === 'pending').map((t) => t.assignee);
}

/** Acts as the holder of `user`'s pending task. */
export function as(
  def: ProcessDefinition,
  state: CaseState,
  user: string,
  command: Record<string, unknown>,
  minutes = 1,
): CaseState {
  const task = taskOf(state, user);
  return ok(engine.act(def, state, { actor: user, at: at(minutes), taskId: task.id, ...command } as Command))
    .state;
}

export function tryAs(
  def: ProcessDefinition,
  state: CaseState,
  user: string,
  command: Record<string, unknown>,
  minutes = 1,
): EngineResult {
  const task = state.tasks.find((t) => t.status === 'pending' && t.assignee === user) ?? state.tasks[0];
  return engine.act(def, state, {
    actor: user,
    at: at(minutes),
    taskId: task?.id ?? 'none',
    ...command,
  } as Command);
}
