/**
 * Vite serves the example pages (`npm start`) and builds the script-tag bundle,
 * `dist/cdn/career-widgets.js`: one self-contained ES module that defines every element. Each
 * bundled role stays a chunk of its own under `dist/cdn/roles/`, fetched relative to the
 * bundle's URL when a page first asks for that role.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  server: { open: '/examples/index.html' },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: 'src/index.ts',
      formats: ['es'],
      fileName: () => 'career-widgets.js',
    },
    rolldownOptions: {
      output: {
        minify: true,
        // Role data lands in roles/<id>/<part>-<hash>.js, fetched relative to the bundle.
        chunkFileNames: (chunk) => {
          const match = chunk.facadeModuleId?.match(/generated\/roles\/([^/]+)\/[^/]+\.json$/);
          return match ? `roles/${match[1]}/[name]-[hash].js` : 'chunks/[name]-[hash].js';
        },
      },
    },
  },
});
