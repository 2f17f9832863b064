import {
  createEngine,
  createMemoryOrgDirectory,
  type CaseState,
  type Effect,
  type Task,
} from '@flowhall/engine';
import type { ProcessDefinition } from '@flowhall/schema';
import bcrypt from 'bcryptjs';
import type { Sequelize } from 'sequelize';
import type { Models } from '../db/models';

export interface SeedLargeOptions {
  cases: number;
  /** People who apply; cases are spread evenly over them. */
  applicants?: number;
  /** People who approve; one of them, `bench-head`, gets a tenth of all tasks. */
  approvers?: number;
  /** Progress callback: cases written so far. */
  onProgress?: (done: number) => void;
}

export interface SeedLargeReport {
  cases: number;
  tasks: number;
  heavyApprover: string;
  password: string;
  seconds: number;
}

const BENCH_KEY = 'bench-approval';
const PASSWORD = 'Bench@2026';
const BATCH = 500;

const definition = (version: number): ProcessDefinition =>
  ({
    key: BENCH_KEY,
    version,
    name: '性能测试审批',
    form: {
      type: 'object',
      properties: {
        reason: { type: 'string', title: '事由' },
        approver: { type: 'string', title: '审批人', 'x-component': 'UserPicker' },
      },
    },
    flow: {
      nodes: [
        { id: 'start', type: 'start', properties: { name: '提交' } },
        {
          id: 'approve',
          type: 'approval',
          properties: { name: '审批', assignees: [{ type: 'applicantChoice', field: 'approver' }] },
        },
        {
          id: 'handle',
          type: 'handle',
          properties: { name: '办理', assignees: [{ type: 'role', role: 'bench-handler' }] },
        },
        { id: 'end', type: 'end', properties: { name: '办结' } },
      ],
      edges: [
        { id: 'e1', sourceNodeId: 'start', targetNodeId: 'approve' },
        { id: 'e2', sourceNodeId: 'approve', targetNodeId: 'handle' },
        { id: 'e3', sourceNodeId: 'handle', targetNodeId: 'end' },
      ],
    },
  }) as ProcessDefinition;

/**
 * Fills a database with `cases` realistic cases for benchmarks: each is produced by the real
 * engine (submitted, then approved and handled, returned, or left pending), so states, tasks and
 * indexes look like production. Idempotent per database: it refuses to run twice.
 */
export async function seedLarge(
  sequelize: Sequelize,
  models: Models,
  options: SeedLargeOptions,
): Promise<SeedLargeReport> {
  const started = Date.now();
  if (await models.Definition.findOne({ where: { key: BENCH_KEY } })) {
    throw new Error(`this database already has the ${BENCH_KEY} benchmark data`);
  }
  const passwordHash = await bcrypt.hash(PASSWORD, 8);
  const dept = await models.Department.create({
    code: `bench-${Date.now()}`,
    name: '性能测试部门',
    nameEn: 'Benchmark department',
    parentId: null,
    headUserId: null,
    leaderInChargeUserId: null,
  });
  const makeUsers = async (prefix: string, count: number) => {
    const rows = await models.User.bulkCreate(
      Array.from({ length: count }, (_, i) => ({
        username: `${prefix}-${i}`,
        displayName: `${prefix}-${i}`,
        passwordHash,
        departmentId: dept.id,
        identity: 'staff' as const,
        staffNo: null,
        title: null,
        phone: null,
        email: null,
      })),
      { returning: true },
    );
    // SQLite's bulk insert does not return ids: read them back by name.
    const found = await models.User.findAll({
      where: { username: rows.map((r) => r.username) },
      attributes: ['id', 'username'],
    });
    return found.map((u) => u.id);
  };
  const applicants = await makeUsers('bench-applicant', options.applicants ?? 2000);
  const approvers = await makeUsers('bench-approver', options.approvers ?? 300);
  const [heavy] = await makeUsers('bench-head', 1);
  const [handler] = await makeUsers('bench-handler', 1);
  const role = await models.Role.create({ key: 'bench-handler', name: '性能测试办理人', nameEn: null });
  await models.RoleHolder.create({ roleId: role.id, userId: handler!, departmentId: null });

  const def = definition(1);
  await models.Definition.create({
    key: BENCH_KEY,
    name: def.name,
    category: null,
    draft: null,
    draftUpdatedBy: null,
    draftUpdatedAt: null,
    latestVersion: 1,
    baselineVersion: null,
  });
  await models.DefinitionVersion.create({
    definitionKey: BENCH_KEY,
    version: 1,
    body: JSON.stringify(def),
    changeNote: 'benchmark',
    publishedBy: null,
    publishedAt: new Date(),
  });

  const users: Record<string, { deptId: string }> = {};
  for (const id of [...applicants, ...approvers, heavy!, handler!])
    users[String(id)] = { deptId: String(dept.id) };
  const engine = createEngine({
    org: createMemoryOrgDirectory({ users, roles: { 'bench-handler': [{ userId: String(handler) }] } }),
  });

  const firstId = ((await models.Case.max('id')) as number | null) ?? 0;
  let taskCount = 0;
  const base = Date.now() - options.cases * 60_000;
  for (let offset = 0; offset < options.cases; offset += BATCH) {
    const caseRows: Array<Record<string, unknown>> = [];
    const taskRows = new Map<string, Record<string, unknown>>();
    for (let i = offset; i < Math.min(options.cases, offset + BATCH); i++) {
      const id = firstId + i + 1;
      const applicant = applicants[i % applicants.length]!;
      const approver = i % 10 === 0 ? heavy! : approvers[i % approvers.length]!;
      const at = (minutes: number) => new Date(base + i * 60_000 + minutes * 1000).toISOString();
      let result = engine.start(def, {
        caseId: String(id),
        applicant: { id: String(applicant), deptId: String(dept.id) },
        form: { reason: `性能测试 ${i}`, approver: String(approver) },
        at: at(0),
      });
      const effects: Effect[] = [];
      const collect = () => {
        if (!result.ok) throw new Error(`${result.code}: ${result.message}`);
        effects.push(...result.effects);
        return result.state;
      };
      let state: CaseState = collect();
      // Most cases are finished, a fifth wait for their approver, a few were returned.
      const fate = i % 20;
      if (fate >= 4) {
        const task = state.tasks.find((t) => t.status === 'pending')!;
        if (fate === 4) {
          result = engine.act(def, state, {
            type: 'return',
            taskId: task.id,
            actor: task.assignee,
            at: at(30),
            opinion: '请补充材料',
          });
          state = collect();
        } else {
          result = engine.act(def, state, {
            type: 'approve',
            taskId: task.id,
            actor: task.assignee,
            at: at(30),
            opinion: '同意。',
          });
          state = collect();
          const handle = state.tasks.find((t) => t.status === 'pending')!;
          result = engine.act(def, state, {
            type: 'complete',
            taskId: handle.id,
            actor: handle.assignee,
            at: at(60),
          });
          state = collect();
        }
      }
      caseRows.push({
        id,
        definitionKey: BENCH_KEY,
        definitionVersion: 1,
        definitionName: def.name,
        applicantId: applicant,
        applicantName: `bench-applicant-${i % applicants.length}`,
        applicantDeptId: dept.id,
        status: state.status,
        serialNo: `BENCH-${String(id).padStart(8, '0')}`,
        currentStep: state.active.length ? '审批' : null,
        state: JSON.stringify(state),
        lockVersion: 1,
        submittedAt: state.submittedAt ? new Date(state.submittedAt) : null,
        finishedAt: state.finishedAt ? new Date(state.finishedAt) : null,
        createdAt: new Date(state.createdAt),
        updatedAt: new Date(state.updatedAt),
      });
      for (const effect of effects) {
        if (effect.type === 'createTask' || effect.type === 'updateTask' || effect.type === 'cancelTask') {
          taskRows.set(effect.task.id, taskRow(id, effect.task));
        }
      }
    }
    await sequelize.transaction(async (transaction) => {
      await models.Case.bulkCreate(caseRows as never[], { transaction });
      await models.Task.bulkCreate([...taskRows.values()] as never[], { transaction });
    });
    taskCount += taskRows.size;
    options.onProgress?.(Math.min(options.cases, offset + BATCH));
  }
  if (sequelize.getDialect() === 'postgres') {
    // Ids were given explicitly; move the sequence past them so new cases do not collide.
    await sequelize.query(
      `SELECT setval(pg_get_serial_sequence('cases', 'id'), (SELECT MAX(id) FROM cases))`,
    );
  }
  return {
    cases: options.cases,
    tasks: taskCount,
    heavyApprover: 'bench-head-0',
    password: PASSWORD,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  };
}

function taskRow(caseId: number, task: Task): Record<string, unknown> {
  return {
    id: task.id,
    caseId,
    nodeId: task.nodeId,
    nodeName: task.nodeId === 'approve' ? '审批' : '办理',
    kind: task.kind,
    assigneeId: Number(task.assignee),
    status: task.status,
    action: task.action ?? null,
    opinion: task.opinion ?? null,
    actedBy: null,
    dueAt: null,
    urgedAt: null,
    doneAt: task.doneAt ? new Date(task.doneAt) : null,
    createdAt: new Date(task.createdAt),
    updatedAt: new Date(),
  };
}
