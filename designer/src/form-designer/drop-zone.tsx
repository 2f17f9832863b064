import { useDroppable } from '@dnd-kit/core';
import { intoId } from './dnd-ids';
import { useFormText } from './use-form-text';

/** The end of a container: dropping here appends to it. */
export function DropZone({ address, label }: { address: readonly string[]; label?: string }) {
  const t = useFormText();
  const { setNodeRef, isOver } = useDroppable({ id: intoId(address) });
  return (
    <div
      ref={setNodeRef}
      data-drop-into={address.join('/')}
      style={{
        border: `1px dashed ${isOver ? '#1677ff' : '#d9d9d9'}`,
        background: isOver ? '#e6f4ff' : 'transparent',
        borderRadius: 6,
        padding: '6px 8px',
        color: '#bfbfbf',
        fontSize: 12,
        textAlign: 'center',
        gridColumn: '1 / -1',
      }}
    >
      {label ?? t('dropHere')}
    </div>
  );
}
