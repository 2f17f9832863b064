import { indexGraph, validateDefinition, type GraphIndex, type ProcessDefinition } from '@flowhall/schema';
import type { Command } from './commands';
import { addSigners, transferTask } from './commands/delegate';
import { resubmit, submit, urge, withdraw } from './commands/applicant';
import { checkRoute, decide, rejectTask } from './commands/decide';
import { returnTask } from './commands/return';
import { tick } from './commands/tick';
import type { Ctx } from './context';
import { Refusal, type EngineError } from './errors';
import { applyFormPatch, loadTask } from './guards';
import type { OrgDirectory } from './org-directory';
import type { EngineResult } from './result';
import type { Applicant, CaseState, Instant } from './state';
import { toMillis } from './time';

export interface EngineOptions {
  org: OrgDirectory;
}

export interface StartInput {
  /** Supplied by the caller (the server's id generator): the engine makes no ids of its own. */
  caseId: string;
  applicant: Applicant;
  form?: { [field: string]: unknown };
  at: Instant;
  /** Submit at once (default) or keep as a draft (R8). */
  submit?: boolean;
}

export interface Engine {
  start(definition: ProcessDefinition, input: StartInput): EngineResult;
  act(definition: ProcessDefinition, state: CaseState, command: Command): EngineResult;
  /** Shorthand for `act(definition, state, { type: 'tick', at: now })`. */
  tick(definition: ProcessDefinition, state: CaseState, now: Instant): EngineResult;
}

/**
 * An engine bound to an org directory. The only state it keeps is a cache of validated definitions
 * (by object identity), which changes no result, only how often a definition is validated.
 */
export function createEngine(options: EngineOptions): Engine {
  const checked = new WeakMap<ProcessDefinition, GraphIndex | EngineError>();
  const prepare = (def: ProcessDefinition): GraphIndex | EngineError => {
    let entry = checked.get(def);
    if (!entry) {
      const problems = validateDefinition(def);
      entry =
        problems.length > 0
          ? {
              ok: false,
              code: 'INVALID_DEFINITION',
              message: `the definition has ${problems.length} problem(s): ${problems[0]?.message ?? ''}`,
              details: { problems },
            }
          : indexGraph(def.flow);
      checked.set(def, entry);
    }
    return entry;
  };

  const run = (
    def: ProcessDefinition,
    state: CaseState,
    at: Instant,
    body: (ctx: Ctx) => void,
  ): EngineResult => {
    const graph = prepare(def);
    if ('ok' in graph) return graph;
    try {
      toMillis(at);
      const ctx: Ctx = { def, graph, org: options.org, state: clone(state), effects: [], at, steps: 0 };
      body(ctx);
      ctx.state.updatedAt = at;
      return { ok: true, state: ctx.state, effects: ctx.effects };
    } catch (e) {
      if (e instanceof Refusal)
        return { ok: false, code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) };
      throw e;
    }
  };

  const start = (def: ProcessDefinition, input: StartInput): EngineResult => {
    if (!input || typeof input.caseId !== 'string' || !input.caseId || !input.applicant?.id) {
      return {
        ok: false,
        code: 'INVALID_COMMAND',
        message: 'start needs a caseId and an applicant with an id',
      };
    }
    const state: CaseState = {
      format: 1,
      caseId: input.caseId,
      definitionKey: def.key,
      definitionVersion: def.version,
      status: 'draft',
      applicant: { ...input.applicant },
      form: {},
      tasks: [],
      active: [],
      joins: {},
      path: [],
      trace: [],
      ccs: [],
      rounds: {},
      seq: 0,
      createdAt: input.at,
      updatedAt: input.at,
    };
    return run(def, state, input.at, (ctx) => {
      Object.assign(ctx.state.form, clone(input.form ?? {}));
      ctx.state.trace.push({ at: input.at, actor: input.applicant.id, action: 'create' });
      if (input.submit !== false) submit(ctx, { type: 'submit', actor: input.applicant.id, at: input.at });
    });
  };

  const act = (def: ProcessDefinition, state: CaseState, command: Command): EngineResult => {
    if (!command || typeof command !== 'object' || typeof command.type !== 'string') {
      return { ok: false, code: 'INVALID_COMMAND', message: 'a command needs a type' };
    }
    if (!state || state.definitionKey !== def.key || state.definitionVersion !== def.version) {
      return {
        ok: false,
        code: 'DEFINITION_MISMATCH',
        message: `the case runs on ${state?.definitionKey}@${state?.definitionVersion}, not ${def.key}@${def.version}`,
      };
    }
    return run(def, state, command.at, (ctx) => dispatch(ctx, command));
  };

  return { start, act, tick: (def, state, now) => act(def, state, { type: 'tick', at: now }) };
}

function dispatch(ctx: Ctx, cmd: Command): void {
  switch (cmd.type) {
    case 'submit':
      return submit(ctx, cmd);
    case 'resubmit':
      return resubmit(ctx, cmd);
    case 'withdraw':
      return withdraw(ctx, cmd);
    case 'urge':
      return urge(ctx, cmd);
    case 'tick':
      return tick(ctx, cmd);
    case 'approve':
    case 'forward':
    case 'finalApprove':
    case 'complete': {
      const { task, node } = loadTask(ctx, cmd);
      const route = cmd.type === 'complete' ? undefined : cmd.route;
      checkRoute(node, route);
      if (cmd.type === 'forward') {
        const to = Array.isArray(cmd.to) ? cmd.to.filter((u) => typeof u === 'string' && u) : [];
        if (to.length === 0)
          throw new Refusal('FORWARD_TARGET_REQUIRED', 'forward needs the leader(s) to send the case to');
        ctx.state.forwardedTo = to;
      } else {
        delete ctx.state.forwardedTo;
      }
      if (cmd.type === 'finalApprove') ctx.state.finalApproved = true;
      applyFormPatch(ctx, node.id, cmd.formPatch);
      return decide(ctx, task, node, { action: cmd.type, actor: cmd.actor, opinion: cmd.opinion, route });
    }
    case 'reject': {
      const { task, node } = loadTask(ctx, cmd);
      applyFormPatch(ctx, node.id, cmd.formPatch);
      return rejectTask(ctx, task, { action: 'reject', actor: cmd.actor, opinion: cmd.opinion });
    }
    case 'return': {
      const { task, node } = loadTask(ctx, cmd);
      applyFormPatch(ctx, node.id, cmd.formPatch);
      return returnTask(ctx, task, node, cmd);
    }
    case 'transfer': {
      const { task } = loadTask(ctx, cmd);
      return transferTask(ctx, task, cmd);
    }
    case 'addSigner': {
      const { task, node } = loadTask(ctx, cmd);
      applyFormPatch(ctx, node.id, cmd.formPatch);
      return addSigners(ctx, task, node, cmd);
    }
    default: {
      const unknown: { type?: unknown } = cmd;
      throw new Refusal('INVALID_COMMAND', `unknown command type "${String(unknown.type)}"`);
    }
  }
}

/** States are plain JSON by contract, so a JSON round trip is an exact deep copy. */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
