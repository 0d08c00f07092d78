// Vite 7 build of the dashboard into web/dist (served by `dyad serve`); Preact through esbuild's automatic
// JSX runtime. `npm run dev:web` proxies /v1 to a running `dyad serve` on :8080.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 800 },
  server: { proxy: { '/v1': 'http://127.0.0.1:8080', '/openapi.json': 'http://127.0.0.1:8080' } },
});
