import PDFDocument from 'pdfkit';
import type { FormLine } from './pdf-form';

/** Everything the case PDF prints, already filtered for the reader and formatted as text. */
export interface CasePdfModel {
  title: string;
  serialNo: string | null;
  status: string;
  applicant: string;
  submittedAt: string | null;
  finishedAt: string | null;
  lines: FormLine[];
  /** Each decided step: who, what, when, and the department whose seal the node stamps, if any. */
  opinions: Array<{
    step: string;
    approver: string;
    action: string;
    opinion: string;
    at: string;
    stamp: string | null;
  }>;
  trace: Array<{ at: string; actor: string; action: string; step: string; opinion: string }>;
  printedAt: string;
}

const MARGIN = 50;
const RED = '#c8161d';
const GREY = '#666666';
const LINE = '#bbbbbb';

type Doc = PDFKit.PDFDocument;

/** Starts a new page when `height` more points would not fit. */
function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

function heading(doc: Doc, text: string): void {
  ensureRoom(doc, 40);
  doc.moveDown(0.8).fontSize(13).fillColor('black').text(text, MARGIN, doc.y);
  doc.moveDown(0.3);
}

/** One row of bordered cells; every cell wraps and the row is as tall as its tallest cell. */
function row(
  doc: Doc,
  cells: string[],
  widths: number[],
  options: { fill?: string; size?: number } = {},
): void {
  const size = options.size ?? 9.5;
  doc.fontSize(size);
  const pad = 4;
  const heights = cells.map((text, i) =>
    doc.heightOfString(text || ' ', { width: (widths[i] ?? 0) - pad * 2 }),
  );
  const height = Math.max(...heights) + pad * 2;
  ensureRoom(doc, height);
  const top = doc.y;
  let x = MARGIN;
  cells.forEach((text, i) => {
    const width = widths[i] ?? 0;
    if (options.fill) doc.rect(x, top, width, height).fill(options.fill);
    doc.rect(x, top, width, height).lineWidth(0.5).strokeColor(LINE).stroke();
    doc.fillColor('black').text(text, x + pad, top + pad, { width: width - pad * 2 });
    x += width;
  });
  doc.x = MARGIN;
  doc.y = top + height;
}

function formSection(doc: Doc, lines: FormLine[], width: number): void {
  const labelWidth = 130;
  for (const line of lines) {
    if (line.kind === 'field') {
      row(doc, [line.label, line.value], [labelWidth, width - labelWidth]);
      continue;
    }
    row(doc, [line.label, `${line.rows.length} 行`], [labelWidth, width - labelWidth]);
    const columns = Math.max(1, line.columns.length);
    const widths = line.columns.map(() => width / columns);
    row(doc, line.columns, widths, { fill: '#f2f2f2', size: 9 });
    for (const cells of line.rows) row(doc, cells, widths, { size: 9 });
  }
}

/**
 * The department's seal, drawn: a red ring, a star, the department's name along the upper arc.
 * Departments have no uploaded seal image; the drawn seal marks where the node stamps (R18).
 */
function seal(doc: Doc, name: string, cx: number, cy: number): void {
  const radius = 34;
  doc.save();
  doc.opacity(0.85).lineWidth(2).strokeColor(RED).circle(cx, cy, radius).stroke();
  const star = Array.from({ length: 10 }, (_, i) => {
    const r = i % 2 === 0 ? 10 : 4;
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    return [cx + r * Math.cos(a), cy + r * Math.sin(a)] as [number, number];
  });
  doc.polygon(...star).fill(RED);
  const chars = [...name].slice(0, 14);
  const span = Math.min(240, chars.length * 24);
  doc.fontSize(8.5).fillColor(RED);
  chars.forEach((ch, i) => {
    const angle = -span / 2 + (chars.length === 1 ? span / 2 : (span * i) / (chars.length - 1));
    doc.save();
    doc.rotate(angle, { origin: [cx, cy] });
    doc.text(ch, cx - 4.25, cy - radius + 4, { lineBreak: false });
    doc.restore();
  });
  doc.restore();
}

function opinionsSection(doc: Doc, opinions: CasePdfModel['opinions'], width: number): void {
  for (const item of opinions) {
    ensureRoom(doc, item.stamp ? 90 : 60);
    const top = doc.y;
    doc.fontSize(10).fillColor('black').text(`${item.step}：${item.action}`, MARGIN, top, { width });
    doc.fontSize(9.5).text(item.opinion || '（无意见）', MARGIN + 12, doc.y + 2, { width: width - 110 });
    doc
      .fontSize(9)
      .fillColor(GREY)
      .text(`${item.approver}    ${item.at}`, MARGIN, doc.y + 2, { width, align: 'right' });
    const bottom = Math.max(doc.y, item.stamp ? top + 76 : doc.y);
    if (item.stamp) seal(doc, item.stamp, MARGIN + width - 60, top + 36);
    doc
      .moveTo(MARGIN, bottom + 4)
      .lineTo(MARGIN + width, bottom + 4)
      .lineWidth(0.5)
      .strokeColor(LINE)
      .stroke();
    doc.x = MARGIN;
    doc.y = bottom + 10;
  }
}

/**
 * Renders the case as an A4 PDF. Chinese needs a CJK font: `font` is Noto Sans SC (TrueType);
 * pdfkit embeds only the glyphs used (a subset), so a page is tens of kilobytes. `compress: false`
 * leaves the content streams readable (tests).
 */
export function renderCasePdf(
  model: CasePdfModel,
  font: Buffer,
  options: { compress?: boolean } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    compress: options.compress ?? true,
    info: { Title: `${model.title} ${model.serialNo ?? ''}`.trim(), Creator: 'Flowhall' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('body', font);
  doc.font('body');
  const width = doc.page.width - MARGIN * 2;

  doc.fontSize(18).fillColor('black').text(model.title, { align: 'center' });
  doc.moveDown(0.4).fontSize(10).fillColor(GREY);
  doc.text(`编号：${model.serialNo ?? '（未编号）'}    状态：${model.status}    申请人：${model.applicant}`, {
    align: 'center',
  });
  const times = [
    `提交时间：${model.submittedAt ?? '—'}`,
    ...(model.finishedAt ? [`办结时间：${model.finishedAt}`] : []),
  ];
  doc.text(times.join('    '), { align: 'center' });

  heading(doc, '申请内容');
  formSection(doc, model.lines, width);
  if (model.opinions.length) {
    heading(doc, '审批意见');
    opinionsSection(doc, model.opinions, width);
  }
  heading(doc, '办理记录');
  const widths = [95, 80, 70, 90, width - 335];
  row(doc, ['时间', '办理人', '操作', '环节', '意见'], widths, { fill: '#f2f2f2', size: 9 });
  for (const entry of model.trace) {
    row(doc, [entry.at, entry.actor, entry.action, entry.step, entry.opinion], widths, { size: 9 });
  }
  doc
    .moveDown(1)
    .fontSize(8)
    .fillColor(GREY)
    .text(`打印时间：${model.printedAt}  ·  Flowhall`, MARGIN, doc.y, {
      width,
      align: 'right',
    });
  doc.end();
  return done;
}
