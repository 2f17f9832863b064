import type { FormFieldSchema } from '@flowhall/schema';

/** Where a node keeps the text the administrator calls its label (differs by component). */
function labelProp(node: FormFieldSchema): 'title' | 'tab' | 'message' | 'propsTitle' {
  const component = node['x-component'];
  if (component === 'FormTab.TabPane') return 'tab';
  if (component === 'Alert') return 'message';
  if (
    node.type === 'void' &&
    (component === 'Card' || component === 'ArrayTable.Column' || component === 'FormStep.StepPane')
  ) {
    return 'propsTitle';
  }
  return 'title';
}

export function labelOf(node: FormFieldSchema, fallback: string): string {
  const where = labelProp(node);
  const props = node['x-component-props'] ?? {};
  const value = where === 'title' ? node.title : where === 'propsTitle' ? props.title : props[where];
  return typeof value === 'string' && value ? value : fallback;
}

export function withLabel(node: FormFieldSchema, label: string): FormFieldSchema {
  const where = labelProp(node);
  if (where === 'title') return { ...node, title: label };
  const key = where === 'propsTitle' ? 'title' : where;
  return { ...node, 'x-component-props': { ...(node['x-component-props'] ?? {}), [key]: label } };
}

/** Layout nodes group fields and hold no value. */
export const isLayout = (node: FormFieldSchema) => node.type === 'void';
