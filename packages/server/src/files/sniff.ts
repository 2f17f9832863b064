// Recognises the file types uploads may have from their bytes, never from the name or the
// Content-Type the client sent. Anything not recognised is refused.

export interface SniffInput {
  /** The first bytes of the file (64 KiB is plenty). */
  head: Buffer;
  /** The last bytes (zip archives list their contents at the end). */
  tail: Buffer;
  /** Whether the whole content is valid UTF-8 without NUL or other control bytes (see Utf8Check). */
  isText: boolean;
  /** The uploaded name, consulted only to name text (.csv) and legacy Office files. */
  name: string;
}

export interface Sniffed {
  mime: string;
  /** Images are shown in the browser; everything else is downloaded. */
  inline: boolean;
}

const starts = (buf: Buffer, bytes: number[], at = 0): boolean =>
  buf.length >= at + bytes.length && bytes.every((b, i) => buf[at + i] === b);
const ascii = (buf: Buffer, at: number, length: number): string =>
  buf.subarray(at, at + length).toString('latin1');
const extension = (name: string): string => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
const contains = (bufs: Buffer[], text: string, encoding: BufferEncoding = 'latin1'): boolean => {
  const needle = Buffer.from(text, encoding);
  return bufs.some((b) => b.includes(needle));
};

const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

function image(head: Buffer): Sniffed | undefined {
  if (starts(head, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', inline: true };
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mime: 'image/png', inline: true };
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a')
    return { mime: 'image/gif', inline: true };
  if (ascii(head, 0, 4) === 'RIFF' && ascii(head, 8, 4) === 'WEBP')
    return { mime: 'image/webp', inline: true };
  if (ascii(head, 4, 4) === 'ftyp') {
    // ISO base media: the major brand, then compatible brands, name what the box holds.
    const boxSize = head.length >= 4 ? head.readUInt32BE(0) : 0;
    const brands = [ascii(head, 8, 4)];
    for (let at = 16; at + 4 <= Math.min(boxSize, head.length, 64); at += 4) brands.push(ascii(head, at, 4));
    if (brands.some((b) => HEIC_BRANDS.has(b))) return { mime: 'image/heic', inline: true };
    if (brands.some((b) => HEIF_BRANDS.has(b))) return { mime: 'image/heif', inline: true };
  }
  return undefined;
}

const OOXML: Array<{ part: string; mime: string }> = [
  { part: 'word/', mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  { part: 'xl/', mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  { part: 'ppt/', mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' },
];

function document(input: SniffInput): Sniffed | undefined {
  const { head, tail } = input;
  if (ascii(head, 0, 5) === '%PDF-') return { mime: 'application/pdf', inline: false };
  if (starts(head, [0x50, 0x4b, 0x03, 0x04])) {
    // A zip is an Office document only when it has [Content_Types].xml and the main part's folder;
    // other zips (archives, apps) are refused.
    if (!contains([head, tail], '[Content_Types].xml')) return undefined;
    const found = OOXML.find((o) => contains([head, tail], o.part));
    return found ? { mime: found.mime, inline: false } : undefined;
  }
  if (starts(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // OLE compound file: the stream names (UTF-16) tell Word from Excel; the name is the fallback.
    const ext = extension(input.name);
    if (
      contains([head, tail], 'WordDocument', 'utf16le') ||
      (ext === 'doc' && !contains([head, tail], 'Workbook', 'utf16le'))
    )
      return { mime: 'application/msword', inline: false };
    if (contains([head, tail], 'Workbook', 'utf16le') || ext === 'xls')
      return { mime: 'application/vnd.ms-excel', inline: false };
    return undefined;
  }
  return undefined;
}

/** The file's type by content, or undefined when it is not one uploads may be. */
export function sniff(input: SniffInput): Sniffed | undefined {
  const found = image(input.head) ?? document(input);
  if (found) return found;
  if (input.isText && input.head.length > 0) {
    const csv = extension(input.name) === 'csv';
    return { mime: csv ? 'text/csv; charset=utf-8' : 'text/plain; charset=utf-8', inline: false };
  }
  return undefined;
}

// Control bytes plain text never has (NUL, and C0 codes other than tab, newlines, form feed, ESC,
// plus DEL): their presence means a binary file that happens to decode.
const CONTROL = new Uint8Array(256);
for (let b = 0; b < 0x20; b++) CONTROL[b] = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x1b].includes(b) ? 0 : 1;
CONTROL[0x7f] = 1;

/** Checks, chunk by chunk, that content is valid UTF-8 without control bytes (i.e. plain text). */
export class Utf8Check {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private ok = true;

  push(chunk: Buffer): void {
    if (!this.ok) return;
    for (const byte of chunk) {
      if (CONTROL[byte]) {
        this.ok = false;
        return;
      }
    }
    try {
      this.decoder.decode(chunk, { stream: true });
    } catch {
      this.ok = false;
    }
  }

  /** Whether everything pushed was text (a sequence cut off at the end is not). */
  end(): boolean {
    if (!this.ok) return false;
    try {
      this.decoder.decode();
      return true;
    } catch {
      return false;
    }
  }
}
