import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  exports: Record<string, string | Record<string, string>>;
  sideEffects: string[];
  customElements: string;
  version: string;
};

describe('the npm package', () => {
  const packed = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }),
  ) as [{ files: { path: string }[] }];
  const files = packed[0].files.map((file) => file.path);

  test('ships the build, the command and the manifest, and no tests, stories, examples or sources', () => {
    for (const needed of [
      'dist/index.js',
      'dist/react.js',
      'dist/define/salary-band.js',
      'dist/cdn/career-widgets.js',
      'dist/cdn/loader.js',
      'dist/cdn/career-widgets.css',
      'dist/role.schema.json',
      'dist/types/index.d.ts',
      'bin/career-widgets.js',
      'custom-elements.json',
    ]) {
      assert.ok(files.includes(needed), needed);
    }
    // `career-widgets import oews` is in the command's build; its made-up fixture tables are not.
    assert.ok(files.some((file) => /^dist\/node\/import-oews-[\w-]+\.js$/.test(file)), 'the import command');
    for (const file of files) {
      assert.doesNotMatch(file, /\.csv$|fixture/i, file);
      assert.doesNotMatch(file, /^(test|stories|examples|scripts|src|data|\.storybook)\//, file);
      assert.doesNotMatch(file, /\.map$/, file);
    }
  });

  test('lists types first in every export condition', () => {
    for (const [path, target] of Object.entries(pkg.exports)) {
      if (typeof target === 'object' && 'types' in target) assert.equal(Object.keys(target)[0], 'types', path);
    }
  });

  test('offers one define module per element, with its tag in HTMLElementTagNameMap', async () => {
    const { ELEMENT_TAGS } = await import('../../src/registry.js');
    for (const tag of ELEMENT_TAGS) {
      assert.ok(existsSync(`dist/define/${tag}.js`), tag);
      // The define module's types re-export the class from its module, which declares the tag.
      assert.match(
        readFileSync(`dist/types/define/${tag}.d.ts`, 'utf8'),
        new RegExp(`components/${tag}/${tag}\\.js'`),
        tag,
      );
      assert.match(readFileSync(`dist/types/components/${tag}/${tag}.d.ts`, 'utf8'), new RegExp(`'${tag}': `), tag);
    }
  });

  test('marks only the modules that define elements, and the hydration support, as side effects', () => {
    // The source entries are listed too, or the bundler would drop the registrations from its
    // own builds of them (the script-tag bundle would then define nothing).
    assert.deepEqual(
      pkg.sideEffects.sort(),
      [
        '**/*.css',
        './dist/cdn/*.js',
        './dist/define/*.js',
        './dist/hydrate.js',
        './dist/index.js',
        './dist/virtual/define.js',
        './src/cdn/loader.ts',
        './src/index.ts',
      ].sort(),
    );
    const classes = readFileSync('dist/elements.js', 'utf8');
    assert.doesNotMatch(classes, /customElements\.define|defineElement\(/);
    assert.match(readFileSync('dist/cdn/career-widgets.js', 'utf8'), /\.define\(/);
    assert.match(readFileSync('dist/index.js', 'utf8'), /import "\.\/virtual\/define\.js"/);
    assert.match(readFileSync('dist/define/salary-band.js', 'utf8'), /\("salary-band", \w+\)/);
    // career-widgets/hydrate only patches Lit: a bundler must keep it, in the order imported.
    assert.match(readFileSync('dist/hydrate.js', 'utf8'), /^import "@lit-labs\/ssr-client\/lit-element-hydrate-support\.js";/);
  });

  test('names its Custom Elements Manifest, which lists every element', async () => {
    const { ELEMENT_TAGS } = await import('../../src/registry.js');
    const manifest = JSON.parse(readFileSync(pkg.customElements, 'utf8')) as {
      modules: { declarations?: { tagName?: string }[] }[];
    };
    const tags = manifest.modules.flatMap((mod) => (mod.declarations ?? []).map((d) => d.tagName)).filter(Boolean);
    for (const tag of ELEMENT_TAGS) assert.ok(tags.includes(tag), tag);
  });

  test('keeps the version in the code equal to package.json', async () => {
    const { VERSION } = await import('../../src/version.js');
    assert.equal(VERSION, pkg.version);
  });
});

describe('the README', () => {
  test('has an element table generated from the manifest (run node scripts/readme-elements.js)', () => {
    const result = spawnSync('node', ['scripts/readme-elements.js', '--check'], { encoding: 'utf8' });
    assert.equal(result.status, 0, result.stderr);
  });
});
