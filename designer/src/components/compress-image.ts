import {
  compressionAttempts,
  IMAGE_LIMITS,
  jpegName,
  shouldCompress,
  type ImageLimits,
} from './image-sizing';

/**
 * Shrinks a photo in the browser before it is uploaded (R10): decode, draw onto a canvas at most
 * 2000 px long, encode as JPEG at falling qualities until it fits ~1.5 MB. Anything the browser
 * cannot decode (HEIC on desktop Chrome, PDF) goes up unchanged and the server decides.
 */
export async function compressImage(
  file: File,
  limits: ImageLimits = IMAGE_LIMITS,
): Promise<File | { blob: Blob; name: string }> {
  if (!file.type.startsWith('image/')) return file;
  const image = await decode(file);
  if (!image) return file;
  try {
    if (!shouldCompress(file, { width: image.width, height: image.height }, limits)) return file;
    let last: Blob | null = null;
    for (const attempt of compressionAttempts(image.width, image.height, limits)) {
      last = await encode(image, attempt.width, attempt.height, attempt.quality);
      if (last && last.size <= limits.maxBytes) break;
    }
    // Never replace a file with a bigger one (a small but huge-pixel PNG can grow as JPEG).
    if (!last || last.size >= file.size) return file;
    return { blob: last, name: jpegName(file.name) };
  } finally {
    if ('close' in image) image.close();
  }
}

type Decoded = ImageBitmap | HTMLImageElement;

async function decode(file: File): Promise<Decoded | null> {
  if (typeof createImageBitmap === 'function') {
    try {
      // `from-image` applies the EXIF orientation, so a portrait phone photo stays upright.
      return await createImageBitmap(file, { imageOrientation: 'from-image' });
    } catch {
      return null;
    }
  }
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } catch {
    return null;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function encode(image: Decoded, width: number, height: number, quality: number): Promise<Blob | null> {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context) return Promise.resolve(null);
  // JPEG has no transparency: paint white first so a transparent PNG screenshot is not black.
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.drawImage(image, 0, 0, width, height);
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/jpeg', quality));
}
