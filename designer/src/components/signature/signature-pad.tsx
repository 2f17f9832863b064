import { Button, Space, Typography } from 'antd';
import { useEffect, useRef, useState, type PointerEvent } from 'react';
import { useHost } from '../../host';
import { componentText } from '../component-text';
import {
  beginStroke,
  drawStrokes,
  extendStroke,
  hasInk,
  pointIn,
  undoStroke,
  type Strokes,
} from './signature-strokes';

export interface SignaturePadProps {
  /** The stored PNG's file id. */
  value?: string;
  onChange?: (fileId: string | undefined) => void;
  readOnly?: boolean;
  disabled?: boolean;
  /** Pad height in CSS pixels; the width follows the form. Default 180. */
  height?: number;
}

const INK = '#1f1f1f';

/**
 * A handwritten signature: drawn with a finger, pen or mouse (pointer events, `touch-action: none`
 * so a finger draws instead of scrolling the page), saved as a PNG through the host's upload; the
 * field's value is the file id. A saved signature shows as its image; 重新签名 clears it.
 */
export function SignaturePad({ value, onChange, readOnly, disabled, height = 180 }: SignaturePadProps) {
  const host = useHost();
  const t = componentText(host.locale);
  const canvas = useRef<HTMLCanvasElement>(null);
  const drawing = useRef(false);
  const [strokes, setStrokes] = useState<Strokes>([]);
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);

  // Size the bitmap to the box and the screen's pixel ratio, then draw the strokes.
  useEffect(() => {
    const el = canvas.current;
    const ctx = el?.getContext('2d');
    if (!el || !ctx) return;
    const ratio = window.devicePixelRatio || 1;
    if (el.width !== Math.round(el.clientWidth * ratio)) {
      el.width = Math.round(el.clientWidth * ratio);
      el.height = Math.round(height * ratio);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, el.width, el.height);
    ctx.lineWidth = 2.5;
    ctx.lineCap = 'round';
    ctx.lineJoin = 'round';
    ctx.strokeStyle = INK;
    drawStrokes(ctx, strokes);
  }, [strokes, height, value]);

  if (readOnly || value) {
    return (
      <Space direction="vertical" size={4}>
        {value ? (
          <img
            src={host.fileUrl(value)}
            alt={t('signatureAlt')}
            data-testid="signature-image"
            style={{ maxWidth: '100%', height: Math.min(height, 120), objectFit: 'contain' }}
          />
        ) : (
          <Typography.Text type="secondary">{t('signatureNone')}</Typography.Text>
        )}
        {!readOnly && !disabled && value ? (
          <Button size="small" onClick={() => (setStrokes([]), onChange?.(undefined))}>
            {t('signatureRedo')}
          </Button>
        ) : null}
      </Space>
    );
  }

  const at = (e: PointerEvent<HTMLCanvasElement>) =>
    pointIn(e.currentTarget.getBoundingClientRect(), e.clientX, e.clientY);
  const down = (e: PointerEvent<HTMLCanvasElement>) => {
    if (disabled) return;
    e.currentTarget.setPointerCapture?.(e.pointerId);
    drawing.current = true;
    setStrokes((s) => beginStroke(s, at(e)));
  };
  const move = (e: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const point = at(e);
    setStrokes((s) => extendStroke(s, point));
  };
  const up = () => {
    drawing.current = false;
  };

  const save = () => {
    const el = canvas.current;
    if (!el) return;
    setSaving(true);
    setFailed(false);
    el.toBlob(async (blob) => {
      try {
        if (!blob) throw new Error('canvas');
        const [file] = await host.upload([{ blob, name: 'signature.png' }]);
        onChange?.(file.id);
        setStrokes([]);
      } catch {
        setFailed(true);
      } finally {
        setSaving(false);
      }
    }, 'image/png');
  };

  return (
    <Space direction="vertical" size={6} style={{ width: '100%' }}>
      <canvas
        ref={canvas}
        data-testid="signature-pad"
        aria-label={t('signatureHint')}
        onPointerDown={down}
        onPointerMove={move}
        onPointerUp={up}
        onPointerCancel={up}
        onPointerLeave={up}
        style={{
          width: '100%',
          height,
          touchAction: 'none',
          border: '1px dashed #bfbfbf',
          borderRadius: 8,
          background: disabled ? '#f5f5f5' : '#fff',
          cursor: disabled ? 'not-allowed' : 'crosshair',
        }}
      />
      <Space wrap>
        <Button size="small" disabled={!strokes.length || saving} onClick={() => setStrokes(undoStroke)}>
          {t('signatureUndo')}
        </Button>
        <Button size="small" disabled={!strokes.length || saving} onClick={() => setStrokes([])}>
          {t('signatureClear')}
        </Button>
        <Button size="small" type="primary" disabled={!hasInk(strokes)} loading={saving} onClick={save}>
          {t('signatureSave')}
        </Button>
        <Typography.Text type={failed ? 'danger' : 'secondary'}>
          {failed ? t('uploadFailed') : t('signatureHint')}
        </Typography.Text>
      </Space>
    </Space>
  );
}
