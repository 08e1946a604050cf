/**
 * React ships CommonJS only, which the test server cannot hand to a browser as a module. This
 * plugin bundles React and react-dom/client into one ES module with esbuild, on first request,
 * and points the bare imports `react` and `react-dom/client` at it, so both share one React.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const URL_PATH = '/__react-for-tests.js';
const require = createRequire(import.meta.url);

let bundle;
async function bundleReact() {
  // Read the export names from the development build's source: executing it in Node would
  // patch the console the test runner relies on.
  const development = join(dirname(require.resolve('react/package.json')), 'cjs', 'react.development.js');
  const reactNames = [
    ...new Set([...readFileSync(development, 'utf8').matchAll(/exports\.([A-Za-z_$][\w$]*)\s*=/g)].map((m) => m[1])),
  ];
  const entry = [
    "import React from 'react';",
    "import { createRoot, hydrateRoot } from 'react-dom/client';",
    'export default React;',
    `export const { ${reactNames.join(', ')} } = React;`,
    'export { createRoot, hydrateRoot };',
  ].join('\n');
  const result = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

export function reactForTests() {
  return {
    name: 'cw-react-for-tests',
    resolveImport({ source }) {
      if (source === 'react' || source === 'react-dom/client') return URL_PATH;
      return undefined;
    },
    async serve(context) {
      if (context.path !== URL_PATH) return undefined;
      bundle ??= bundleReact();
      return { body: await bundle, type: 'js' };
    },
  };
}
