import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/**
 * The web app. The server sends a strict CSP (script-src 'self'; style-src 'self'), so the build must
 * contain no inline script or style: the module-preload polyfill (an inline script) is switched off. Each
 * screen, each text part and the graph library are dynamic imports, so each is its own chunk (app.tsx).
 *
 * `npx vite` serves the app on :5173 and forwards /api to a server on :3000; start that server with
 * PUBLIC_ORIGIN=http://localhost:5173 so its Origin check accepts the dev server's requests.
 */
export default defineConfig({
  root,
  // The server only serves index.html and /assets/*; everything the app needs is imported and hashed.
  publicDir: false,
  plugins: [react()],
  build: {
    outDir,
    emptyOutDir: true,
    modulePreload: { polyfill: false },
    // .vite/manifest.json: which chunks each screen loads, read by `npm run build:report` (bundle budgets).
    manifest: true,
    sourcemap: false,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/api': { target: 'http://localhost:3000' } },
  },
});
