import { Inject, Provide, Scope, ScopeEnum } from '@midwayjs/core';
import { passedNodes, type CaseState } from '@flowhall/engine';
import {
  DEFAULT_APPROVAL_ACTIONS,
  DEFAULT_OPINION_REQUIRED,
  fieldPermissionsFor,
  nodeName,
  type FlowGraph,
  type FormSchema,
  type ProcessDefinition,
  type RouteOption,
  type CaseView,
  type MyTask,
  type TaskActionType,
  type TraceEntry,
} from '@flowhall/schema';

export type { CaseView, MyTask, TraceEntry };
import { Database } from '../db/database';
import { DefinitionService } from '../definitions/definition-service';
import { DelegationService } from '../org/delegation-service';
import type { UserProfile } from '../org/org-service';
import type { CaseRelation } from './case-access';
import type { CaseRow } from './case-models';
import { progressOf } from './case-progress';

@Provide()
@Scope(ScopeEnum.Singleton)
export class CaseReads {
  @Inject()
  db!: Database;

  @Inject()
  definitions!: DefinitionService;

  @Inject()
  delegations!: DelegationService;

  async view(reader: UserProfile, row: CaseRow, relations: Set<CaseRelation>): Promise<CaseView> {
    const definition = await this.definitions.version(row.definitionKey, row.definitionVersion);
    const state = JSON.parse(row.state) as CaseState;
    const [tasks, stamps, rating] = await Promise.all([
      this.db.models.Task.findAll({
        where: { caseId: row.id },
        order: [
          ['createdAt', 'ASC'],
          ['id', 'ASC'],
        ],
      }),
      this.db.models.CaseStamp.findAll({ where: { caseId: row.id }, order: [['createdAt', 'ASC']] }),
      this.db.models.CaseRating.findOne({ where: { caseId: row.id } }),
    ]);
    const names = await this.userNames([...tasks.map((t) => t.assigneeId)]);
    const deptIds = [...new Set(stamps.map((s) => s.departmentId).filter((d): d is number => d !== null))];
    const depts = deptIds.length ? await this.db.models.Department.findAll({ where: { id: deptIds } }) : [];
    const deptName = new Map(depts.map((d) => [d.id, d.name]));

    // The reader's own pending tasks, then those they hold as someone's out-of-office delegate.
    const delegators = new Set(await this.delegations.delegatorsOf(reader.id, new Date()));
    const mine = [
      ...tasks.filter((t) => t.status === 'pending' && t.assigneeId === reader.id),
      ...tasks.filter((t) => t.status === 'pending' && delegators.has(t.assigneeId)),
    ];
    const myTasks = mine.map((t) => ({
      ...this.myTask(definition, state, t.id, t.nodeId, t.kind, t.dueAt),
      onBehalfOf:
        t.assigneeId === reader.id ? null : { id: t.assigneeId, name: names.get(t.assigneeId) ?? '' },
    }));
    // What the reader may see: their open step's permissions, else the applicant's form view;
    // administrators and past approvers see every field that is not hidden at the start.
    const permissions =
      myTasks[0]?.fieldPermissions ?? fieldPermissionsFor(definition, startNodeId(definition)) ?? {};
    const form = Object.fromEntries(
      Object.entries(state.form).filter(([field]) => permissions[field] !== 'hidden'),
    );
    const isApplicant = relations.has('applicant');
    const pendingOthers = tasks.some((t) => t.status === 'pending');
    return {
      id: row.id,
      serialNo: row.serialNo,
      status: row.status,
      lockVersion: row.lockVersion,
      definition: { key: definition.key, version: definition.version, name: definition.name },
      applicant: { id: row.applicantId, name: row.applicantName },
      currentStep: row.currentStep,
      progress: progressOf(definition, state),
      importance: row.importance,
      createdAt: row.createdAt.toISOString(),
      submittedAt: row.submittedAt?.toISOString() ?? null,
      finishedAt: row.finishedAt?.toISOString() ?? null,
      form,
      fieldPermissions: permissions,
      relations: [...relations],
      myTasks,
      tasks: tasks.map((t) => ({
        id: t.id,
        nodeId: t.nodeId,
        nodeName: t.nodeName,
        assignee: { id: t.assigneeId, name: names.get(t.assigneeId) ?? '' },
        status: t.status,
        action: t.action,
        opinion: t.opinion,
        createdAt: t.createdAt.toISOString(),
        doneAt: t.doneAt?.toISOString() ?? null,
        urgedAt: t.urgedAt?.toISOString() ?? null,
      })),
      stamps: stamps.map((s) => ({
        nodeId: s.nodeId,
        userId: s.userId,
        departmentId: s.departmentId,
        departmentName: s.departmentId === null ? null : (deptName.get(s.departmentId) ?? null),
        at: s.createdAt.toISOString(),
      })),
      can: {
        submit: isApplicant && row.status === 'draft',
        withdraw: isApplicant && (row.status === 'running' || row.status === 'returned'),
        resubmit: isApplicant && row.status === 'returned',
        urge: isApplicant && row.status === 'running' && pendingOthers,
        copy: isApplicant,
        rate: isApplicant && (row.status === 'approved' || row.status === 'rejected') && !rating,
        // Office administrators may give any pending task (`tasks`, status pending) to someone else.
        reassign: relations.has('admin') && row.status === 'running' && pendingOthers,
      },
      rating: rating
        ? { stars: rating.stars, comment: rating.comment, createdAt: rating.createdAt.toISOString() }
        : null,
    };
  }

  async trace(row: CaseRow): Promise<TraceEntry[]> {
    const definition = await this.definitions.version(row.definitionKey, row.definitionVersion);
    const state = JSON.parse(row.state) as CaseState;
    const assigneeOf = new Map(state.tasks.map((t) => [t.id, t.assignee]));
    // A task action by someone other than the task's assignee was done as their delegate
    // (reassign is the administrator's own act, not on anyone's behalf).
    const principalOf = (entry: (typeof state.trace)[number]): number | undefined => {
      if (!entry.taskId || entry.action === 'reassign' || !/^\d+$/.test(entry.actor)) return undefined;
      const assignee = Number(assigneeOf.get(entry.taskId));
      return Number.isSafeInteger(assignee) && String(assignee) !== entry.actor ? assignee : undefined;
    };
    const ids = state.trace
      .flatMap((t) => [Number(t.actor), principalOf(t) ?? NaN])
      .filter((id) => Number.isSafeInteger(id));
    const names = await this.userNames(ids);
    return state.trace.map((entry) => {
      const node = entry.nodeId ? definition.flow.nodes.find((n) => n.id === entry.nodeId) : undefined;
      const actorId = Number(entry.actor);
      const actor = Number.isSafeInteger(actorId)
        ? { id: actorId, name: names.get(actorId) ?? '' }
        : { id: null, name: '系统 / System' };
      const principal = principalOf(entry);
      const onBehalfOf = principal === undefined ? null : { id: principal, name: names.get(principal) ?? '' };
      return {
        at: entry.at,
        actor,
        actorLabel: onBehalfOf ? `${actor.name}（代 ${onBehalfOf.name}）` : actor.name,
        onBehalfOf,
        action: entry.action,
        nodeId: entry.nodeId ?? null,
        nodeName: node ? nodeName(node) : null,
        opinion: entry.opinion ?? null,
        details: entry.details ?? null,
      };
    });
  }

  async flow(row: CaseRow): Promise<{ flow: FlowGraph; path: CaseState['path']; current: string[] }> {
    const definition = await this.definitions.version(row.definitionKey, row.definitionVersion);
    const state = JSON.parse(row.state) as CaseState;
    return { flow: definition.flow, path: state.path, current: state.active.map((a) => a.nodeId) };
  }

  async formSchema(row: CaseRow): Promise<FormSchema> {
    return (await this.definitions.version(row.definitionKey, row.definitionVersion)).form;
  }

  private myTask(
    definition: ProcessDefinition,
    state: CaseState,
    id: string,
    nodeId: string,
    kind: string,
    dueAt: Date | null,
  ): Omit<MyTask, 'onBehalfOf'> {
    const node = definition.flow.nodes.find((n) => n.id === nodeId);
    const props = (node?.properties ?? {}) as {
      actions?: TaskActionType[];
      opinionRequired?: TaskActionType[];
      routes?: RouteOption[];
      returnTo?: unknown[];
    };
    const actions: TaskActionType[] =
      kind === 'handle' ? ['complete', 'return'] : (props.actions ?? [...DEFAULT_APPROVAL_ACTIONS]);
    const passed = passedNodes(state).filter((n) => n !== nodeId);
    return {
      id,
      nodeId,
      nodeName: node ? nodeName(node) : nodeId,
      kind,
      actions,
      opinionRequired:
        props.opinionRequired ?? (kind === 'handle' ? ['return'] : [...DEFAULT_OPINION_REQUIRED]),
      routes: props.routes ?? [],
      returnTargets: passed.map((p) => {
        const target = definition.flow.nodes.find((n) => n.id === p);
        return { nodeId: p, name: target ? nodeName(target) : p };
      }),
      fieldPermissions: fieldPermissionsFor(definition, nodeId) ?? {},
      dueAt: dueAt?.toISOString() ?? null,
    };
  }

  private async userNames(ids: number[]): Promise<Map<number, string>> {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    const users = await this.db.models.User.findAll({
      where: { id: unique },
      attributes: ['id', 'displayName'],
    });
    return new Map(users.map((u) => [u.id, u.displayName]));
  }
}

function startNodeId(definition: ProcessDefinition): string {
  return definition.flow.nodes.find((n) => n.type === 'start')?.id ?? 'start';
}
