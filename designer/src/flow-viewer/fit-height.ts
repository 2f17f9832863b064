/**
 * The canvas height that shows a whole flow legibly at a given width: the drawing's height once
 * it is scaled to the width (never enlarged), within bounds so a short flow keeps a sensible box
 * and a very tall one does not push the rest of the page away (it is then zoomed out further).
 */
export const FIT_MARGIN = 24;
export const MIN_FIT_HEIGHT = 240;
export const MAX_FIT_HEIGHT = 720;

/** Room around a node's centre: the widest shape (a task's rectangle) and a label under the small ones. */
const HALF_WIDTH = 90;
const HALF_HEIGHT = 50;

export function fitHeight(nodes: ReadonlyArray<{ x: number; y: number }>, width: number): number {
  if (nodes.length === 0 || width <= 0) return MIN_FIT_HEIGHT;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const graphWidth = Math.max(...xs) - Math.min(...xs) + 2 * HALF_WIDTH;
  const graphHeight = Math.max(...ys) - Math.min(...ys) + 2 * HALF_HEIGHT;
  const scale = Math.min(1, (width - 2 * FIT_MARGIN) / graphWidth);
  const wanted = Math.ceil(graphHeight * scale + 2 * FIT_MARGIN);
  return Math.min(MAX_FIT_HEIGHT, Math.max(MIN_FIT_HEIGHT, wanted));
}
