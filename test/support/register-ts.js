// Compiles test files on the fly with the test tsconfig (strict, ES2021, CommonJS, decorator
// metadata). Type errors are caught separately by `tsc -p test/tsconfig.json` in the lint step,
// so compiling here skips type checking for speed.
require('ts-node').register({
  project: require('path').join(__dirname, '..', 'tsconfig.json'),
  transpileOnly: true,
});
