/**
 * Writes the README's element table from custom-elements.json, between the markers
 * `<!-- elements:start -->` and `<!-- elements:end -->`. `--check` exits 1 when the README is
 * out of date instead of writing (the test suite runs that).
 */
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- elements:start -->';
const END = '<!-- elements:end -->';

export function elementTable(manifest) {
  const rows = [];
  for (const mod of manifest.modules) {
    for (const element of mod.declarations ?? []) {
      if (!element.tagName) continue;
      const attributes = (element.attributes ?? []).map((a) => `\`${a.name}\``).join(', ');
      const own = (element.events ?? []).map((e) => `\`${e.name}\``);
      const events = [...new Set(own)].join(', ');
      // The first sentence: the analyzer folds the JSDoc paragraph into the summary.
      const summary = (element.summary ?? '').replace(/\s+/g, ' ').trim().split(/(?<=[.:])\s+(?=[A-Z])/)[0];
      rows.push(`| \`<${element.tagName}>\` | ${summary} | ${attributes} | ${events} |`);
    }
  }
  rows.sort();
  return ['| Element | What it shows | Attributes | Events |', '| --- | --- | --- | --- |', ...rows].join('\n');
}

export function readmeWithTable(readme, table) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md needs the markers ${START} and ${END}`);
  return `${readme.slice(0, start + START.length)}\n${table}\n${readme.slice(end)}`;
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const readme = readFileSync('README.md', 'utf8');
const next = readmeWithTable(readme, elementTable(manifest));
if (process.argv.includes('--check')) {
  if (next !== readme) {
    console.error('README.md element table is out of date: run node scripts/readme-elements.js');
    process.exit(1);
  }
} else {
  writeFileSync('README.md', next);
}
