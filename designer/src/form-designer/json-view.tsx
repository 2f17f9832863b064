import { useEffect, useState } from 'react';
import { Alert, Button, Input, Space } from 'antd';
import type { FormSchema } from '@flowhall/schema';
import { schemaProblems } from './schema-problems';

/** The schema as JSON: read it, or edit and apply it (refused with the reasons when broken). */
export function JsonView({
  schema,
  readOnly,
  onApply,
}: {
  schema: FormSchema;
  readOnly: boolean;
  onApply: (s: FormSchema) => void;
}) {
  const [text, setText] = useState(() => JSON.stringify(schema, null, 2));
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    setText(JSON.stringify(schema, null, 2));
    setProblems([]);
  }, [schema]);
  const apply = () => {
    const result = schemaProblems(text);
    setProblems(result.problems);
    if (result.schema) onApply(result.schema);
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="json-view">
      {problems.length ? (
        <Alert
          type="error"
          showIcon
          message="无法应用"
          description={
            <ul style={{ margin: 0, paddingLeft: 18 }}>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          }
        />
      ) : null}
      <Input.TextArea
        aria-label="表单 JSON"
        value={text}
        readOnly={readOnly}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 20, maxRows: 40 }}
        style={{ fontFamily: 'monospace', fontSize: 12 }}
        spellCheck={false}
      />
      {readOnly ? null : (
        <Button type="primary" onClick={apply}>
          应用 JSON
        </Button>
      )}
    </Space>
  );
}
