import { expect } from 'chai';
import { SEAL_TYPES, findSealType } from '../src/seal-types';

describe('seal plugin > seal types', () => {
  it('offers the eight kinds of seal an office keeps, each with a unique key', () => {
    const keys = SEAL_TYPES.map((t) => t.key);
    expect(new Set(keys).size).to.equal(keys.length);
    expect(SEAL_TYPES.map((t) => t.name)).to.include.members([
      '公章',
      '党委章',
      '部门章',
      '合同专用章',
      '名章',
    ]);
  });

  it('R32: a department seal may never go on a contract', () => {
    expect(findSealType('department')?.contractAllowed).to.equal(false);
    expect(findSealType('contract')?.contractAllowed).to.equal(true);
  });

  it('answers undefined for an unknown key instead of guessing', () => {
    expect(findSealType('no-such-seal')).to.equal(undefined);
  });
});
