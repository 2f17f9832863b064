import { defineConfig } from 'umi';

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
});
