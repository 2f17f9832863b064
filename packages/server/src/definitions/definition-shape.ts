import type { ProcessDefinition } from '@flowhall/schema';
import { unsafeJsonProblems } from '../common/json-guard';

export interface ShapeProblem {
  path: string;
  message: string;
}

export const DEFINITION_KEY = /^[a-z][a-z0-9-]{1,63}$/;

/**
 * Checks that a body is shaped like a ProcessDefinition before it is stored as a draft. Deeper
 * checks (graph, rules, permissions) are `validateDefinition`'s and run on validate and publish;
 * a draft may be incomplete, but never malformed.
 */
export function definitionShapeProblems(body: unknown): ShapeProblem[] {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return [{ path: '', message: '流程定义应为对象 / the definition must be an object' }];
  }
  const problems: ShapeProblem[] = [...unsafeJsonProblems(body)];
  const value = body as Record<string, unknown>;
  if (typeof value.name !== 'string' || value.name.trim() === '' || value.name.length > 200) {
    problems.push({
      path: 'name',
      message: '请填写流程名称（200 字以内）/ name is required (max 200 characters)',
    });
  }
  const form = value.form as Record<string, unknown> | undefined;
  if (!form || typeof form !== 'object' || form.type !== 'object') {
    problems.push({
      path: 'form',
      message: '表单应为 type 为 object 的 Formily 模式 / form must be a Formily schema of type object',
    });
  }
  const flow = value.flow as Record<string, unknown> | undefined;
  if (!flow || typeof flow !== 'object' || !Array.isArray(flow.nodes) || !Array.isArray(flow.edges)) {
    problems.push({
      path: 'flow',
      message: '流程图应包含 nodes 和 edges 数组 / flow must have nodes and edges arrays',
    });
  }
  if (value.settings !== undefined && (typeof value.settings !== 'object' || value.settings === null)) {
    problems.push({ path: 'settings', message: 'settings 应为对象 / settings must be an object' });
  }
  return problems;
}

/** The smallest publishable process: the applicant's form, the department head's approval, the end. */
export function blankDefinition(key: string, name: string, category: string | undefined): ProcessDefinition {
  return {
    key,
    version: 1,
    name,
    ...(category ? { category } : {}),
    form: {
      type: 'object',
      properties: {
        reason: {
          type: 'string',
          title: '申请事由',
          required: true,
          'x-decorator': 'FormItem',
          'x-component': 'Input.TextArea',
        },
      },
    },
    flow: {
      nodes: [
        { id: 'start', type: 'start', x: 100, y: 200, properties: { name: '申请人提交' } },
        {
          id: 'dept-head',
          type: 'approval',
          x: 300,
          y: 200,
          properties: { name: '部门负责人审批', assignees: [{ type: 'deptHead' }], mode: 'any' },
        },
        { id: 'end', type: 'end', x: 500, y: 200, properties: { name: '结束' } },
      ],
      edges: [
        { id: 'e1', type: 'polyline', sourceNodeId: 'start', targetNodeId: 'dept-head', properties: {} },
        { id: 'e2', type: 'polyline', sourceNodeId: 'dept-head', targetNodeId: 'end', properties: {} },
      ],
    },
  } as ProcessDefinition;
}
