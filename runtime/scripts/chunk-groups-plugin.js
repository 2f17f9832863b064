// A webpack plugin for the umi build: writes dist/chunk-groups.json, the files and the npm packages
// of every named chunk group (the `umi` entry and each lazily loaded route or layout), so
// `npm run size` can add up what a page loads first without rebuilding anything.

const NAME = 'FlowhallChunkGroups';

/** `@scope/name` or `name` of a module under node_modules; `@flowhall/designer` for the workspace. */
function packageOf(resource) {
  if (!resource) return null;
  const path = resource.replace(/\\/g, '/');
  if (/\/designer\/(dist|src)\//.test(path) && !path.includes('/node_modules/')) return '@flowhall/designer';
  const match = path.match(/.*\/node_modules\/((@[^/]+\/)?[^/]+)/);
  return match ? match[1] : null;
}

class ChunkGroupsPlugin {
  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_REPORT },
        () => {
          const groups = {};
          for (const [name, group] of compilation.namedChunkGroups) {
            const files = new Set();
            const packages = new Set();
            for (const chunk of group.chunks) {
              for (const file of chunk.files) files.add(file);
              for (const module of compilation.chunkGraph.getChunkModulesIterable(chunk)) {
                const pkg = packageOf(module.nameForCondition && module.nameForCondition());
                if (pkg) packages.add(pkg);
              }
            }
            groups[name] = { files: [...files].sort(), packages: [...packages].sort() };
          }
          compilation.emitAsset('chunk-groups.json', new sources.RawSource(JSON.stringify(groups, null, 1)));
        },
      );
    });
  }
}

module.exports = { ChunkGroupsPlugin };
