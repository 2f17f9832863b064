import type { FlowhallClient as FlowClient } from '@flowhall/client';
import type { ProcessDefinition } from '@flowhall/schema';

/**
 * A seal-check process in the shape of NENU's and PKU's (seeds 002/003), small enough to read:
 * department head (approve, return, forward to a leader, final approval) -> the leader the head
 * picked, if any -> the party & administration head for major matters -> the custodian stamps.
 */
export function sealCheckDefinition(key: string): ProcessDefinition {
  return {
    key,
    version: 1,
    name: '部门用印审批（测试）',
    category: '办公办文',
    form: {
      type: 'object',
      properties: {
        bizType: {
          type: 'string',
          title: '业务类型',
          required: true,
          enum: ['科研类', '教育教学类', '外事类', '综合类'],
          'x-component': 'Select',
        },
        reason: {
          type: 'string',
          title: '用印事由',
          required: true,
          maxLength: 500,
          'x-component': 'Input.TextArea',
        },
        majorMatter: { type: 'boolean', title: '是否三重一大事项', 'x-component': 'Radio.Group' },
        copies: { type: 'number', title: '份数', minimum: 1, 'x-component': 'NumberPicker' },
        attachments: { type: 'array', title: '用印材料扫描件', 'x-component': 'Upload' },
        headOpinion: { type: 'string', title: '部门负责人意见', 'x-component': 'Input.TextArea' },
        stampedCopies: { type: 'number', title: '实际盖章份数', 'x-component': 'NumberPicker' },
      },
    },
    flow: {
      nodes: [
        {
          id: 'start',
          type: 'start',
          properties: {
            name: '申请人提交',
            fieldPermissions: { headOpinion: 'hidden', stampedCopies: 'hidden' },
          },
        },
        {
          id: 'dept-head',
          type: 'approval',
          properties: {
            name: '部门负责人审批',
            assignees: [{ type: 'deptHead' }],
            actions: ['approve', 'reject', 'return', 'forward', 'finalApprove'],
            fieldPermissions: { headOpinion: 'editable' },
            returnTo: ['applicant', 'previous', 'anyVisited'],
            autoStamp: true,
          },
        },
        {
          id: 'leader',
          type: 'approval',
          properties: {
            name: '上级领导审批',
            assignees: [{ type: 'approverChoice' }],
            actions: ['approve', 'reject', 'return', 'finalApprove'],
            optional: true,
            whenNoAssignee: 'skip',
          },
        },
        { id: 'major', type: 'condition', properties: { name: '是否三重一大' } },
        {
          id: 'party-head',
          type: 'approval',
          properties: { name: '党政主要负责人审批', assignees: [{ type: 'role', role: 'party-admin-head' }] },
        },
        {
          id: 'custodian',
          type: 'handle',
          properties: {
            name: '印章管理员盖章',
            assignees: [{ type: 'role', role: 'seal-custodian' }],
            fieldPermissions: { stampedCopies: 'editable' },
          },
        },
        { id: 'end', type: 'end', properties: { name: '办结' } },
      ],
      edges: [
        { id: 'e1', sourceNodeId: 'start', targetNodeId: 'dept-head' },
        { id: 'e2', sourceNodeId: 'dept-head', targetNodeId: 'leader' },
        { id: 'e3', sourceNodeId: 'leader', targetNodeId: 'major' },
        {
          id: 'e4',
          sourceNodeId: 'major',
          targetNodeId: 'party-head',
          properties: { condition: { '==': [{ var: 'form.majorMatter' }, true] }, order: 1 },
        },
        {
          id: 'e5',
          sourceNodeId: 'major',
          targetNodeId: 'custodian',
          properties: { isDefault: true, order: 2 },
        },
        { id: 'e6', sourceNodeId: 'party-head', targetNodeId: 'custodian' },
        { id: 'e7', sourceNodeId: 'custodian', targetNodeId: 'end' },
      ],
    },
  } as ProcessDefinition;
}

/** A countersign-free or-sign step shared by two people, for the concurrency tests. */
export function orSignDefinition(key: string, userIds: number[]): ProcessDefinition {
  return {
    key,
    version: 1,
    name: '或签测试',
    form: { type: 'object', properties: { reason: { type: 'string', title: '事由' } } },
    flow: {
      nodes: [
        { id: 'start', type: 'start', properties: { name: '提交' } },
        {
          id: 'either',
          type: 'approval',
          properties: {
            name: '任一人审批',
            mode: 'any',
            assignees: [{ type: 'users', users: userIds.map(String) }],
          },
        },
        { id: 'end', type: 'end', properties: { name: '办结' } },
      ],
      edges: [
        { id: 'e1', sourceNodeId: 'start', targetNodeId: 'either' },
        { id: 'e2', sourceNodeId: 'either', targetNodeId: 'end' },
      ],
    },
  } as ProcessDefinition;
}

let counter = 0;
/** A key no other test uses (all API tests share one server and database). */
export const uniqueKey = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${++counter}`;

/** Creates and publishes a definition as the platform administrator; returns its key. */
export async function publish(admin: FlowClient, definition: ProcessDefinition): Promise<string> {
  const created = await admin.definitions.create({ key: definition.key, name: definition.name });
  await admin.definitions.saveDraft(definition.key, created.draftRevision, definition);
  await admin.definitions.publish(definition.key, 'test');
  return definition.key;
}
