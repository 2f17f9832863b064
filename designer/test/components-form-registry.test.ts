import { expect } from 'chai';
import { FORM_COMPONENTS } from '../../plugins/seal/src/processes/form-parts';
import { STANDARD_PALETTE } from '../src/components/palette';

describe('designer > components > standard palette', () => {
  it('covers every component the baselines name, apart from the seal plugin own', () => {
    const names = new Set(STANDARD_PALETTE.map((row) => row.name));
    expect(FORM_COMPONENTS.filter((name) => name !== 'SealPicker' && !names.has(name))).to.deep.equal([]);
  });

  it('gives each entry a Chinese and an English title and a group, once', () => {
    for (const row of STANDARD_PALETTE) {
      expect(row.title, row.name).to.match(/[\u4e00-\u9fa5]/);
      expect(row.titleEn, row.name).to.match(/^[A-Z]/);
    }
    expect(new Set(STANDARD_PALETTE.map((row) => row.name)).size).to.equal(STANDARD_PALETTE.length);
  });

  it('marks the pieces that only live inside another component as parts', () => {
    const parts = STANDARD_PALETTE.filter((row) => row.group === 'part').map((row) => row.name);
    expect(parts).to.include.members(['ArrayTable.Column', 'FormStep.StepPane', 'FormItem']);
  });
});
