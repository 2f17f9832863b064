import { expect } from 'chai';
import {
  compressionAttempts,
  fitWithin,
  IMAGE_LIMITS,
  jpegName,
  shouldCompress,
} from '../src/components/image-sizing';

const MB = 1024 * 1024;

describe('designer > components > photo compression sizing', () => {
  it('scales a 4000 x 3000 phone photo to 2000 px on its long edge, keeping the ratio', () => {
    expect(fitWithin(4000, 3000, 2000)).to.deep.equal({ width: 2000, height: 1500 });
    expect(fitWithin(3024, 4032, 2000)).to.deep.equal({ width: 1500, height: 2000 });
  });

  it('leaves an image already small enough at its size', () => {
    expect(fitWithin(1200, 800, 2000)).to.deep.equal({ width: 1200, height: 800 });
  });

  it('never produces a zero-pixel side for a very thin image', () => {
    expect(fitWithin(10000, 2, 2000)).to.deep.equal({ width: 2000, height: 1 });
  });

  it('compresses large photos and huge-pixel images, not small ones or other types', () => {
    expect(shouldCompress({ type: 'image/jpeg', size: 6 * MB }, undefined)).to.equal(true);
    expect(shouldCompress({ type: 'image/png', size: 0.5 * MB }, { width: 5000, height: 3000 })).to.equal(
      true,
    );
    expect(shouldCompress({ type: 'image/jpeg', size: 0.5 * MB }, { width: 1600, height: 1200 })).to.equal(
      false,
    );
    expect(shouldCompress({ type: 'application/pdf', size: 9 * MB }, undefined)).to.equal(false);
    expect(shouldCompress({ type: 'image/gif', size: 9 * MB }, undefined)).to.equal(false);
  });

  it('tries every quality at 2000 px before shrinking further, never below the legible minimum', () => {
    const attempts = compressionAttempts(4000, 3000);
    const qualities = IMAGE_LIMITS.qualities.length;
    expect(attempts.slice(0, qualities).every((a) => a.width === 2000 && a.height === 1500)).to.equal(true);
    expect(attempts[0].quality).to.be.greaterThan(attempts[qualities - 1].quality);
    expect(attempts[qualities].width).to.equal(1500);
    const smallest = attempts[attempts.length - 1];
    expect(Math.max(smallest.width, smallest.height)).to.be.at.least(IMAGE_LIMITS.minEdge);
  });

  it('starts from the image own size when it is below 2000 px', () => {
    expect(compressionAttempts(1000, 800)[0]).to.deep.equal({ width: 1000, height: 800, quality: 0.85 });
  });

  it('names the re-encoded file as a JPEG', () => {
    expect(jpegName('IMG_2024.HEIC.png')).to.equal('IMG_2024.HEIC.jpg');
    expect(jpegName('scan')).to.equal('scan.jpg');
  });
});
