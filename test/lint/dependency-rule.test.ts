import { expect } from 'chai';
import { ESLint } from 'eslint';
import { join, resolve } from 'path';

const ROOT = resolve(__dirname, '..', '..');

async function restrictedImportErrors(file: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: ROOT });
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('lint > dependency ladder', () => {
  it('fails the lint when the engine imports sequelize', async () => {
    const errors = await restrictedImportErrors(
      'packages/engine/src/probe.ts',
      "import { Sequelize } from 'sequelize';\nexport const probe = Sequelize;\n",
    );
    expect(errors).to.have.length(1);
    expect(errors[0]).to.contain('@flowhall/engine');
  });

  for (const [file, banned] of [
    ['packages/engine/src/probe.ts', '@midwayjs/core'],
    ['packages/engine/src/probe.ts', 'react'],
    ['packages/engine/src/probe.ts', '@formily/core'],
    ['packages/engine/src/probe.ts', 'fs'],
    ['packages/schema/src/probe.ts', '@flowhall/engine'],
    ['packages/server/src/probe.ts', '@flowhall/plugin-seal'],
    ['runtime/src/probe.ts', '@flowhall/server'],
    ['runtime/src/probe.ts', 'sequelize'],
    ['packages/client/src/probe.ts', '@flowhall/engine'],
    ['packages/client/src/probe.ts', 'react'],
    ['designer/src/probe.ts', '@flowhall/engine'],
    ['designer/src/probe.ts', '@midwayjs/core'],
    ['plugins/seal/src/probe.ts', '@flowhall/runtime'],
  ] as const) {
    it(`fails the lint when ${file.split('/src')[0]} imports ${banned}`, async () => {
      const errors = await restrictedImportErrors(
        file,
        `import * as probe from '${banned}';\nexport { probe };\n`,
      );
      expect(errors).to.have.length(1);
    });
  }

  it('allows the engine to import the schema package', async () => {
    const errors = await restrictedImportErrors(
      'packages/engine/src/probe.ts',
      "import * as schema from '@flowhall/schema';\nexport { schema };\n",
    );
    expect(errors).to.deep.equal([]);
  });
});
