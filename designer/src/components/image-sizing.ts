/**
 * The arithmetic of in-browser photo compression (R10): phones take 4000+ px photos of several
 * megabytes; the server limits uploads, and a material photo stays perfectly legible at 2000 px.
 * Kept apart from the canvas code so it can be tested without a browser.
 */
export const IMAGE_LIMITS = {
  /** Longest edge after scaling, in pixels. */
  maxEdge: 2000,
  /** Target size of the encoded image, in bytes (~1.5 MB). */
  maxBytes: 1.5 * 1024 * 1024,
  /** JPEG qualities tried in order until the result fits. */
  qualities: [0.85, 0.75, 0.65, 0.55, 0.45] as readonly number[],
  /** When even the lowest quality is too big, shrink the edge by this factor and retry. */
  shrinkFactor: 0.75,
  /** Below this edge we stop shrinking: a smaller photo of a document is no longer legible. */
  minEdge: 800,
};

export type ImageLimits = typeof IMAGE_LIMITS;

/** Types the browser can decode onto a canvas; GIF (animation) and SVG (vector) pass untouched. */
const COMPRESSIBLE = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/bmp']);

/** Whether a file should go through the canvas before upload. */
export function shouldCompress(
  file: { type: string; size: number },
  dimensions: { width: number; height: number } | undefined,
  limits: ImageLimits = IMAGE_LIMITS,
): boolean {
  if (!COMPRESSIBLE.has(file.type)) return false;
  if (file.size > limits.maxBytes) return true;
  return dimensions !== undefined && Math.max(dimensions.width, dimensions.height) > limits.maxEdge;
}

/** The size to draw an image at so its longest edge is at most `maxEdge`, keeping the aspect ratio. */
export function fitWithin(width: number, height: number, maxEdge: number): { width: number; height: number } {
  if (width <= 0 || height <= 0) return { width: 0, height: 0 };
  const longest = Math.max(width, height);
  if (longest <= maxEdge) return { width, height };
  const scale = maxEdge / longest;
  return { width: Math.max(1, Math.round(width * scale)), height: Math.max(1, Math.round(height * scale)) };
}

/**
 * The sequence of (edge, quality) attempts, best first: every quality at the full edge, then the
 * same at smaller edges down to `minEdge`. The caller encodes each until one fits `maxBytes`; if
 * none does, the last (smallest) is used, which is still far below any phone photo.
 */
export function compressionAttempts(
  width: number,
  height: number,
  limits: ImageLimits = IMAGE_LIMITS,
): Array<{ width: number; height: number; quality: number }> {
  const attempts: Array<{ width: number; height: number; quality: number }> = [];
  let edge = Math.min(limits.maxEdge, Math.max(width, height));
  for (;;) {
    const size = fitWithin(width, height, edge);
    for (const quality of limits.qualities) attempts.push({ ...size, quality });
    const next = Math.floor(edge * limits.shrinkFactor);
    if (next < limits.minEdge || edge <= limits.minEdge) break;
    edge = next;
  }
  return attempts;
}

/** `photo.HEIC.png` → `photo.jpg`: the re-encoded file is a JPEG whatever it was before. */
export function jpegName(name: string): string {
  const dot = name.lastIndexOf('.');
  return `${dot > 0 ? name.slice(0, dot) : name}.jpg`;
}
