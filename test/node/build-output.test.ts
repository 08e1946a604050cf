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

  test('splits each bundled role into one file per part it has, and its core (id, title, sources)', async () => {
    for (const id of ['security-technician', 'security-systems-technician', 'security-engineer']) {
      const role = JSON.parse(readFileSync(`data/roles/${id}.json`, 'utf8')) as Record<string, unknown>;
      const files = roleFiles.filter((file) => file.startsWith(`dist/cdn/roles/${id}/`));
      const keyOf = (file: string) => file.slice(`dist/cdn/roles/${id}/`.length).replace(/-[\w-]{8}\.js$/, '');
      const parts = Object.keys(role).filter((key) => !['$schema', 'id', 'title', 'sources'].includes(key));
      assert.deepEqual(files.map(keyOf).sort(), ['core', ...parts].sort(), id);
      for (const file of files) {
        const key = keyOf(file);
        const { default: data } = (await import(`../../${file}`)) as { default: unknown };
        const expected =
          key === 'core'
            ? { id: role.id, title: role.title, ...(role.sources ? { sources: role.sources } : {}) }
            : role[key];
        assert.deepEqual(data, expected, `${id}/${key}`);
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
