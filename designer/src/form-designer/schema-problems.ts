import type { FormSchema } from '@flowhall/schema';
import { isValidFieldName, listNodes } from '../schema-ops';

/** Problems that make a pasted schema unusable; empty when it can be applied. */
export function schemaProblems(text: string): { schema?: FormSchema; problems: string[] } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    return { problems: [`JSON 格式错误：${(err as Error).message}`] };
  }
  if (!parsed || typeof parsed !== 'object' || (parsed as FormSchema).type !== 'object') {
    return { problems: ['根节点必须是 { "type": "object", "properties": { … } }'] };
  }
  const schema = parsed as FormSchema;
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const node of listNodes(schema)) {
    if (!isValidFieldName(node.key)) problems.push(`字段名 ${node.key} 只能包含字母、数字和下划线`);
    // Layout nodes may share names (every card has its "grid"); data paths may not.
    if (node.path && seen.has(node.path)) problems.push(`字段 ${node.path} 重复`);
    if (node.path) seen.add(node.path);
  }
  return problems.length ? { problems } : { schema, problems };
}
