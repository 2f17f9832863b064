import { defineConfig } from 'umi';
import { ChunkGroupsPlugin } from './scripts/chunk-groups-plugin';

export default defineConfig({
  title: 'Flowhall 网上办事大厅',
  npmClient: 'npm',
  // Conventional routes from src/pages, wrapped by src/layouts/index.tsx.
  history: { type: 'browser' },
  hash: true,
  // esbuild's minifier can give helpers the same short names in different chunks; umi's checker
  // then fails the build (seen on a clean CI machine). Wrapping each chunk in an IIFE avoids it.
  esbuildMinifyIIFE: true,
  metas: [{ name: 'viewport', content: 'width=device-width, initial-scale=1, viewport-fit=cover' }],
  // In development the API runs on the server's port; in production the server serves this app.
  proxy: { '/api': { target: 'http://localhost:7001', changeOrigin: true } },
  // Browsers of 2022 on: what phones run today, including the in-app browsers of WeChat, WeCom and
  // DingTalk (Chromium 100+, iOS Safari 15+). Older targets only add polyfills to every page.
  targets: { chrome: 100, edge: 100, firefox: 100, safari: 15 },
  // Polyfill the standard Array, Object, Promise and String methods those browsers lack (toSorted,
  // groupBy, withResolvers...). The whole of core-js (iterator helpers, typed arrays, proposals)
  // weighed about a third of the entry for nothing the app uses.
  polyfill: {
    imports: [
      'core-js/stable/array',
      'core-js/stable/object',
      'core-js/stable/promise',
      'core-js/stable/string',
    ],
  },
  // dist/chunk-groups.json: what each route loads, for `npm run size` (the hall's first load).
  chainWebpack(config) {
    config.plugin('flowhall-chunk-groups').use(ChunkGroupsPlugin);
  },
});
