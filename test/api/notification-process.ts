import type { FlowhallClient } from '@flowhall/client';
import type { ProcessDefinition } from '@flowhall/schema';
import { publish, uniqueKey } from '../support/sample-process';

/**
 * start -> the applicant's department head (approve, reject, return; optional time limit and
 * timeout policy) -> end. Small enough that every notification it causes is predictable.
 */
export function headApprovalDefinition(
  key: string,
  limit?: { timeLimitHours: number; onTimeout: 'remind' | 'approve' | 'reject' },
): ProcessDefinition {
  return {
    key,
    version: 1,
    name: '通知测试事项',
    form: { type: 'object', properties: { reason: { type: 'string', title: '事由' } } },
    flow: {
      nodes: [
        { id: 'start', type: 'start', properties: { name: '提交' } },
        {
          id: 'head',
          type: 'approval',
          properties: {
            name: '部门负责人审批',
            assignees: [{ type: 'deptHead' }],
            actions: ['approve', 'reject', 'return'],
            ...(limit ?? {}),
          },
        },
        { id: 'end', type: 'end', properties: { name: '办结' } },
      ],
      edges: [
        { id: 'e1', sourceNodeId: 'start', targetNodeId: 'head' },
        { id: 'e2', sourceNodeId: 'head', targetNodeId: 'end' },
      ],
    },
  } as ProcessDefinition;
}

export async function publishHeadApproval(
  admin: FlowhallClient,
  limit?: { timeLimitHours: number; onTimeout: 'remind' | 'approve' | 'reject' },
): Promise<string> {
  return publish(admin, headApprovalDefinition(uniqueKey('notify'), limit));
}
