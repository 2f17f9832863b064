import type { ApprovalAction, FlowGraph, JsonLogicRule } from '@flowhall/schema';
import {
  anyOf,
  anyRowWith,
  approvalNode,
  conditionNode,
  CUSTODIAN_BY_SEAL_TYPE,
  editable,
  edges,
  endNode,
  equals,
  handleNode,
  hidden,
  isYes,
  layout,
  startNode,
} from '../flow-parts';
import { SEAL_USE_OPINIONS, SEAL_USE_RETURN_FIELDS, SEAL_USE_STAMP_FIELDS } from './form';

/** Node ids the server may hook on (ledger entry on `stamp`, seal back in on `returnConfirm`). */
export const SEAL_USE_NODES = {
  sectionHead: 'sectionHead',
  deptHead: 'deptHead',
  deptHeadReview: 'deptHeadReview',
  leader: 'leader',
  nameSealOwner: 'nameSealOwner',
  legal: 'legal',
  heads: 'heads',
  research: 'research',
  teaching: 'teaching',
  foreign: 'foreign',
  stamp: 'stamp',
  returnConfirm: 'returnConfirm',
} as const;

export const usesNameSeal: JsonLogicRule = anyRowWith('seals', 'sealType', 'name');
export const needsHeads: JsonLogicRule = anyOf(isYes('majorMatter'), isYes('takeOut'));
const needsApprovingDept: JsonLogicRule = {
  in: [{ var: 'form.businessType' }, ['research', 'teaching', 'foreign']],
};

/**
 * Cases that must pass a later approval step. 终审同意 (finalApprove) skips every later approval
 * node, so the department head is offered it only when no such step follows (R16, R32).
 */
export const needsLaterApproval: JsonLogicRule = anyOf(
  isYes('horizontalContract'),
  isYes('majorMatter'),
  isYes('takeOut'),
  needsApprovingDept,
  usesNameSeal,
);

const HEAD_ACTIONS: ApprovalAction[] = ['approve', 'forward', 'finalApprove', 'reject', 'return'];
const REVIEW_ACTIONS: ApprovalAction[] = ['approve', 'forward', 'reject', 'return'];
const PLAIN: ApprovalAction[] = ['approve', 'reject', 'return'];

const deptHead = (id: string, name: string, actions: ApprovalAction[]) =>
  approvalNode(id, name, {
    assignees: [{ type: 'deptHead', levels: 0 }],
    actions,
    opinionRequired: ['reject', 'return'],
    returnTo: ['applicant', 'previous'],
    fieldPermissions: editable(['deptHeadOpinion']),
  });

const role = (r: string) => [{ type: 'role' as const, role: r }];

export const sealUseFlow: FlowGraph = {
  nodes: layout(
    [
      startNode(hidden([...SEAL_USE_OPINIONS, ...SEAL_USE_STAMP_FIELDS, ...SEAL_USE_RETURN_FIELDS])),
      approvalNode('sectionHead', '科室负责人验印审核', {
        assignees: [{ type: 'applicantChoice', field: 'sectionHead' }],
        optional: true,
        whenNoAssignee: 'skip',
        actions: PLAIN,
        fieldPermissions: editable(['sectionHeadOpinion']),
      }),
      conditionNode('needsReview', '是否须后续审批'),
      deptHead('deptHead', '部门负责人审批', HEAD_ACTIONS),
      deptHead('deptHeadReview', '部门负责人审核（须后续审批）', REVIEW_ACTIONS),
      approvalNode('leader', '上级领导审批', {
        assignees: [{ type: 'approverChoice' }],
        optional: true,
        whenNoAssignee: 'skip',
        actions: PLAIN,
        fieldPermissions: editable(['leaderOpinion']),
      }),
      conditionNode('nameSealCheck', '是否使用负责人名章'),
      approvalNode('nameSealOwner', '名章所属负责人审核', {
        assignees: [{ type: 'formField', field: 'nameSealOwner' }],
        actions: PLAIN,
        fieldPermissions: editable(['nameSealOwnerOpinion']),
      }),
      conditionNode('contractCheck', '是否横向合同'),
      approvalNode('legal', '法律顾问审核', {
        assignees: role('legal-adviser'),
        actions: PLAIN,
        fieldPermissions: editable(['legalOpinion']),
        timeLimitHours: 72,
        onTimeout: 'remind',
      }),
      conditionNode('headsCheck', '是否三重一大或带出印章'),
      approvalNode('heads', '党政主要负责人审批', {
        assignees: role('party-admin-head'),
        actions: PLAIN,
        fieldPermissions: editable(['headsOpinion']),
      }),
      conditionNode('businessCheck', '业务类型'),
      approvalNode('research', '科学技术研究院审批', {
        assignees: role('research-admin'),
        actions: PLAIN,
        fieldPermissions: editable(['approvingDeptOpinion']),
      }),
      approvalNode('teaching', '教务处审批', {
        assignees: role('academic-affairs'),
        actions: PLAIN,
        fieldPermissions: editable(['approvingDeptOpinion']),
      }),
      approvalNode('foreign', '国际合作与交流处审批', {
        assignees: role('international-office'),
        actions: PLAIN,
        fieldPermissions: editable(['approvingDeptOpinion']),
      }),
      handleNode('stamp', '印章管理员用印登记', {
        assignees: [CUSTODIAN_BY_SEAL_TYPE('primarySealType')],
        fieldPermissions: editable([...SEAL_USE_STAMP_FIELDS]),
        returnTo: ['applicant'],
      }),
      conditionNode('takeOutCheck', '印章是否带出'),
      handleNode('returnConfirm', '印章归还确认', {
        assignees: [CUSTODIAN_BY_SEAL_TYPE('primarySealType')],
        fieldPermissions: editable([...SEAL_USE_RETURN_FIELDS]),
        // The server may remind from the applicant's expected return date instead of node entry.
        dueDateField: 'expectedReturnDate',
        timeLimitHours: 72,
        onTimeout: 'remind',
      }),
      endNode(),
    ],
    ['deptHeadReview', 'nameSealOwner', 'legal', 'heads', 'research', 'teaching', 'foreign', 'returnConfirm'],
  ),
  edges: edges([
    ['start', 'sectionHead'],
    ['sectionHead', 'needsReview'],
    ['needsReview', 'deptHeadReview', '须后续审批', needsLaterApproval],
    ['needsReview', 'deptHead', '其他', 'default'],
    ['deptHead', 'leader'],
    ['deptHeadReview', 'leader'],
    ['leader', 'nameSealCheck'],
    ['nameSealCheck', 'nameSealOwner', '使用名章', usesNameSeal],
    ['nameSealCheck', 'contractCheck', '否', 'default'],
    ['nameSealOwner', 'contractCheck'],
    ['contractCheck', 'legal', '横向合同', isYes('horizontalContract')],
    ['contractCheck', 'headsCheck', '否', 'default'],
    ['legal', 'headsCheck'],
    ['headsCheck', 'heads', '三重一大或带出', needsHeads],
    ['headsCheck', 'businessCheck', '否', 'default'],
    ['heads', 'businessCheck'],
    ['businessCheck', 'research', '科研类', equals('businessType', 'research')],
    ['businessCheck', 'teaching', '教育教学类', equals('businessType', 'teaching')],
    ['businessCheck', 'foreign', '外事类', equals('businessType', 'foreign')],
    ['businessCheck', 'stamp', '综合类', 'default'],
    ['research', 'stamp'],
    ['teaching', 'stamp'],
    ['foreign', 'stamp'],
    ['stamp', 'takeOutCheck'],
    ['takeOutCheck', 'returnConfirm', '已带出', isYes('takeOut')],
    ['takeOutCheck', 'end', '未带出', 'default'],
    ['returnConfirm', 'end'],
  ]),
};
