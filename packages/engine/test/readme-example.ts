import { createEngine, createMemoryOrgDirectory, type CaseState, type Effect } from '@flowhall/engine';
import { validateDefinition, type ProcessDefinition } from '@flowhall/schema';

// A definition is data: a Formily form and a LogicFlow graph.
const definition: ProcessDefinition = {
  key: 'seal-use',
  version: 1,
  name: '用印审批',
  form: { type: 'object', properties: { title: { type: 'string' }, copies: { type: 'number' } } },
  flow: {
    nodes: [
      { id: 'start', type: 'start', properties: {} },
      { id: 'head', type: 'approval', properties: { name: '部门负责人', assignees: [{ type: 'deptHead' }] } },
      {
        id: 'stamp',
        type: 'handle',
        properties: { name: '印章管理员', assignees: [{ type: 'role', role: 'custodian' }] },
      },
      { id: 'end', type: 'end', properties: {} },
    ],
    edges: [
      { id: 'e1', sourceNodeId: 'start', targetNodeId: 'head' },
      { id: 'e2', sourceNodeId: 'head', targetNodeId: 'stamp' },
      { id: 'e3', sourceNodeId: 'stamp', targetNodeId: 'end' },
    ],
  },
};

export function readmeExample(): {
  problems: number;
  status: CaseState['status'];
  effects: Effect['type'][];
} {
  const problems = validateDefinition(definition); // [] when the definition can be published

  // The org is a port: the server passes a snapshot of its departments and roles.
  const org = createMemoryOrgDirectory({
    depts: { office: { heads: ['hu'] } },
    roles: { custodian: [{ userId: 'li' }] },
  });
  const engine = createEngine({ org });

  // Time and ids come in from outside; the engine has no clock and no randomness.
  const started = engine.start(definition, {
    caseId: 'case-1',
    applicant: { id: 'wang', deptId: 'office' },
    form: { title: '合同', copies: 2 },
    at: '2024-03-01T08:00:00.000Z',
  });
  if (!started.ok) throw new Error(started.message);

  const headTask = started.state.tasks[0]!;
  const approved = engine.act(definition, started.state, {
    type: 'approve',
    actor: 'hu',
    taskId: headTask.id,
    opinion: '同意。',
    at: '2024-03-01T09:00:00.000Z',
  });
  if (!approved.ok) throw new Error(approved.message);

  // An illegal command is a typed result, never an exception.
  const wrong = engine.act(definition, approved.state, {
    type: 'approve',
    actor: 'hu',
    taskId: headTask.id,
    at: '2024-03-01T09:01:00.000Z',
  });
  if (wrong.ok || wrong.code !== 'TASK_NOT_PENDING') throw new Error('expected TASK_NOT_PENDING');

  const stampTask = approved.state.tasks.find((t) => t.status === 'pending')!;
  const done = engine.act(definition, approved.state, {
    type: 'complete',
    actor: 'li',
    taskId: stampTask.id,
    at: '2024-03-01T10:00:00.000Z',
  });
  if (!done.ok) throw new Error(done.message);

  // The server persists done.state and runs done.effects in one transaction.
  return { problems: problems.length, status: done.state.status, effects: done.effects.map((e) => e.type) };
}
