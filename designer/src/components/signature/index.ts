import { connect, mapProps } from '@formily/react';
import { SignaturePad } from './signature-pad';

/** Formily binding: the value is the signature PNG's file id; read-only shows the image. */
export const Signature = connect(
  SignaturePad,
  mapProps((props, field) => ({
    ...props,
    readOnly: Boolean(props.readOnly) || ('readPretty' in field && (field.readPretty || field.readOnly)),
  })),
);

export { SignaturePad };
export type { SignaturePadProps } from './signature-pad';
export { beginStroke, drawStrokes, extendStroke, hasInk, pointIn, undoStroke } from './signature-strokes';
export type { Pen, Point, Stroke, Strokes } from './signature-strokes';
