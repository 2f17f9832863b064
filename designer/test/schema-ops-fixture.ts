import type { FlowGraph, FormSchema } from '@flowhall/schema';

/** A small contract process: a yes/no field, a field shown by it, a table, a group and a flow using them. */
export const contractForm = (): FormSchema => ({
  type: 'object',
  properties: {
    card: {
      type: 'void',
      'x-component': 'Card',
      properties: {
        grid: {
          type: 'void',
          'x-component': 'FormGrid',
          properties: {
            horizontal: { type: 'boolean', title: '是否横向合同', 'x-component': 'Radio.Group' },
            amount: {
              type: 'number',
              title: '合同金额',
              'x-component': 'NumberPicker',
              'x-reactions': {
                dependencies: ['horizontal'],
                fulfill: { state: { visible: '{{$deps[0] === true}}' } },
              },
            },
            reviewer: { type: 'string', title: '审核人', 'x-component': 'UserPicker' },
          },
        },
      },
    },
    contact: {
      type: 'object',
      title: '联系人',
      properties: { phone: { type: 'string', title: '电话', 'x-component': 'Input' } },
    },
    materials: {
      type: 'array',
      title: '材料',
      'x-component': 'ArrayTable',
      items: { type: 'object', properties: { name: { type: 'string', title: '名称' } } },
      properties: { add: { type: 'void', title: '添加行', 'x-component': 'ArrayTable.Addition' } },
    },
    financeOpinion: { type: 'string', title: '财务意见', 'x-component': 'Input.TextArea' },
  },
});

export const contractFlow = (): FlowGraph => ({
  nodes: [
    {
      id: 'start',
      type: 'start',
      properties: { name: '提交', fieldPermissions: { financeOpinion: 'hidden' } },
    },
    { id: 'check', type: 'condition', properties: { name: '金额判断' } },
    {
      id: 'finance',
      type: 'approval',
      properties: {
        name: '财务处审核',
        assignees: [
          { type: 'formField', field: 'reviewer' },
          { type: 'byField', field: 'horizontal', cases: { true: { type: 'role', role: 'finance' } } },
        ],
        fieldPermissions: { financeOpinion: 'editable', amount: 'readonly', 'contact.phone': 'readonly' },
        returnTo: ['applicant', { nodeId: 'start' }],
      },
    },
    { id: 'end', type: 'end', properties: { name: '办结' } },
  ],
  edges: [
    { id: 'e1', sourceNodeId: 'start', targetNodeId: 'check' },
    {
      id: 'e2',
      sourceNodeId: 'check',
      targetNodeId: 'finance',
      properties: {
        condition: {
          and: [{ '==': [{ var: 'form.horizontal' }, true] }, { '>': [{ var: 'form.amount' }, 100000] }],
        },
        order: 1,
      },
    },
    { id: 'e3', sourceNodeId: 'check', targetNodeId: 'end', properties: { isDefault: true } },
    { id: 'e4', sourceNodeId: 'finance', targetNodeId: 'end' },
  ],
});

export const contractDoc = () => ({ form: contractForm(), flow: contractFlow() });
