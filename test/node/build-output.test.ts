import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';

// Strings that only zod's code contains.
const ZOD_MARKERS = ['ZodError', '$ZodType', 'invalid_union'];

describe('the script-tag bundle (dist/cdn)', () => {
  const main = readFileSync('dist/cdn/career-widgets.js', 'utf8');
  const roles = readdirSync('dist/cdn/roles');

  test('has one data chunk per bundled role', () => {
    for (const id of ['security-technician', 'security-systems-technician', 'security-engineer']) {
      assert.ok(
        roles.some((file) => file.startsWith(`${id}-`) && file.endsWith('.js')),
        `${id}: ${roles}`,
      );
    }
  });

  test('keeps zod out of the main bundle and the role chunks', () => {
    for (const marker of ZOD_MARKERS) assert.ok(!main.includes(marker), `main bundle contains ${marker}`);
    for (const file of roles) {
      const text = readFileSync(`dist/cdn/roles/${file}`, 'utf8');
      for (const marker of ZOD_MARKERS) assert.ok(!text.includes(marker), `${file} contains ${marker}`);
    }
  });

  test('is self-contained: it imports no package by name', () => {
    assert.doesNotMatch(main, /\bfrom\s*["'](?![./])/);
    assert.doesNotMatch(main, /\bimport\s*\(\s*["'](?![./])/);
  });
});
