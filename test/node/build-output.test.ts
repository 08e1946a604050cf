import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

// Strings that only zod's code contains.
const ZOD_MARKERS = ['ZodError', '$ZodType', 'invalid_union'];

describe('the script-tag bundle (dist/cdn)', () => {
  const main = readFileSync('dist/cdn/career-widgets.js', 'utf8');
  const roleFiles = (readdirSync('dist/cdn/roles', { recursive: true }) as string[])
    .filter((file) => file.endsWith('.js'))
    .map((file) => `dist/cdn/roles/${file}`);

  test('splits each bundled role into a core chunk and one chunk per part', () => {
    for (const id of ['security-technician', 'security-systems-technician', 'security-engineer']) {
      const chunks = roleFiles.filter((file) => file.startsWith(`dist/cdn/roles/${id}/`));
      assert.ok(
        chunks.some((file) => /\/core-[\w-]+\.js$/.test(file)),
        `${id}: no core chunk`,
      );
      const parts = Object.keys(JSON.parse(readFileSync(`data/roles/${id}.json`, 'utf8'))).filter(
        (key) => !['id', 'title', 'sources'].includes(key),
      );
      assert.equal(chunks.length, parts.length + 1, `${id}: ${chunks.join(', ')}`);
    }
  });

  test('keeps zod out of the main bundle and the role chunks', () => {
    for (const marker of ZOD_MARKERS) assert.ok(!main.includes(marker), `main bundle contains ${marker}`);
    for (const file of roleFiles) {
      const text = readFileSync(file, 'utf8');
      for (const marker of ZOD_MARKERS) assert.ok(!text.includes(marker), `${file} contains ${marker}`);
    }
  });

  test('is self-contained: it imports no package by name', () => {
    assert.doesNotMatch(main, /\bfrom\s*["'](?![./])/);
    assert.doesNotMatch(main, /\bimport\s*\(\s*["'](?![./])/);
  });
});

describe('the element list', () => {
  test('names exactly the elements that src/define registers', async () => {
    const { ELEMENT_TAGS } = await import('../../src/element-tags.js');
    const defined = readdirSync('src/define')
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.slice(0, -3))
      .sort();
    assert.deepEqual([...ELEMENT_TAGS].sort(), defined);
  });

  test('the package entry and the bundle define every element', async () => {
    const { ELEMENT_TAGS } = await import('../../src/element-tags.js');
    const entry = readFileSync('src/index.ts', 'utf8');
    for (const tag of ELEMENT_TAGS) assert.match(entry, new RegExp(`import './define/${tag}\\.js';`), tag);
  });
});
