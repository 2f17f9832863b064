import { Alert, List, Typography } from 'antd';
import type { DefinitionProblem } from '@flowhall/schema';
import { useFlowText } from './use-flow-text';

/** Problems not tied to the selection; clicking one selects its node or edge. */
export function ProblemList({
  problems,
  onPick,
}: {
  problems: DefinitionProblem[];
  onPick: (selection: { kind: 'node' | 'edge'; id: string }) => void;
}) {
  const t = useFlowText();
  if (problems.length === 0) {
    return <Alert type="success" showIcon message={t('flowValid')} />;
  }
  return (
    <div data-testid="problem-list">
      <Typography.Text strong type="danger">
        {t('mustFix', { count: problems.length })}
      </Typography.Text>
      <List
        size="small"
        dataSource={problems}
        renderItem={(p) => (
          <List.Item
            style={{ cursor: p.nodeId || p.edgeId ? 'pointer' : 'default' }}
            onClick={() => {
              if (p.nodeId) onPick({ kind: 'node', id: p.nodeId });
              else if (p.edgeId) onPick({ kind: 'edge', id: p.edgeId });
            }}
          >
            <Typography.Text type="danger">{p.message}</Typography.Text>
          </List.Item>
        )}
      />
    </div>
  );
}
