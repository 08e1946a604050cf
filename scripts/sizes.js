/**
 * What a page downloads from the built dist/cdn, gzipped: the loader, each element with every
 * chunk it imports, and the role data an element needs. `node scripts/sizes.js` prints a table;
 * the budget test imports the same functions.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const CDN = 'dist/cdn';

export function gzipBytes(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Static imports of a built chunk, as paths under dist/cdn. */
function staticImports(file) {
  const text = readFileSync(file, 'utf8');
  const found = new Set();
  for (const match of text.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'](\.{1,2}\/[^"']+)["']/g)) {
    found.add(normalize(join(dirname(file), match[1])));
  }
  return [...found];
}

/** A chunk and everything it imports statically. */
export function closure(entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of staticImports(file)) visit(next);
  };
  visit(entry);
  return [...seen];
}

/** The module the loader imports for a tag: dist/cdn/lazy/<tag>.js. */
export function elementChunk(tag) {
  return join(CDN, 'lazy', `${tag}.js`);
}

/** The file of one part of a bundled role: id, title and sources with that part. */
export function roleChunk(id, part) {
  return join(CDN, 'roles', id, `${part}.js`);
}

/** Bytes (gzip) a page downloads for the loader, these elements and these role parts. */
export function pageBytes(tags, parts = []) {
  const files = new Set([join(CDN, 'loader.js')]);
  for (const tag of tags) for (const file of closure(elementChunk(tag))) files.add(file);
  for (const [id, part] of parts) files.add(roleChunk(id, part));
  let total = 0;
  const rows = [];
  for (const file of files) {
    const bytes = gzipBytes(file);
    total += bytes;
    rows.push([relative(CDN, file), bytes]);
  }
  return { total, rows };
}

/** All elements together, without role data: the all-in-one bundle and its code chunks. */
export function allElementsBytes() {
  return closure(join(CDN, 'career-widgets.js'))
    .filter((file) => !file.includes('/roles/'))
    .reduce((sum, file) => sum + gzipBytes(file), 0);
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const kib = (bytes) => `${(bytes / 1024).toFixed(2)} KiB`;
  const band = pageBytes(['salary-band'], [['security-technician', 'salary']]);
  console.log('A page with one <salary-band role-id="security-technician"> and the loader:');
  for (const [file, bytes] of band.rows.sort((a, b) => b[1] - a[1])) console.log(`  ${kib(bytes).padStart(10)}  ${file}`);
  console.log(`  ${kib(band.total).padStart(10)}  total`);
  console.log(`All elements together (career-widgets.js and its chunks, no role data): ${kib(allElementsBytes())}`);
}
