/**
 * `npm run build`: validates the bundled data, then writes
 *   dist/cdn/career-widgets.js   the script-tag bundle (vite.config.ts), role data as chunks;
 *   dist/role.schema.json        the JSON Schema of a role, generated from the zod schema;
 *   dist/cli.js                  the `career-widgets` command (validate);
 *   custom-elements.json         the Custom Elements Manifest, from the elements' JSDoc.
 * Invalid data stops the build before anything is written.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { build } from 'vite';

function step(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`build stopped: ${[command, ...args].join(' ')} failed`);
    process.exit(1);
  }
}

if (!process.argv.includes('--skip-validate')) {
  const roles = readdirSync('data/roles')
    .filter((f) => f.endsWith('.json'))
    .map((f) => `data/roles/${f}`);
  step('node_modules/.bin/tsx', ['src/cli/main.ts', 'validate', ...roles]);
}

step('node', ['scripts/split-roles.js']);
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

// The command line runs in Node and keeps its dependencies (zod) as imports.
await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    ssr: 'src/cli/main.ts',
    rolldownOptions: { output: { entryFileNames: 'cli.js' } },
  },
});

step('node_modules/.bin/tsx', ['scripts/write-json-schema.ts']);
step('node_modules/.bin/custom-elements-manifest', ['analyze', '--quiet']);
console.log('build: dist/cdn/career-widgets.js, dist/role.schema.json, dist/cli.js, custom-elements.json');
