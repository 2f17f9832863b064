// Lint for the whole monorepo. Besides style, it enforces the dependency ladder of
// docs/architecture.md: each workspace lists what it must never import.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const IO_BUILTINS = [
  'fs',
  'fs/*',
  'net',
  'http',
  'https',
  'http2',
  'child_process',
  'dgram',
  'cluster',
  'worker_threads',
  'node:*',
];
const SERVER_ONLY = [
  'sequelize',
  'sequelize-typescript',
  'pg',
  'pg-*',
  'sqlite3',
  'umzug',
  '@midwayjs/*',
  'koa',
  'koa-*',
  'bcryptjs',
];
const BROWSER_ONLY = [
  'react',
  'react-dom',
  'react-dom/*',
  'antd',
  'antd/*',
  '@ant-design/*',
  '@formily/*',
  '@logicflow/*',
  'umi',
  '@umijs/*',
];

/** One no-restricted-imports rule per workspace: `banned` packages, each with why. */
function ladder(files, workspace, banned) {
  return {
    files,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: banned.map(({ names, why }) => ({
            group: names,
            message: `${workspace} must not import this: ${why} (see docs/architecture.md, the dependency ladder).`,
          })),
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      'runtime/src/.umi*/**',
      'data/**',
      'test/artifacts/**',
      '**/*.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'off',
    },
  },
  {
    // Plain Node scripts (bin, benchmarks) are CommonJS.
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['runtime/**/*.{ts,tsx}', 'designer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // A plugin's browser entry (form components, typed calls for the web app).
    files: ['plugins/*/src/client/**/*.{ts,tsx}', 'plugins/*/src/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/*/src/**/*.ts', 'designer/src/**/*.{ts,tsx}', 'plugins/*/src/**/*.{ts,tsx}'],
    rules: { 'no-console': 'error' },
  },
  ladder(['packages/schema/src/**'], '@flowhall/schema (data types and validators)', [
    { names: ['@flowhall/*'], why: 'schema is the bottom of the ladder and depends on no other workspace' },
    { names: IO_BUILTINS, why: 'schema runs in the browser too and does no IO' },
    { names: SERVER_ONLY, why: 'schema knows nothing of storage or HTTP' },
    { names: BROWSER_ONLY, why: 'schema knows nothing of UI frameworks' },
  ]),
  ladder(['packages/engine/src/**'], '@flowhall/engine (pure approval engine)', [
    {
      names: [
        '@flowhall/server',
        '@flowhall/client',
        '@flowhall/designer',
        '@flowhall/runtime',
        '@flowhall/plugin-*',
      ],
      why: 'the engine depends only on @flowhall/schema',
    },
    { names: IO_BUILTINS, why: 'the engine is pure: no IO' },
    { names: SERVER_ONLY, why: 'the engine is storage-agnostic' },
    { names: BROWSER_ONLY, why: 'the engine has no UI' },
  ]),
  ladder(['packages/client/src/**'], '@flowhall/client (typed HTTP client)', [
    {
      names: [
        '@flowhall/server',
        '@flowhall/engine',
        '@flowhall/designer',
        '@flowhall/runtime',
        '@flowhall/plugin-*',
      ],
      why: 'the client talks HTTP and shares only @flowhall/schema types',
    },
    { names: IO_BUILTINS, why: 'the client runs in browsers too' },
    { names: SERVER_ONLY, why: 'the client never touches the database' },
    { names: BROWSER_ONLY, why: 'the client is framework-free' },
  ]),
  ladder(['packages/server/src/**'], '@flowhall/server', [
    {
      names: ['@flowhall/client', '@flowhall/designer', '@flowhall/runtime'],
      why: 'the server sits below the web side of the ladder',
    },
    {
      names: ['@flowhall/plugin-*'],
      why: 'plugins are listed in configuration and loaded by the plugin manager, never imported statically',
    },
    { names: BROWSER_ONLY, why: 'the server renders no UI' },
  ]),
  ladder(['designer/src/**'], '@flowhall/designer', [
    {
      names: [
        '@flowhall/server',
        '@flowhall/runtime',
        '@flowhall/plugin-*',
        '@flowhall/engine',
        '@flowhall/client',
      ],
      why: 'the designer depends on @flowhall/schema only (the runtime hands it data); plugins register into it',
    },
    { names: [...SERVER_ONLY, ...IO_BUILTINS], why: 'the designer runs in the browser' },
  ]),
  ladder(['runtime/src/**'], '@flowhall/runtime (web app)', [
    {
      names: ['@flowhall/server', '@flowhall/engine'],
      why: 'the web app reaches the server only through @flowhall/client',
    },
    { names: [...SERVER_ONLY, ...IO_BUILTINS], why: 'the web app runs in the browser' },
  ]),
  ladder(['plugins/*/src/**'], 'a plugin', [
    {
      names: ['@flowhall/runtime'],
      why: 'plugins register into the runtime, the runtime never becomes their dependency',
    },
  ]),
);
