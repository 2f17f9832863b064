import type { FormSchema } from '@flowhall/schema';
import { childrenOf } from '../schema-ops';
import { DropZone } from './drop-zone';
import { useFormText } from './use-form-text';
import { SchemaBlock, type BlockContext } from './schema-block';

/** The form as nested blocks: cards, grids, tabs, steps and tables hold their fields. */
export function FormCanvas({
  form,
  ctx,
  onClear,
}: {
  form: FormSchema;
  ctx: BlockContext;
  onClear: () => void;
}) {
  const t = useFormText();
  const children = Object.entries(childrenOf(form) ?? {});
  return (
    <div
      data-testid="form-canvas"
      onClick={onClear}
      style={{
        display: 'flex',
        flexDirection: 'column',
        gap: 8,
        padding: 12,
        minHeight: 480,
        background: '#fff',
      }}
    >
      {children.map(([key, node]) => (
        <SchemaBlock key={key} address={[key]} node={node} ctx={ctx} />
      ))}
      {ctx.readOnly ? null : <DropZone address={[]} label={t('dropAtEnd')} />}
    </div>
  );
}
