import { expect } from 'chai';
import {
  beginStroke,
  drawStrokes,
  extendStroke,
  hasInk,
  pointIn,
  undoStroke,
  type Pen,
  type Strokes,
} from '../src/components/signature/signature-strokes';
import { STANDARD_PALETTE } from '../src/components/palette';
import { templateFor } from '../src/form-designer/field-templates';

const line = (strokes: Strokes, from: number, to: number, y = 10): Strokes => {
  let s = beginStroke(strokes, { x: from, y });
  for (let x = from + 5; x <= to; x += 5) s = extendStroke(s, { x, y });
  return s;
};

describe('designer > components > signature strokes', () => {
  it('collects pointer moves into strokes and skips jitter', () => {
    // Given a pen down and two moves, one of them less than a pixel away
    let s = beginStroke([], { x: 0, y: 0 });
    s = extendStroke(s, { x: 0.5, y: 0 });
    s = extendStroke(s, { x: 10, y: 0 });
    // Then one stroke with the two distinct points
    expect(s).to.deep.equal([
      [
        { x: 0, y: 0 },
        { x: 10, y: 0 },
      ],
    ]);
  });

  it('undoes the last stroke only, and needs real ink before saving', () => {
    const two = line(line([], 0, 40), 0, 40, 30);
    expect(two).to.have.length(2);
    expect(undoStroke(two)).to.deep.equal([two[0]]);
    expect(hasInk([])).to.equal(false);
    expect(hasInk([[{ x: 1, y: 1 }], [{ x: 5, y: 5 }]])).to.equal(false);
    expect(hasInk(two)).to.equal(true);
  });

  it('draws each stroke as one path, a tap as a dot', () => {
    const calls: string[] = [];
    const pen: Pen = {
      beginPath: () => calls.push('begin'),
      moveTo: (x, y) => calls.push(`move ${x},${y}`),
      lineTo: (x, y) => calls.push(`line ${x},${y}`),
      stroke: () => calls.push('stroke'),
    };
    drawStrokes(pen, [[{ x: 1, y: 2 }], line([], 0, 10)[0]]);
    expect(calls).to.deep.equal([
      'begin',
      'move 1,2',
      'line 1.01,2',
      'stroke',
      'begin',
      'move 0,10',
      'line 5,10',
      'line 10,10',
      'stroke',
    ]);
  });

  it('places a pointer relative to the pad', () => {
    expect(pointIn({ left: 100, top: 50 }, 130.04, 75.26)).to.deep.equal({ x: 30, y: 25.3 });
  });

  it('is in the palette as 手写签名, dropping a string field', () => {
    // createFormRegistry registers every palette row (it throws for a row without a component).
    const entry = STANDARD_PALETTE.find((row) => row.name === 'Signature');
    expect(entry?.title).to.equal('手写签名');
    expect(entry?.titleEn).to.equal('Signature');
    expect(templateFor('Signature', '手写签名').schema).to.include({
      type: 'string',
      'x-component': 'Signature',
    });
  });
});
