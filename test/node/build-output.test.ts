import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { ALL_PARTS } from '../../src/data/generated/parts-by-key.js';
import { partKey } from '../../src/data/role-index-types.js';

// Strings that only zod's code contains.
const ZOD_MARKERS = ['ZodError', '$ZodType', 'invalid_union'];

describe('the script-tag bundle (dist/cdn)', () => {
  const main = readFileSync('dist/cdn/career-widgets.js', 'utf8');
  const roleFiles = (readdirSync('dist/cdn/roles', { recursive: true }) as string[])
    .filter((file) => file.endsWith('.js'))
    .map((file) => `dist/cdn/roles/${file}`);

  test('splits each bundled role into one file per part, with the id, title and the sources it cites', async () => {
    const keys = [...ALL_PARTS.map(partKey), 'core'];
    for (const id of ['security-technician', 'security-systems-technician', 'security-engineer']) {
      const role = JSON.parse(readFileSync(`data/roles/${id}.json`, 'utf8')) as Record<string, unknown>;
      const files = roleFiles.filter((file) => file.startsWith(`dist/cdn/roles/${id}/`)).sort();
      // Every part the schema allows, whether the role has it or not, and the core.
      assert.deepEqual(files, keys.map((key) => `dist/cdn/roles/${id}/${key}.js`).sort());
      const sources = (role.sources ?? []) as { id: string }[];
      for (const key of keys) {
        const { default: file } = (await import(`../../dist/cdn/roles/${id}/${key}.js`)) as { default: unknown };
        // The core has every source; a part, those it cites; a part the role lacks, none.
        const part = role[key] as { sources?: string[] } | undefined;
        const cited = key === 'core' ? sources : sources.filter((source) => part?.sources?.includes(source.id));
        const expected = {
          id: role.id,
          title: role.title,
          ...(cited.length ? { sources: cited } : {}),
          ...(key === 'core' || part === undefined ? {} : { [key]: part }),
        };
        assert.deepEqual(file, expected, `${id}/${key}`);
      }
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
