import { Button, List, Select, Space, Tag } from 'antd';
import type { FlowGraph, FlowNode } from '@flowhall/schema';
import { nodeName } from '@flowhall/schema';

/**
 * The node's outgoing connections as a list, with "connect to": everything the canvas does by
 * dragging between anchors, reachable by keyboard and screen reader too.
 */
export function OutgoingEdges({
  node,
  flow,
  readOnly,
  onConnect,
  onSelectEdge,
  onDeleteEdge,
}: {
  node: FlowNode;
  flow: FlowGraph;
  readOnly?: boolean;
  onConnect: (target: string) => void;
  onSelectEdge: (id: string) => void;
  onDeleteEdge: (id: string) => void;
}) {
  const outgoing = flow.edges.filter((e) => e.sourceNodeId === node.id);
  const name = (id: string) => {
    const target = flow.nodes.find((n) => n.id === id);
    return target ? nodeName(target) : id;
  };
  const targets = flow.nodes.filter(
    (n) => n.id !== node.id && n.type !== 'start' && !outgoing.some((e) => e.targetNodeId === n.id),
  );
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="outgoing-edges">
      <List
        size="small"
        dataSource={outgoing}
        locale={{ emptyText: '没有出口连线' }}
        renderItem={(edge) => {
          const label = typeof edge.text === 'string' ? edge.text : edge.text?.value;
          return (
            <List.Item
              data-edge-target={edge.targetNodeId}
              actions={[
                <Button key="edit" size="small" type="link" onClick={() => onSelectEdge(edge.id)}>
                  {node.type === 'condition' ? '条件' : '编辑'}
                </Button>,
                ...(readOnly
                  ? []
                  : [
                      <Button key="del" size="small" type="link" danger onClick={() => onDeleteEdge(edge.id)}>
                        删除
                      </Button>,
                    ]),
              ]}
            >
              <span>
                → {name(edge.targetNodeId)} {label ? <Tag>{label}</Tag> : null}
                {edge.properties?.isDefault ? <Tag color="blue">默认</Tag> : null}
              </span>
            </List.Item>
          );
        }}
      />
      {readOnly || node.type === 'end' ? null : (
        <Select
          style={{ width: '100%' }}
          placeholder="添加连线到…"
          aria-label="添加连线到"
          value={null}
          showSearch
          optionFilterProp="label"
          options={targets.map((n) => ({ value: n.id, label: nodeName(n) }))}
          onChange={(target: string) => onConnect(target)}
        />
      )}
    </Space>
  );
}
