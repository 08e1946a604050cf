/**
 * The import graph of src/: no cycles (madge), so each helper lives in a module named for what
 * it does and every module can be read, tested and split on its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import madge from 'madge';

test('src/ has no import cycles', async () => {
  const graph = await madge('src', { fileExtensions: ['ts'], tsConfig: 'tsconfig.json' });
  assert.ok(Object.keys(graph.obj()).length > 50, 'madge read the source tree');
  assert.deepEqual(graph.circular(), []);
});
