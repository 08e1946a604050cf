/**
 * `npm run build`: validates the bundled data, then writes
 *   dist/index.js, dist/elements.js, dist/react.js,
 *   dist/define/<tag>.js                                   the npm package (lit, @lit/* and zod
 *                                                          stay imports), with dist/types/*.d.ts;
 *   dist/cdn/career-widgets.js                             every element in one file (vite.config.ts);
 *   dist/cdn/loader.js, dist/cdn/lazy/                      the autoloader and the element chunks it loads;
 *   dist/cdn/career-widgets.css                            space reserved before elements are defined;
 *   dist/role.schema.json                                  the JSON Schema of a role;
 *   dist/cli.js                                            the `career-widgets` command (validate);
 *   custom-elements.json                                   the Custom Elements Manifest.
 * Invalid data stops the build before anything is written.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { minify } from 'terser';
import { build } from 'vite';
import { ELEMENT_TAGS, LOCALIZE_RUNTIME_UNUSED, chunkFileNames, scriptTagBuild } from './vite-shared.js';
import { minifyLitCss } from './minify-css-plugin.js';

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
rmSync('dist', { recursive: true, force: true });

const quiet = { configFile: false, logLevel: 'warn', plugins: [minifyLitCss()] };

/** Modules every element of the loader build uses (Lit, localize, the base element and controller). */
const BASE_MODULE = new RegExp(
  [
    // Not lit-html's directive classes: of our elements only <role-faq> (keyed) uses them.
    String.raw`node_modules/(lit-html/lit-html\.js|lit-element/|@lit/reactive-element/|@lit/localize/)`,
    // Not the parts loaded on demand (error view, context consumer, supplied and fetched roles),
    // nor what few elements use (disclosures, lists).
    String.raw`/src/(base/(?!disclosure|error-view|role-context|role-remote|role-fetch|format-list)|data/(role-ids|role-parts|role-files|role-index-types|remember)|version)`,
  ].join('|'),
);
const es2022 = { target: 'es2022', sourcemap: true };

/**
 * A second, stronger minification of the script-tag files with Terser: several compress passes,
 * and no `@__PURE__` notes, which only bundlers read. Source maps follow each file, and the files
 * name none (`//# sourceMappingURL`): the package does not ship maps, so a CDN has none to serve.
 */
async function squeeze(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = join(entry.parentPath, entry.name);
    const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n');
    const mapped = existsSync(`${file}.map`); // role files are data and have no map
    const result = await minify(code, {
      module: true,
      compress: { passes: 2 },
      mangle: true,
      ...(mapped ? { sourceMap: { content: readFileSync(`${file}.map`, 'utf8') } } : {}),
    });
    writeFileSync(file, result.code);
    if (mapped) writeFileSync(`${file}.map`, result.map);
  }
}

// npm: unminified ES modules; dependencies stay imports so an app bundles one copy of Lit.
await build({
  ...quiet,
  build: {
    ...es2022,
    outDir: 'dist',
    emptyOutDir: false,
    lib: {
      entry: {
        index: 'src/index.ts',
        elements: 'src/elements.ts',
        react: 'src/react.ts',
        ...Object.fromEntries(ELEMENT_TAGS.map((tag) => [`define/${tag}`, `src/define/${tag}.ts`])),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\//, /^zod(\/|$)/, /^react(\/|$)/],
      // One file per source module, as in src/: every module that registers an element is a
      // file that package.json's `sideEffects` names, so no bundler can drop a registration.
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});

// Script tag, all in one: see vite.config.ts.
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

// Script tag, on demand: the loader and one module per element (lazy/<tag>.js, found by its
// tag alone), sharing Lit and the base.
await build({
  ...quiet,
  plugins: [...quiet.plugins, scriptTagBuild()],
  base: './', // files the code refers to (role files) are found relative to it
  resolve: { alias: [{ find: /^\.\/element-modules\.js$/, replacement: resolve('src/cdn/element-modules.cdn.ts') }] },
  build: {
    ...es2022,
    outDir: 'dist/cdn',
    emptyOutDir: false,
    lib: {
      entry: {
        loader: 'src/cdn/loader.ts',
        ...Object.fromEntries(ELEMENT_TAGS.map((tag) => [`lazy/${tag}`, `src/define/${tag}.ts`])),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rolldownOptions: {
      // An element's code lives in its own entry, even when <career-guide> imports it too.
      preserveEntrySignatures: 'allow-extension',
      // Inline imported constants (a part's key) where they are used, instead of importing them.
      optimization: { inlineConst: { mode: 'all', pass: 1 } },
      treeshake: { moduleSideEffects: LOCALIZE_RUNTIME_UNUSED },
      output: {
        minify: true,
        chunkFileNames: chunkFileNames('lazy'),
        // Every element needs Lit and the shared base, so they travel as one file: one request,
        // and one gzip stream that compresses better than several small ones.
        codeSplitting: { groups: [{ name: (id) => (BASE_MODULE.test(id) ? 'base' : null), debugName: 'base' }] },
      },
    },
  },
});

await squeeze('dist/cdn');
mkdirSync('dist/cdn', { recursive: true });
copyFileSync('src/cdn/career-widgets.css', 'dist/cdn/career-widgets.css');

// The command line runs in Node and keeps its dependencies (zod) as imports.
await build({
  ...quiet,
  build: {
    outDir: 'dist',
    emptyOutDir: false,
    target: 'node20',
    ssr: 'src/cli/main.ts',
    rolldownOptions: { output: { entryFileNames: 'cli.js' } },
  },
});

step('node_modules/.bin/tsc', ['-p', 'tsconfig.build.json']);
step('node_modules/.bin/tsx', ['scripts/write-json-schema.ts']);
step('node_modules/.bin/custom-elements-manifest', ['analyze', '--quiet']);
console.log(
  'build: dist/ (npm), dist/cdn/ (script tag), dist/types/, dist/role.schema.json, dist/cli.js, custom-elements.json',
);
