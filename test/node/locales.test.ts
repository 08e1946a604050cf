/**
 * The translations are complete and current: every `msg()` of the sources is in the XLIFF files
 * of src/locales/xliff, translated into every target locale of lit-localize.json with the same
 * placeholders, and built into src/locales/<locale>.ts; every element loads its own strings.
 * `npm run locales` (extract, build, then this test) says what is left to translate after new
 * messages arrive.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { tsImport } from 'tsx/esm/api';
import { careerWidgets, readLocalizeConfig, readMessageGroups } from '../../scripts/vite-plugin.js';
import { messageKey } from '../../src/base/i18n-key.js';

interface Unit {
  source: string;
  target: string | undefined;
}

const { targetLocales, output, interchange } = readLocalizeConfig();
const groups = await readMessageGroups();
/** Each message of the sources: its id, and the groups (base, element tags) that use it. */
const used = new Map<string, string[]>();
for (const [group, messages] of groups) for (const { id } of messages) used.set(id, [...(used.get(id) ?? []), group]);

/** The trans-units of a locale's XLIFF file, by id. */
function xliff(locale: string): Map<string, Unit> {
  const text = readFileSync(`${interchange.xliffDir}/${locale}.xlf`, 'utf8');
  const units = new Map<string, Unit>();
  for (const [, id, source, target] of text.matchAll(
    /<trans-unit id="([^"]+)">\s*<source>([\s\S]*?)<\/source>\s*(?:<target>([\s\S]*?)<\/target>)?/g,
  )) {
    units.set(id!, { source: source!, target: target?.trim() ? target : undefined });
  }
  return units;
}

/** The ids of the placeholders of a message, sorted: `<x id="0" …/>`. */
const placeholders = (text: string) => [...text.matchAll(/<x id="(\d+)"/g)].map((match) => match[1]).sort();

/** A message as a translator reads it: placeholders as {0}. */
const readable = (text: string) => text.replace(/<x id="(\d+)"[^>]*\/>/g, '{$1}');

test('the XLIFF files hold exactly the messages of the sources', () => {
  assert.ok(used.size > 100, `${used.size} messages found`);
  for (const locale of targetLocales) {
    const units = xliff(locale);
    const missing = [...used.keys()].filter((id) => !units.has(id));
    const stale = [...units.keys()].filter((id) => !used.has(id));
    assert.deepEqual(
      { missing, stale },
      { missing: [], stale: [] },
      `${locale}.xlf is not current: run npm run locales (lit-localize extract)`,
    );
  }
});

test('every message is translated into every target locale, with its placeholders', () => {
  assert.deepEqual(targetLocales, ['es', 'fr', 'de']);
  for (const locale of targetLocales) {
    const units = xliff(locale);
    const untranslated = [...units.values()].filter((unit) => unit.target === undefined).map((unit) => readable(unit.source));
    assert.deepEqual(untranslated, [], `messages without a ${locale} translation in ${interchange.xliffDir}/${locale}.xlf`);
    for (const [id, unit] of units) {
      assert.deepEqual(placeholders(unit.target!), placeholders(unit.source), `${locale} ${id}: ${readable(unit.target!)}`);
    }
  }
});

test('src/locales/<locale>.ts is built from the XLIFF', async () => {
  for (const locale of targetLocales) {
    const { templates } = (await tsImport(`../../${output.outputDir}/${locale}.ts`, import.meta.url)) as {
      templates: Record<string, unknown>;
    };
    assert.deepEqual(
      Object.keys(templates).sort(),
      [...xliff(locale).keys()].sort(),
      `${output.outputDir}/${locale}.ts is not current: run npm run locales (lit-localize build)`,
    );
  }
});

test('every element with messages of its own loads its strings, and the base loads its own', () => {
  assert.ok(groups.has('base'));
  for (const group of groups.keys()) {
    if (group === 'base') continue;
    // An element's group (its tag), or a folder's in it (`<tag>.<folder>`), which the element loads.
    const [tag, folder] = group.split('.');
    const source = readFileSync(`src/components/${tag}/${tag}.ts`, 'utf8');
    if (folder) {
      const name = `${folder.toUpperCase()}_STRINGS`;
      assert.match(source, new RegExp(`import ${name} from 'career-widgets-virtual/strings-of/${group}';`), group);
      assert.match(source, new RegExp(`protected override stringGroups\\(\\)[^}]*\\b${name}\\b`), group);
      continue;
    }
    assert.match(source, new RegExp(`import STRINGS from 'career-widgets-virtual/strings-of/${group}';`), group);
    // A CareerElement names them as its `strings`; <role-compare>, no CareerElement, gives them to its LocaleController.
    assert.match(source, /protected override readonly strings = STRINGS;|new LocaleController\(this, \(\) => \[STRINGS\]\)/, group);
  }
});

test('the strings a page loads are keyed as the elements look them up', async () => {
  const plugin = careerWidgets() as unknown as { load(id: string): Promise<string> };
  const spanish = await plugin.load('\0career-widgets-virtual/strings/es/base');
  assert.ok(spanish.includes(`${JSON.stringify(messageKey('Loading…', false))}: "Cargando…"`), spanish);
  const phrase = await plugin.load('\0career-widgets-virtual/strings/de/day-in-the-life');
  assert.ok(phrase.includes(`${JSON.stringify(messageKey(['', ' – ', ''], true))}: html\`\${0} – \${1}\``), phrase);
  // The words of salary-band's figures are a group of their own.
  const figures = await plugin.load('\0career-widgets-virtual/strings/de/salary-band.figures');
  assert.ok(figures.includes(`${JSON.stringify(messageKey('Area', false))}: "Gebiet"`), figures);
  const band = await plugin.load('\0career-widgets-virtual/strings/de/salary-band');
  assert.ok(!band.includes('Gebiet') && band.includes('Gehalt'), band);
  // An element without messages of its own loads none.
  assert.match(await plugin.load('\0career-widgets-virtual/strings-of/career-role'), /^export default \{\s*\};$/);
});
