import { inflateSync } from 'zlib';

/**
 * The text of a PDF written by pdfkit with one embedded (Identity-H) font: inflates every
 * FlateDecode stream, reads the font's ToUnicode CMap (bfrange arrays and bfchar pairs), and
 * decodes the glyph ids of each TJ / Tj operator with it. One line per text operator.
 * Small on purpose: enough to prove what the PDF says, not a general PDF reader.
 */
export function pdfText(pdf: Uint8Array): string {
  const raw = Buffer.from(pdf);
  const streams: string[] = [];
  let at = 0;
  for (;;) {
    const start = raw.indexOf('stream', at, 'latin1');
    if (start < 0) break;
    const bodyStart = start + (raw[start + 6] === 0x0d ? 8 : 7);
    const end = raw.indexOf('endstream', bodyStart, 'latin1');
    if (end < 0) break;
    const body = raw.subarray(bodyStart, end);
    try {
      streams.push(inflateSync(body).toString('latin1'));
    } catch {
      streams.push(body.toString('latin1'));
    }
    at = end + 9;
  }
  const map = new Map<string, string>();
  const hexChar = (hex: string): string => String.fromCodePoint(parseInt(hex, 16));
  for (const text of streams.filter((s) => s.includes('begincmap'))) {
    for (const [, body] of text.matchAll(/beginbfrange([^]*?)endbfrange/g)) {
      for (const [, lo, , list] of (body ?? '').matchAll(
        /<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*\[([^\]]*)\]/g,
      )) {
        const first = parseInt(lo ?? '0', 16);
        [...(list ?? '').matchAll(/<([0-9a-fA-F]+)>/g)].forEach(([, unicode], i) => {
          map.set((first + i).toString(16).padStart(4, '0'), hexChar(unicode ?? '0'));
        });
      }
    }
    for (const [, body] of text.matchAll(/beginbfchar([^]*?)endbfchar/g)) {
      for (const [, glyph, unicode] of (body ?? '').matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        map.set((glyph ?? '').toLowerCase().padStart(4, '0'), hexChar(unicode ?? '0'));
      }
    }
  }
  const decode = (hex: string): string =>
    (hex.match(/.{4}/g) ?? []).map((glyph) => map.get(glyph.toLowerCase()) ?? '').join('');
  const lines: string[] = [];
  for (const text of streams) {
    for (const [, array, single] of text.matchAll(/\[([^\]]*)\]\s*TJ|<([0-9a-fA-F]+)>\s*Tj/g)) {
      if (single) lines.push(decode(single));
      else
        lines.push(
          [...(array ?? '').matchAll(/<([0-9a-fA-F]+)>/g)].map(([, hex]) => decode(hex ?? '')).join(''),
        );
    }
  }
  return lines.join('\n');
}
