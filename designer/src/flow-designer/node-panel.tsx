import { Alert, Button, Collapse, Form, Input, Select, Space, Tag } from 'antd';
import type { AssigneeRule, DefinitionProblem, FlowGraph, FlowNode } from '@flowhall/schema';
import { NODE_KINDS } from '../flow-shapes';
import type { RuleField } from '../shared/rule-fields';
import { ApprovalSettings, StepSettings } from './approval-settings';
import { AssigneeEditor } from './assignee-editor';
import { OutgoingEdges } from './outgoing-edges';
import { PermissionTable } from './permission-table';
import { nodeTypeKey } from './flow-text';
import { useFlowText } from './use-flow-text';

export interface NodePanelProps {
  node: FlowNode;
  flow: FlowGraph;
  fields: RuleField[];
  problems: DefinitionProblem[];
  readOnly?: boolean;
  onPatch: (patch: Record<string, unknown>) => void;
  onDelete: () => void;
  onConnect: (target: string) => void;
  onSelectEdge: (id: string) => void;
  onDeleteEdge: (id: string) => void;
}

const PEOPLE_STEPS = new Set(['approval', 'handle', 'cc']);

/** Everything an administrator sets on one node. */
export function NodePanel(props: NodePanelProps) {
  const { node, flow, fields, problems, readOnly, onPatch, onDelete } = props;
  const t = useFlowText();
  const kind = NODE_KINDS[node.type];
  const sections = [];
  if (node.type !== 'end') {
    sections.push({
      key: 'edges',
      label: t('outgoing'),
      children: (
        <OutgoingEdges
          node={node}
          flow={flow}
          readOnly={readOnly}
          onConnect={props.onConnect}
          onSelectEdge={props.onSelectEdge}
          onDeleteEdge={props.onDeleteEdge}
        />
      ),
    });
  }
  if (PEOPLE_STEPS.has(node.type)) {
    sections.push({
      key: 'assignees',
      label: t('assignees'),
      children: (
        <AssigneeEditor
          value={((node.properties as { assignees?: AssigneeRule[] }).assignees ?? []) as AssigneeRule[]}
          fields={fields}
          onChange={(assignees) => onPatch({ assignees })}
        />
      ),
    });
  }
  if (node.type === 'approval' || node.type === 'handle') {
    sections.push({
      key: 'settings',
      label: t('approvalSettings'),
      children: (
        <>
          {node.type === 'approval' ? <ApprovalSettings node={node} onPatch={onPatch} /> : null}
          <StepSettings node={node} flow={flow} onPatch={onPatch} />
        </>
      ),
    });
  }
  if (node.type !== 'condition' && node.type !== 'parallel' && node.type !== 'join' && node.type !== 'end') {
    sections.push({
      key: 'permissions',
      label: t('fieldPermissions'),
      children: (
        <PermissionTable
          node={node}
          fields={fields}
          onChange={(fieldPermissions) => onPatch({ fieldPermissions })}
        />
      ),
    });
  }
  return (
    <div data-testid="node-panel">
      <Space style={{ marginBottom: 8 }}>
        <Tag color={kind.color}>
          {kind.icon} {t(nodeTypeKey(node.type))}
        </Tag>
        <span style={{ color: '#8c8c8c', fontSize: 12 }}>ID：{node.id}</span>
      </Space>
      {problems.map((p, i) => (
        <Alert
          key={i}
          type="error"
          showIcon
          message={p.message}
          style={{ marginBottom: 8 }}
          data-testid="node-problem"
        />
      ))}
      <Form layout="vertical" size="small" disabled={readOnly}>
        <Form.Item label={t('nodeName')}>
          <Input
            aria-label={t('nodeName')}
            value={typeof node.properties.name === 'string' ? node.properties.name : ''}
            onChange={(e) => onPatch({ name: e.target.value })}
          />
        </Form.Item>
        {node.type === 'end' ? (
          <Form.Item label={t('endResult')}>
            <Select
              value={(node.properties as { outcome?: string }).outcome ?? 'approved'}
              options={[
                { value: 'approved', label: t('resultApproved') },
                { value: 'rejected', label: t('resultRejected') },
              ]}
              onChange={(outcome: string) => onPatch({ outcome })}
            />
          </Form.Item>
        ) : null}
        <Collapse size="small" defaultActiveKey={['assignees', 'settings', 'edges']} items={sections} />
        {readOnly ? null : (
          <Button danger block style={{ marginTop: 12 }} onClick={onDelete} disabled={node.type === 'start'}>
            {t('deleteNode')}
          </Button>
        )}
      </Form>
    </div>
  );
}
