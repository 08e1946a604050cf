/**
 * Every list of elements matches the registry (src/registry.ts): the folders, the package's
 * define modules, classes and React wrappers, the script-tag loader and its modules, the
 * stylesheet, Storybook, the manifest and the README. Run after the build (npm test builds first).
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { ELEMENTS, ELEMENT_TAGS } from '../../src/registry.js';

const read = (file: string) => readFileSync(file, 'utf8');
const sorted = (list: Iterable<string>) => [...list].sort();
const classNames = ELEMENTS.map((element) => element.className);
const sections = ELEMENTS.filter((element) => element.parts.length > 0);

describe('the registry', () => {
  test('names each element once, and each has its folder with its class and styles', () => {
    assert.equal(new Set(ELEMENT_TAGS).size, ELEMENT_TAGS.length);
    assert.equal(new Set(classNames).size, classNames.length);
    assert.deepEqual(sorted(readdirSync('src/components')), sorted(ELEMENT_TAGS));
    for (const { tag, className } of ELEMENTS) {
      const source = read(`src/components/${tag}/${tag}.ts`);
      assert.match(source, new RegExp(`export class ${className} extends`), tag);
      assert.match(source, new RegExp(`'${tag}': ${className};`), `${tag} in HTMLElementTagNameMap`);
      assert.ok(existsSync(`src/components/${tag}/${tag}.styles.ts`), `${tag}.styles.ts`);
    }
  });

  test('every part an element shows belongs to one section only', () => {
    const owners = sections.flatMap((section) => section.parts);
    assert.equal(new Set(owners).size, owners.length);
  });
});

describe('the lists made from it', () => {
  test('one define module per element registers exactly its tag (the guide, its sections too)', () => {
    assert.deepEqual(
      sorted(readdirSync('dist/define').filter((file) => file.endsWith('.js'))),
      sorted(ELEMENT_TAGS.map((tag) => `${tag}.js`)),
    );
    for (const { tag, className } of ELEMENTS) {
      const code = read(`dist/define/${tag}.js`);
      assert.deepEqual(
        [...code.matchAll(/\("([\w-]+)", \w+\)/g)].map((match) => match[1]),
        [tag],
        tag,
      );
      assert.match(code, new RegExp(`as ${className} }`), tag);
      const registers = [...code.matchAll(/import "\.\/([\w-]+)\.js"/g)].map((match) => match[1]!);
      assert.deepEqual(sorted(registers), tag === 'career-guide' ? sorted(sections.map((s) => s.tag)) : [], tag);
      assert.match(read(`dist/types/define/${tag}.d.ts`), new RegExp(`export \\{ ${className} \\}`), tag);
    }
    const all = read('dist/virtual/define.js');
    assert.deepEqual(
      sorted([...all.matchAll(/"\.\.\/define\/([\w-]+)\.js"/g)].map((match) => match[1]!)),
      sorted(ELEMENT_TAGS),
    );
  });

  test('`career-widgets/elements` exports every class, in code and in types', () => {
    const code = read('dist/virtual/elements.js');
    const types = read('dist/types/virtual/elements.d.ts');
    for (const name of classNames) {
      assert.match(code, new RegExp(`\\b${name}\\b`), name);
      assert.match(types, new RegExp(`export \\{ ${name} \\}`), name);
    }
    assert.match(read('dist/elements.js'), /virtual\/elements\.js/);
  });

  test('one React wrapper per element, with the events the registry names', () => {
    assert.deepEqual(
      sorted(readdirSync('dist/react').filter((file) => file.endsWith('.js') && file !== 'wrap.js')),
      sorted(ELEMENT_TAGS.map((tag) => `${tag}.js`)),
    );
    for (const { tag, className, events } of ELEMENTS) {
      const code = read(`dist/react/${tag}.js`);
      assert.match(code, new RegExp(`\\("${tag}", `), tag);
      assert.deepEqual(sorted([...code.matchAll(/"(cw-[\w-]+)"/g)].map((match) => match[1]!)), sorted(events), tag);
      assert.match(read(`dist/types/react/${tag}.d.ts`), new RegExp(`export declare const ${className}:`), tag);
    }
    const index = read('dist/types/virtual/react.d.ts');
    for (const name of classNames) assert.match(index, new RegExp(`export \\{ ${name} \\}`), name);
  });

  test('the script-tag loader knows every tag, and finds a module for each', () => {
    const loader = read('dist/cdn/loader.js');
    for (const tag of ELEMENT_TAGS) {
      assert.ok(loader.includes(`"${tag}"`), tag);
      assert.ok(existsSync(`dist/cdn/lazy/${tag}.js`), `lazy/${tag}.js`);
    }
  });

  test('the stylesheet for elements not yet defined lists every tag', () => {
    const css = read('dist/cdn/career-widgets.css');
    const list = css.match(/:where\(([^)]*)\):not\(:defined\)/)![1]!;
    assert.deepEqual(sorted(list.split(',').map((tag) => tag.trim())), sorted(ELEMENT_TAGS));
  });

  test('<career-guide> has a section for each element that shows parts of a role, in order', () => {
    const sectionsModule = read('dist/virtual/sections.js');
    const tags = [...sectionsModule.matchAll(/tag: "([\w-]+)"/g)].map((match) => match[1]);
    assert.deepEqual(
      tags,
      sections.map((section) => section.tag),
    );
  });

  test('Storybook has stories for every element, and for no other tag', () => {
    const stories = readdirSync('stories')
      .filter((file) => file.endsWith('.stories.ts') && file.includes('-'))
      .map((file) => file.replace(/\.stories\.ts$/, ''));
    assert.deepEqual(sorted(stories), sorted(ELEMENT_TAGS));
  });

  test('the manifest has each element with its tag and summary; the README table, every tag', () => {
    const manifest = JSON.parse(read('custom-elements.json')) as {
      modules: { declarations?: { name: string; tagName?: string; summary?: string }[] }[];
    };
    const declared = manifest.modules.flatMap((mod) => mod.declarations ?? []).filter((d) => d.tagName);
    assert.deepEqual(
      sorted(declared.map((d) => `${d.tagName} ${d.name}`)),
      sorted(ELEMENTS.map((element) => `${element.tag} ${element.className}`)),
    );
    for (const { tag, summary } of ELEMENTS) {
      assert.equal(declared.find((d) => d.tagName === tag)!.summary, summary, tag);
    }
    const readme = read('README.md');
    const rows = [...readme.matchAll(/^\| `<([\w-]+)>` \|/gm)].map((match) => match[1]!);
    assert.deepEqual(sorted(rows), sorted(ELEMENT_TAGS));
  });
});
