import { defineConfig } from 'vite';

/** Each entry as its own file, for the test to load alone. */
export default defineConfig({
  root: import.meta.dirname,
  logLevel: 'warn',
  build: {
    rolldownOptions: {
      input: { all: 'all.js', one: 'one.js', none: 'none.js', 'react-one': 'react-one.js', hydrate: 'hydrate.js' },
      output: { entryFileNames: '[name].js' },
    },
  },
});
