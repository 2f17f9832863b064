// `npm run size`: the gzipped JavaScript the hall page (/) loads first, from an existing build
// (runtime/dist; run `npm run build` first). Fails above the budget of the issue (300 KB), or when
// a heavy library that belongs to other pages (designer, LogicFlow, charts, Formily) got in.

const { existsSync, readFileSync } = require('fs');
const { join } = require('path');
const { gzipSync } = require('zlib');

const DIST = join(__dirname, '..', 'dist');
const BUDGET_KB = 300;
/** What the hall loads first: the entry, the root layout and the hall route. */
const FIRST_LOAD = ['umi', 'layouts__index', 'src__pages__index'];
const KEEP_OUT = [/^@flowhall\/designer$/, /^@logicflow\//, /^recharts$/, /^@formily\//, /^d3-/];

function main() {
  const manifest = join(DIST, 'chunk-groups.json');
  if (!existsSync(manifest)) {
    console.error('runtime/dist/chunk-groups.json is missing: run `npm run build` first.');
    return 1;
  }
  const groups = JSON.parse(readFileSync(manifest, 'utf8'));
  const files = new Set();
  const packages = new Set();
  for (const name of FIRST_LOAD) {
    const group = groups[name];
    if (!group) {
      console.error(`chunk group "${name}" is not in the build; known: ${Object.keys(groups).join(', ')}`);
      return 1;
    }
    group.files.filter((f) => f.endsWith('.js')).forEach((f) => files.add(f));
    group.packages.forEach((p) => packages.add(p));
  }
  let total = 0;
  const rows = [...files].map((file) => {
    const gz = gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
    total += gz;
    return [file, gz];
  });
  rows.sort((a, b) => b[1] - a[1]);
  for (const [file, gz] of rows) console.log(`${(gz / 1024).toFixed(1).padStart(8)} KB  ${file}`);
  const totalKb = total / 1024;
  console.log(
    `${totalKb.toFixed(1).padStart(8)} KB  gzipped JavaScript loaded first by the hall (budget ${BUDGET_KB} KB)`,
  );

  const intruders = [...packages].filter((p) => KEEP_OUT.some((re) => re.test(p)));
  let failed = false;
  if (intruders.length) {
    console.error(
      `The hall's first load includes ${intruders.join(', ')}: load them lazily in the pages that need them.`,
    );
    failed = true;
  }
  if (totalKb > BUDGET_KB) {
    console.error(`Over budget by ${(totalKb - BUDGET_KB).toFixed(1)} KB.`);
    failed = true;
  }
  return failed ? 1 : 0;
}

process.exitCode = main();
