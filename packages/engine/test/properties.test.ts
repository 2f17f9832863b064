import { expect } from 'chai';
import fc from 'fast-check';
import type {
  ApprovalAction,
  AssigneeRule,
  FlowNode,
  ProcessDefinition,
  WhenNoAssignee,
} from '@flowhall/schema';
import { validateDefinition } from '@flowhall/schema';
import type { CaseState, Command, EngineResult } from '@flowhall/engine';
import { at, definition, end, engine, org, start, type EdgeSpec } from './fixtures';

const PEOPLE = ['bob', 'carol', 'dave', 'head', 'vp', 'mallory'];
const ADMINS = ['admin'];
const ACTIONS: ApprovalAction[] = [
  'approve',
  'reject',
  'return',
  'forward',
  'finalApprove',
  'transfer',
  'addSigner',
];

interface StepSpec {
  rule: 'users' | 'nobody' | 'deptHead';
  people: string[];
  mode: 'any' | 'all' | 'sequential';
  whenNoAssignee: WhenNoAssignee;
  optional: boolean;
  actions: ApprovalAction[];
}
type Block = { kind: 'step'; a: StepSpec } | { kind: 'condition' | 'parallel'; a: StepSpec; b: StepSpec };

const stepArb: fc.Arbitrary<StepSpec> = fc.record({
  rule: fc.constantFrom('users' as const, 'nobody' as const, 'deptHead' as const),
  people: fc.subarray(PEOPLE.slice(0, 5), { minLength: 1, maxLength: 3 }),
  mode: fc.constantFrom('any' as const, 'all' as const, 'sequential' as const),
  whenNoAssignee: fc.constantFrom('skip' as const, 'toAdmin' as const, 'fail' as const),
  optional: fc.boolean(),
  actions: fc.subarray(ACTIONS, { minLength: 1 }),
});
const blockArb: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ kind: fc.constant('step' as const), a: stepArb }),
  fc.record({ kind: fc.constantFrom('condition' as const, 'parallel' as const), a: stepArb, b: stepArb }),
);

function rulesOf(s: StepSpec): AssigneeRule[] {
  if (s.rule === 'users') return [{ type: 'users', users: s.people }];
  if (s.rule === 'deptHead') return [{ type: 'deptHead' }];
  return [{ type: 'role', role: 'nobodyHoldsThis' }];
}
function staticPeople(s: StepSpec): string[] {
  return s.rule === 'users' ? s.people : s.rule === 'deptHead' ? ['head'] : [];
}

function build(blocks: Block[]): { def: ProcessDefinition; people: Map<string, string[]> } {
  const nodes: FlowNode[] = [start];
  const edges: EdgeSpec[] = [];
  const people = new Map<string, string[]>();
  const step = (id: string, s: StepSpec): FlowNode => {
    people.set(id, staticPeople(s));
    return {
      id,
      type: 'approval',
      properties: {
        assignees: rulesOf(s),
        mode: s.mode,
        whenNoAssignee: s.whenNoAssignee,
        optional: s.optional,
        actions: s.actions,
        returnTo: ['applicant', 'previous', 'anyVisited'],
      },
    };
  };
  let last = 'start';
  blocks.forEach((b, i) => {
    if (b.kind === 'step') {
      nodes.push(step(`s${i}`, b.a));
      edges.push([last, `s${i}`]);
      last = `s${i}`;
      return;
    }
    const split = `${b.kind}${i}`;
    const close = b.kind === 'parallel' ? `join${i}` : `merge${i}`;
    nodes.push(
      { id: split, type: b.kind, properties: {} } as FlowNode,
      step(`a${i}`, b.a),
      step(`b${i}`, b.b),
    );
    nodes.push(
      b.kind === 'parallel'
        ? { id: close, type: 'join', properties: {} }
        : { id: close, type: 'cc', properties: { assignees: [{ type: 'users', users: ['dave'] }] } },
    );
    edges.push([last, split]);
    if (b.kind === 'condition') {
      edges.push(
        [split, `a${i}`, { condition: { '>': [{ var: 'form.copies' }, 2] } }],
        [split, `b${i}`, { isDefault: true }],
      );
      // A condition's branches meet at a cc node: any node may have several incoming edges.
    } else {
      edges.push([split, `a${i}`], [split, `b${i}`]);
    }
    edges.push([`a${i}`, close], [`b${i}`, close]);
    last = close;
  });
  nodes.push(end);
  edges.push([last, 'end']);
  return { def: definition(nodes, edges, { settings: { adminUsers: ADMINS } }), people };
}

/** A command chosen by numbers, interpreted against the current state so most of them make sense. */
const commandArb = fc.record({
  kind: fc.nat(12),
  task: fc.nat(20),
  actor: fc.nat(PEOPLE.length + 2),
  other: fc.nat(PEOPLE.length - 1),
  minutes: fc.integer({ min: 1, max: 3000 }),
});
type CommandSpec = { kind: number; task: number; actor: number; other: number; minutes: number };

function toCommand(state: CaseState, spec: CommandSpec, clock: number): Command {
  const task = state.tasks.length > 0 ? state.tasks[spec.task % state.tasks.length] : undefined;
  const taskId = task?.id ?? 'none';
  // Mostly the assignee acts; sometimes the applicant, a stranger or a delegate.
  const actor =
    spec.actor < 3 && task
      ? task.assignee
      : spec.actor === 3
        ? 'alice'
        : spec.actor === 4
          ? 'secretary'
          : (PEOPLE[spec.actor % PEOPLE.length] as string);
  const other = PEOPLE[spec.other] as string;
  const base = { actor, at: at(clock), taskId, opinion: 'because' };
  switch (spec.kind) {
    case 0:
    case 1:
    case 2:
      return { type: 'approve', ...base };
    case 3:
      return { type: 'reject', ...base };
    case 4:
      return {
        type: 'return',
        ...base,
        to:
          spec.other % 3 === 0
            ? 'applicant'
            : spec.other % 3 === 1
              ? 'previous'
              : { nodeId: task?.nodeId ?? 's0' },
      };
    case 5:
      return { type: 'forward', ...base, to: [other] };
    case 6:
      return { type: 'finalApprove', ...base };
    case 7:
      return { type: 'transfer', ...base, to: other };
    case 8:
      return {
        type: 'addSigner',
        ...base,
        users: [other],
        position: spec.other % 2 === 0 ? 'before' : 'after',
      };
    case 9:
      return { type: 'resubmit', actor: 'alice', at: at(clock) };
    case 10:
      return { type: 'urge', actor: 'alice', at: at(clock), taskIds: [taskId] };
    case 11:
      return { type: 'tick', at: at(clock) };
    default:
      return { type: 'withdraw', actor: 'alice', at: at(clock) };
  }
}

interface Run {
  results: EngineResult[];
  final: CaseState | undefined;
}

function run(
  def: ProcessDefinition,
  specs: CommandSpec[],
  roundTrip: boolean,
  check?: (before: CaseState, cmd: Command, r: EngineResult) => void,
): Run {
  const results: EngineResult[] = [];
  const first = engine.start(def, {
    caseId: 'p1',
    applicant: { id: 'alice', deptId: 'logistics' },
    form: { copies: 3 },
    at: at(0),
  });
  results.push(first);
  if (!first.ok) return { results, final: undefined };
  let state = first.state;
  let clock = 0;
  for (const spec of specs) {
    clock += spec.minutes;
    const cmd = toCommand(state, spec, clock);
    const input = roundTrip ? (JSON.parse(JSON.stringify(state)) as CaseState) : state;
    const r = engine.act(def, input, cmd);
    check?.(state, cmd, r);
    results.push(r);
    if (r.ok) state = r.state;
  }
  return { results, final: state };
}

function invariants(def: ProcessDefinition, people: Map<string, string[]>) {
  return (before: CaseState, cmd: Command, r: EngineResult): void => {
    if (!r.ok) {
      expect(r.code).to.be.a('string');
      return;
    }
    const s = r.state;
    if (s.status === 'approved' || s.status === 'rejected' || s.status === 'withdrawn') {
      expect(
        s.tasks.filter((t) => t.status === 'pending' || t.status === 'queued'),
        'finished case with open tasks',
      ).to.deep.equal([]);
    }
    for (const task of s.tasks) {
      expect(task.assignee, 'task without assignee').to.be.a('string').and.not.equal('');
      const resolved = people.get(task.nodeId) ?? [];
      const viaPeople = task.addedBy !== undefined || s.tasks.some((t) => t.transferredTo === task.assignee);
      if (!viaPeople) {
        const expected = resolved.length > 0 ? resolved : ADMINS;
        expect(expected, `assignee of ${task.nodeId}`).to.include(task.assignee);
      }
    }
    if ('taskId' in cmd) {
      const task = before.tasks.find((t) => t.id === cmd.taskId);
      const allowed = task ? [task.assignee, ...(org.delegatesOf?.(task.assignee, cmd.at) ?? [])] : [];
      expect(allowed, `${cmd.actor} acted on ${cmd.taskId}`).to.include(cmd.actor);
    }
    void def;
  };
}

describe('engine > properties', () => {
  it('random valid definitions validate, and random commands keep every invariant', () => {
    fc.assert(
      fc.property(
        fc.array(blockArb, { minLength: 1, maxLength: 4 }),
        fc.array(commandArb, { maxLength: 40 }),
        (blocks, specs) => {
          const { def, people } = build(blocks);
          expect(validateDefinition(def)).to.deep.equal([]);
          run(def, specs, false, invariants(def, people));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('the same inputs always reach the same states and effects, with or without a JSON round trip of every state', () => {
    fc.assert(
      fc.property(
        fc.array(blockArb, { minLength: 1, maxLength: 4 }),
        fc.array(commandArb, { maxLength: 40 }),
        (blocks, specs) => {
          const { def } = build(blocks);
          const a = run(def, specs, false);
          const b = run(JSON.parse(JSON.stringify(def)) as ProcessDefinition, specs, true);
          expect(b.results).to.deep.equal(a.results);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a refused command never throws and leaves the given state untouched', () => {
    fc.assert(
      fc.property(
        fc.array(blockArb, { minLength: 1, maxLength: 3 }),
        fc.array(commandArb, { maxLength: 25 }),
        (blocks, specs) => {
          const { def } = build(blocks);
          run(def, specs, false, (before, cmd, r) => {
            const copy = JSON.stringify(before);
            expect(() => engine.act(def, before, cmd)).not.to.throw();
            expect(JSON.stringify(before)).to.equal(copy);
            void r;
          });
        },
      ),
      { numRuns: 100 },
    );
  });
});
