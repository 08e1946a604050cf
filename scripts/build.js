/**
 * `npm run build`: validates the bundled data, then writes
 *   dist/index.js, dist/elements.js, dist/react.js,
 *   dist/define/<tag>.js                                   the npm package (lit, @lit/* and zod
 *                                                          stay imports), with dist/types/*.d.ts;
 *   dist/cdn/career-widgets.js                             every element in one file (vite.config.ts);
 *   dist/cdn/loader.js, dist/cdn/lazy/                      the autoloader and the element chunks it loads;
 *   dist/cdn/career-widgets.css                            space reserved before elements are defined;
 *   dist/role.schema.json                                  the JSON Schema of a role;
 *   dist/cli.js, dist/ssr.js, dist/node/                  the `career-widgets` command and server
 *                                                          rendering (`career-widgets/ssr`), for Node;
 *   custom-elements.json                                   the Custom Elements Manifest.
 * Invalid data stops the build before anything is written. `npm test` runs the build with
 * `--skip-validate --skip-type-check`: it validates the data itself, and type-checks the whole
 * project (src, tests and scripts) beside the build, so the declarations are written without
 * checking src a second time (TypeScript's --noCheck; the files are the same).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { build } from 'vite';
import { careerWidgets, chunkFileNames, readRegistry, stylesheet } from './vite-plugin.js';
import { minifyLiterals } from './minify-literals-plugin.js';
import { writeEntryTypes } from './entry-types.js';

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

const ELEMENTS = await readRegistry();
const TAGS = ELEMENTS.map(({ tag }) => tag);
const virtual = (name) => `career-widgets-virtual/${name}`;
const plugins = [careerWidgets(), minifyLiterals()];
const quiet = { configFile: false, logLevel: 'warn', plugins };
const es2022 = { target: 'es2022', sourcemap: true };

// npm: unminified ES modules; dependencies stay imports so an app bundles one copy of Lit.
await build({
  ...quiet,
  build: {
    ...es2022,
    outDir: 'dist',
    emptyOutDir: true,
    lib: {
      entry: {
        index: 'src/index.ts',
        elements: 'src/elements.ts',
        react: 'src/react.ts',
        hydrate: 'src/hydrate.ts',
        ...Object.fromEntries(TAGS.map((tag) => [`define/${tag}`, virtual(`define/${tag}`)])),
        ...Object.fromEntries(TAGS.map((tag) => [`react/${tag}`, virtual(`react/${tag}`)])),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: [/^lit(-html)?(\/|$)/, /^@lit(-labs)?\//, /^zod(\/|$)/, /^react(\/|$)/],
      // One file per source module, as in src/ (the registry's modules under virtual/): every
      // module that registers an element is a file that package.json's `sideEffects` names, so
      // no bundler can drop a registration.
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: (chunk) =>
          chunk.isEntry && !chunk.facadeModuleId?.startsWith('\0') ? '[name].js' : virtualFileName(chunk),
      },
    },
  },
});

/** Where a module made by the plugin goes in dist/: virtual/<its name>.js. */
function virtualFileName(chunk) {
  const id = chunk.facadeModuleId ?? '';
  const match = id.match(/career-widgets-virtual\/(.+)$/);
  if (!match) return '[name].js';
  const [kind, ...rest] = match[1].split('/');
  // Entries keep their public paths: define/<tag>.js and react/<tag>.js.
  if (chunk.isEntry && (kind === 'define' || kind === 'react') && rest.length) return `${kind}/${rest.join('/')}.js`;
  return `virtual/${match[1] || 'index'}.js`;
}

// Script tag, all in one: see vite.config.ts.
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

// Script tag, on demand: the loader and one module per element (lazy/<tag>.js), sharing Lit and
// the base.
await build({
  ...quiet,
  base: './', // the role files are found relative to the code that imports them
  build: {
    ...es2022,
    outDir: 'dist/cdn',
    emptyOutDir: false,
    lib: {
      entry: {
        loader: 'src/cdn/loader.ts',
        ...Object.fromEntries(TAGS.map((tag) => [`lazy/${tag}`, virtual(`define/${tag}`)])),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // An element's code lives in its own entry, even when <career-guide> imports it too.
      preserveEntrySignatures: 'allow-extension',
      output: {
        minify: true,
        chunkFileNames: chunkFileNames('lazy'),
        // What every element needs (Lit, localize, the base element and controller) travels as
        // one file: one request, and one gzip stream that compresses better than several small
        // ones. A module goes there when most elements import it; what a few share (the
        // disclosures, the context, a part of the data) stays in chunks of its own.
        codeSplitting: { groups: [{ name: 'base', minShareCount: Math.ceil(TAGS.length / 2) }] },
      },
    },
  },
});

mkdirSync('dist/cdn', { recursive: true });
writeFileSync('dist/cdn/career-widgets.css', await stylesheet());

// For Node: the command line and server rendering (`career-widgets/ssr`). Their dependencies
// (Lit, @lit-labs/ssr, zod) stay imports; what they share, role data included, goes under node/.
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    ssr: true,
    rolldownOptions: {
      input: { cli: 'src/cli/main.ts', ssr: 'src/ssr/index.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: 'node/[name]-[hash].js' },
    },
  },
});

step('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json', ...(process.argv.includes('--skip-type-check') ? ['--noCheck'] : [])]);
writeEntryTypes(ELEMENTS);
step('node_modules/.bin/tsx', ['scripts/write-json-schema.ts']);
step('node_modules/.bin/custom-elements-manifest', ['analyze', '--quiet']);
console.log(
  'build: dist/ (npm), dist/cdn/ (script tag), dist/types/, dist/role.schema.json, dist/cli.js, dist/ssr.js, custom-elements.json',
);
