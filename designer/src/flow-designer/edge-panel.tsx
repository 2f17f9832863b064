import { Alert, Button, Form, Input, InputNumber, Switch, Typography } from 'antd';
import type { DefinitionProblem, FlowEdge, FlowGraph } from '@flowhall/schema';
import { nodeName } from '@flowhall/schema';
import { conditionToJsonLogic, jsonLogicToCondition } from '../schema-ops';
import { RuleBuilder } from '../shared/rule-builder';
import type { RuleField } from '../shared/rule-fields';
import { useFlowText } from './use-flow-text';

export interface EdgePanelProps {
  edge: FlowEdge;
  flow: FlowGraph;
  fields: RuleField[];
  problems: DefinitionProblem[];
  readOnly?: boolean;
  onPatch: (patch: Record<string, unknown>, label?: string) => void;
  onDelete: () => void;
}

const labelOf = (edge: FlowEdge) => (typeof edge.text === 'string' ? edge.text : (edge.text?.value ?? ''));

/** A connection; leaving a condition node it carries the branch's rule or is the default branch. */
export function EdgePanel({ edge, flow, fields, problems, readOnly, onPatch, onDelete }: EdgePanelProps) {
  const t = useFlowText();
  const source = flow.nodes.find((n) => n.id === edge.sourceNodeId);
  const target = flow.nodes.find((n) => n.id === edge.targetNodeId);
  const branch = source?.type === 'condition';
  const rule = edge.properties?.condition;
  const parsed = jsonLogicToCondition(rule);
  return (
    <div data-testid="edge-panel">
      <Typography.Paragraph type="secondary">
        {source ? nodeName(source) : edge.sourceNodeId} → {target ? nodeName(target) : edge.targetNodeId}
      </Typography.Paragraph>
      {problems.map((p, i) => (
        <Alert key={i} type="error" showIcon message={p.message} style={{ marginBottom: 8 }} />
      ))}
      <Form layout="vertical" size="small" disabled={readOnly}>
        <Form.Item label={t('edgeName')}>
          <Input
            aria-label={t('edgeName')}
            value={labelOf(edge)}
            onChange={(e) => onPatch({}, e.target.value)}
          />
        </Form.Item>
        {branch ? (
          <>
            <Form.Item label={t('defaultBranch')} tooltip={t('defaultBranchHelp')}>
              <Switch
                checked={!!edge.properties?.isDefault}
                onChange={(v) => onPatch({ isDefault: v || undefined })}
                aria-label={t('defaultBranch')}
              />
            </Form.Item>
            {edge.properties?.isDefault ? null : (
              <>
                <Form.Item label={t('order')}>
                  <InputNumber
                    min={1}
                    value={edge.properties?.order ?? null}
                    onChange={(v) => onPatch({ order: v ?? undefined })}
                  />
                </Form.Item>
                <Form.Item label={t('condition')}>
                  {rule !== undefined && !parsed ? (
                    <Alert
                      type="info"
                      style={{ marginBottom: 8 }}
                      message={t('presetCondition')}
                      description={<code style={{ fontSize: 11 }}>{JSON.stringify(rule)}</code>}
                    />
                  ) : null}
                  <RuleBuilder
                    value={parsed}
                    fields={fields}
                    emptyText={t('noCondition')}
                    onChange={(c) => onPatch({ condition: c ? conditionToJsonLogic(c) : undefined })}
                  />
                </Form.Item>
              </>
            )}
          </>
        ) : null}
        {readOnly ? null : (
          <Button danger block onClick={onDelete}>
            {t('deleteEdge')}
          </Button>
        )}
      </Form>
    </div>
  );
}
