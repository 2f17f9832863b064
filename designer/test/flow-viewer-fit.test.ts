import { expect } from 'chai';
import { MAX_FIT_HEIGHT, MIN_FIT_HEIGHT, fitHeight } from '../src/flow-viewer/fit-height';

const column = (count: number, gap = 120) =>
  Array.from({ length: count }, (_, i) => ({ x: 200, y: i * gap }));

describe('designer > flow viewer > fitted height', () => {
  it('gives a short flow the minimum box', () => {
    expect(fitHeight(column(1), 390)).to.equal(MIN_FIT_HEIGHT);
    expect(fitHeight([], 390)).to.equal(MIN_FIT_HEIGHT);
  });

  it('grows with a tall flow on a phone, up to the maximum', () => {
    // Given five steps in a column (≈ 580 px of drawing) at 390 px
    const five = fitHeight(column(5), 390);
    // Then the box holds the drawing unscaled (it is narrower than the phone)
    expect(five).to.equal(4 * 120 + 100 + 48);
    // And fifteen steps stop at the maximum (the viewer zooms out to show them all)
    expect(fitHeight(column(15), 390)).to.equal(MAX_FIT_HEIGHT);
  });

  it('scales a wide drawing to the width before measuring its height', () => {
    // Given a drawing twice as wide as the phone's content box
    const wide = [
      { x: 0, y: 0 },
      { x: 2 * (390 - 48) - 180, y: 600 },
    ];
    // Then its height counts at half scale
    expect(fitHeight(wide, 390)).to.equal(Math.ceil((600 + 100) / 2 + 48));
  });
});
