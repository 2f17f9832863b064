/**
 * The signature pad's drawing as data: strokes of points in CSS pixels of the pad. Kept apart
 * from the canvas so undo, emptiness and redrawing are plain functions the unit tests can run.
 */
export interface Point {
  x: number;
  y: number;
}

export type Stroke = readonly Point[];
export type Strokes = readonly Stroke[];

/** A pen down starts a stroke. */
export const beginStroke = (strokes: Strokes, at: Point): Strokes => [...strokes, [at]];

/** A pen move extends the last stroke; points closer than `minGap` px are skipped (jitter). */
export function extendStroke(strokes: Strokes, at: Point, minGap = 1): Strokes {
  if (strokes.length === 0) return beginStroke(strokes, at);
  const last = strokes[strokes.length - 1];
  const tail = last[last.length - 1];
  if (Math.hypot(at.x - tail.x, at.y - tail.y) < minGap) return strokes;
  return [...strokes.slice(0, -1), [...last, at]];
}

/** Takes the last stroke back. */
export const undoStroke = (strokes: Strokes): Strokes => strokes.slice(0, -1);

/**
 * A signature needs some ink: a tap or two (dots) is not one. Counts the length drawn.
 */
export function hasInk(strokes: Strokes, minLength = 20): boolean {
  let length = 0;
  for (const stroke of strokes)
    for (let i = 1; i < stroke.length; i += 1)
      length += Math.hypot(stroke[i].x - stroke[i - 1].x, stroke[i].y - stroke[i - 1].y);
  return length >= minLength;
}

/** The part of the canvas 2D context the drawing uses (a fake one in tests). */
export interface Pen {
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  stroke(): void;
}

/** Draws every stroke; a single-point stroke draws a dot (a zero-length line with round caps). */
export function drawStrokes(pen: Pen, strokes: Strokes): void {
  for (const stroke of strokes) {
    if (stroke.length === 0) continue;
    pen.beginPath();
    pen.moveTo(stroke[0].x, stroke[0].y);
    if (stroke.length === 1) pen.lineTo(stroke[0].x + 0.01, stroke[0].y);
    for (const p of stroke.slice(1)) pen.lineTo(p.x, p.y);
    pen.stroke();
  }
}

/** A pointer position relative to the pad's box (CSS pixels, as the strokes are kept). */
export const pointIn = (box: { left: number; top: number }, clientX: number, clientY: number): Point => ({
  x: Math.round((clientX - box.left) * 10) / 10,
  y: Math.round((clientY - box.top) * 10) / 10,
});
