/**
 * Vite serves the example pages (`npm start`) and builds the all-in-one script-tag bundle,
 * `dist/cdn/career-widgets.js`: one self-contained ES module that defines every element. Role
 * data stays in small files under `dist/cdn/roles/`, imported relative to the bundle when a page
 * first shows that part of a role. scripts/build.js adds the npm build and the loader.
 */
import { defineConfig } from 'vite';
import { careerWidgets, chunkFileNames } from './scripts/vite-plugin.js';
import { minifyLiterals } from './scripts/minify-literals-plugin.js';

export default defineConfig(({ command }) => ({
  plugins: [careerWidgets(), minifyLiterals()],
  ...(command === 'build' ? { base: './' } : {}),
  server: { open: '/examples/index.html' },
  // The dev server serves the example pages; the host apps under test/hosts install their own
  // dependencies and are not scanned.
  optimizeDeps: { entries: ['examples/**/*.html'] },
  build: {
    outDir: 'dist/cdn',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: true,
    lib: {
      entry: { 'career-widgets': 'src/index.ts' },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      output: { minify: true, chunkFileNames: chunkFileNames('chunks') },
    },
  },
}));
