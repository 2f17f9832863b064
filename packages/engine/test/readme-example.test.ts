import { expect } from 'chai';
import { readFileSync } from 'fs';
import { join } from 'path';
import { readmeExample } from './readme-example';

describe('engine > README', () => {
  it('shows the example file verbatim, so the documented code is the tested code', () => {
    const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');
    const example = readFileSync(join(__dirname, 'readme-example.ts'), 'utf8');
    const block = /<!-- example:start -->\s*```ts\n([\s\S]*?)```\s*<!-- example:end -->/.exec(readme);
    expect(block, 'README example block').to.not.equal(null);
    expect(block?.[1]).to.equal(example);
  });

  it('runs the example: approve, a refused repeat, complete, approved', () => {
    expect(readmeExample()).to.deep.equal({
      problems: 0,
      status: 'approved',
      effects: ['updateTask', 'caseFinished', 'notify'],
    });
  });
});
