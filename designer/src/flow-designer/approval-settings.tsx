import { Checkbox, Form, InputNumber, Radio, Select, Switch } from 'antd';
import type {
  ApprovalAction,
  ApprovalMode,
  ApprovalProperties,
  FlowGraph,
  FlowNode,
  OnTimeout,
  ReturnTarget,
  WhenNoAssignee,
} from '@flowhall/schema';
import {
  APPROVAL_ACTIONS,
  APPROVAL_MODES,
  DEFAULT_APPROVAL_ACTIONS,
  DEFAULT_OPINION_REQUIRED,
  ON_TIMEOUT,
  WHEN_NO_ASSIGNEE,
  nodeName,
} from '@flowhall/schema';
import {
  ACTION_LABELS,
  MODE_LABELS,
  NO_ASSIGNEE_LABELS,
  RETURN_LABELS,
  TIMEOUT_LABELS,
} from '../shared/labels';
import { RoutesEditor } from './routes-editor';

type Patch = (patch: Record<string, unknown>) => void;

/** Return targets as one multi-select: the three kinds plus any people step by name. */
function ReturnTargets({ node, flow, onPatch }: { node: FlowNode; flow: FlowGraph; onPatch: Patch }) {
  const current = (
    (node.properties as { returnTo?: ReturnTarget[] }).returnTo ?? ['applicant', 'previous']
  ).map((t) => (typeof t === 'string' ? t : `node:${t.nodeId}`));
  const steps = flow.nodes.filter((n) => n.id !== node.id && (n.type === 'approval' || n.type === 'handle'));
  return (
    <Select
      mode="multiple"
      style={{ width: '100%' }}
      aria-label="可退回至"
      value={current}
      options={[
        ...(Object.keys(RETURN_LABELS) as Array<keyof typeof RETURN_LABELS>).map((k) => ({
          value: k,
          label: RETURN_LABELS[k],
        })),
        ...steps.map((n) => ({ value: `node:${n.id}`, label: `环节：${nodeName(n)}` })),
      ]}
      onChange={(picked: string[]) =>
        onPatch({ returnTo: picked.map((p) => (p.startsWith('node:') ? { nodeId: p.slice(5) } : p)) })
      }
    />
  );
}

/** Settings shared by approval and handling steps: who if nobody, optional, time limit, returns. */
export function StepSettings({ node, flow, onPatch }: { node: FlowNode; flow: FlowGraph; onPatch: Patch }) {
  const p = node.properties as Partial<ApprovalProperties>;
  const timeouts = node.type === 'handle' ? (['remind'] as OnTimeout[]) : [...ON_TIMEOUT];
  return (
    <>
      <Form.Item label="无人可办时">
        <Select
          value={p.whenNoAssignee ?? 'fail'}
          options={WHEN_NO_ASSIGNEE.map((w) => ({ value: w, label: NO_ASSIGNEE_LABELS[w] }))}
          onChange={(v: WhenNoAssignee) => onPatch({ whenNoAssignee: v })}
        />
      </Form.Item>
      <Form.Item label="可选环节" tooltip="申请人未选择审批人时跳过此环节">
        <Switch checked={!!p.optional} onChange={(v) => onPatch({ optional: v || undefined })} />
      </Form.Item>
      <Form.Item label="办理时限（小时）">
        <InputNumber
          min={1}
          style={{ width: '100%' }}
          placeholder="不限"
          value={p.timeLimitHours ?? null}
          onChange={(v) => onPatch({ timeLimitHours: v ?? undefined })}
        />
      </Form.Item>
      {p.timeLimitHours ? (
        <Form.Item label="超时处理">
          <Select
            value={p.onTimeout ?? 'remind'}
            options={timeouts.map((t) => ({ value: t, label: TIMEOUT_LABELS[t] }))}
            onChange={(v: OnTimeout) => onPatch({ onTimeout: v })}
          />
        </Form.Item>
      ) : null}
      <Form.Item label="可退回至">
        <ReturnTargets node={node} flow={flow} onPatch={onPatch} />
      </Form.Item>
    </>
  );
}

/** Approval-only settings: mode, actions and which need an opinion, auto-stamp, routes. */
export function ApprovalSettings({ node, onPatch }: { node: FlowNode; onPatch: Patch }) {
  const p = node.properties as Partial<ApprovalProperties>;
  const actions = p.actions ?? [...DEFAULT_APPROVAL_ACTIONS];
  const opinion = p.opinionRequired ?? [...DEFAULT_OPINION_REQUIRED];
  return (
    <>
      <Form.Item label="审批方式">
        <Radio.Group
          value={p.mode ?? 'any'}
          onChange={(e) => onPatch({ mode: e.target.value as ApprovalMode })}
          options={APPROVAL_MODES.map((m) => ({ value: m, label: MODE_LABELS[m] }))}
        />
      </Form.Item>
      <Form.Item label="可用操作">
        <Checkbox.Group
          value={actions}
          options={APPROVAL_ACTIONS.map((a) => ({ value: a, label: ACTION_LABELS[a] }))}
          onChange={(v) => {
            const next = v as ApprovalAction[];
            onPatch({ actions: next, opinionRequired: opinion.filter((a) => next.includes(a)) });
          }}
        />
      </Form.Item>
      <Form.Item label="须填写意见的操作">
        <Checkbox.Group
          value={opinion}
          options={actions.map((a) => ({ value: a, label: ACTION_LABELS[a] }))}
          onChange={(v) => onPatch({ opinionRequired: v as ApprovalAction[] })}
        />
      </Form.Item>
      <Form.Item label="同意时自动盖部门章">
        <Switch checked={!!p.autoStamp} onChange={(v) => onPatch({ autoStamp: v || undefined })} />
      </Form.Item>
      <Form.Item label="审批去向选项" tooltip="审批人同意时选择去向，后续条件分支可按去向判断">
        <RoutesEditor
          value={p.routes ?? []}
          onChange={(routes) => onPatch({ routes: routes.length ? routes : undefined })}
        />
      </Form.Item>
    </>
  );
}
