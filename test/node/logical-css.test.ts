/**
 * Right to left, kept by lint: no element stylesheet names a side of the screen. Every `css`
 * template in src/ (the elements' *.styles.ts, the shared styles in src/base/, the error view's),
 * the salary band's generated label rows and src/cdn/*.css are read declaration by declaration,
 * and each of these fails, with its file and line:
 *
 * - a property of the left or right side (`margin-left`, `padding-right`, `left`, `border-right`,
 *   `border-top-left-radius`...): the logical one says the same for both directions
 *   (`margin-inline-start`, `inset-inline-end`, `border-start-start-radius`);
 * - a value naming a side (`text-align: left`, `float: right`, `linear-gradient(to right …)`);
 * - a four-value `margin`, `padding`, `inset` or `border-*` whose right and left values differ, or
 *   a `border-radius` whose corners differ from left to right: it is a side in disguise
 *   (`padding: 0 0.25em 0 1.65em` is `padding-left: 1.65em`);
 * - a turn or a shift along the line (`rotate`, `translate` with an x, `transform`) on a selector
 *   that has no right-to-left counterpart in the same stylesheet (`:host(:dir(rtl)) <selector>`,
 *   or `:dir(rtl) <selector>` in a page stylesheet) setting the same property: an arrow or a
 *   chevron drawn pointing one way must be drawn pointing the other way under `dir="rtl"`.
 *
 * The block axis keeps its physical names (`top`, `margin-bottom`, `border-top`): the elements
 * are laid out in horizontal writing modes only, where top is the block start in both directions.
 * Styles set from script must be custom properties (`--_at`), which the logical rules place.
 */
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { labelRowStyles } from '../../src/components/salary-band/label-rows.js';

/** One declaration, where it is written and the selectors of its rule. */
interface Declaration {
  where: string;
  selectors: string[];
  property: string;
  value: string;
}

/** A stylesheet's text, where it starts in its file (line 1 is the file's first). */
interface Sheet {
  file: string;
  line: number;
  text: string;
}

const SRC = 'src';

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Every stylesheet of the package: `css` templates in its modules, its .css files, the generated label rows. */
function stylesheets(): Sheet[] {
  const sheets: Sheet[] = [];
  for (const file of filesUnder(SRC)) {
    const source = readFileSync(file, 'utf8');
    if (file.endsWith('.css')) sheets.push({ file, line: 1, text: source });
    if (!file.endsWith('.ts')) continue;
    for (const match of source.matchAll(/\bcss`([^`]*)`/g)) {
      const before = source.slice(0, match.index! + match[0].indexOf('`') + 1);
      sheets.push({ file, line: before.split('\n').length, text: match[1]! });
    }
  }
  sheets.push({
    file: 'src/components/salary-band/label-rows.ts (labelRowStyles)',
    line: 1,
    text: labelRowStyles.cssText,
  });
  return sheets;
}

/**
 * The declarations of a stylesheet, each with the selectors of its rule (empty inside at-rules
 * that hold declarations directly, as `@font-face`). The parser knows what these stylesheets use:
 * comments, nested at-rules, selector lists, strings without braces or semicolons.
 */
function declarationsOf(sheet: Sheet): Declaration[] {
  const text = sheet.text.replace(/\/\*[\s\S]*?\*\//g, (comment) => comment.replace(/[^\n]/g, ' '));
  const found: Declaration[] = [];
  const rules: string[][] = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char !== '{' && char !== '}' && char !== ';') continue;
    const chunk = text.slice(start, i).trim();
    const lead = Math.max(0, text.slice(start, i).search(/\S/));
    const line = sheet.line + text.slice(0, start + lead).split('\n').length - 1;
    if (char === '{') {
      rules.push(chunk.startsWith('@') ? [] : chunk.split(',').map((selector) => selector.trim().replace(/\s+/g, ' ')));
    } else {
      const colon = chunk.indexOf(':');
      if (chunk && colon > 0) {
        found.push({
          where: `${relative('.', sheet.file)}:${line}`,
          selectors: rules.at(-1) ?? [],
          property: chunk.slice(0, colon).trim().toLowerCase(),
          value: chunk
            .slice(colon + 1)
            .trim()
            .replace(/\s+/g, ' '),
        });
      }
      if (char === '}') rules.pop();
    }
    start = i + 1;
  }
  return found;
}

/** A value's space-separated parts, with what is in parentheses kept whole. */
function valueParts(value: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let part = '';
  for (const char of value) {
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (char === ' ' && depth === 0) {
      if (part) parts.push(part);
      part = '';
    } else part += char;
  }
  if (part) parts.push(part);
  return parts;
}

const SIDE_PROPERTY = /(^|-)(left|right)(-|$)/;
const SIDE_WORD = /\b(left|right)\b/;
/** Shorthands whose four values are top, right, bottom, left. */
const BOX_SHORTHANDS = new Set([
  'margin',
  'padding',
  'inset',
  'border-width',
  'border-style',
  'border-color',
  'scroll-margin',
  'scroll-padding',
]);
const ZERO = /^-?0+(\.0+)?([a-z%]*)$/;

/** Whether a corner list (`border-radius` before any `/`) differs from left to right. */
function lopsidedCorners(corners: string[]): boolean {
  const [a, b = a, c = a, d = b] = corners;
  return a !== b || c !== d;
}

/** Whether a declaration turns or shifts its box along the line, so it must be mirrored. */
function pointsAlongTheLine({ property, value }: Declaration): boolean {
  if (property === 'rotate') return !['none', '0', '0deg', '180deg', '-180deg'].includes(value);
  if (property === 'translate') return value !== 'none' && !ZERO.test(valueParts(value)[0]!);
  if (property === 'scale') return valueParts(value)[0]!.startsWith('-');
  if (property === 'transform')
    return /\b(translate|translateX|rotate|rotateZ|skew|skewX|matrix|scale|scaleX)\(/.test(value);
  if (/^background(-image)?$/.test(property))
    return /linear-gradient\(\s*-?[\d.]+(deg|turn|rad)/.test(value) && !/\(\s*(0|180)deg/.test(value);
  return false;
}

const RTL_PREFIXES = [':host(:dir(rtl)) ', ':dir(rtl) '];

/** What is wrong with each declaration of these stylesheets that names a side or points one way unmirrored. */
function physicalIn(sheets: readonly Sheet[]): string[] {
  const problems: string[] = [];
  for (const sheet of sheets) {
    const declarations = declarationsOf(sheet);
    for (const declaration of declarations) {
      const { where, property, value, selectors } = declaration;
      if (property.startsWith('--')) continue;
      const written = `${where}: ${selectors.join(', ')} { ${property}: ${value} }`;
      const words = value.replace(/--[\w-]+/g, '');
      if (SIDE_PROPERTY.test(property)) problems.push(`${written}: names a side; use the logical property`);
      else if (SIDE_WORD.test(words)) problems.push(`${written}: names a side; use start or end`);
      else if (BOX_SHORTHANDS.has(property) || /^border-(width|style|color)$/.test(property)) {
        const parts = valueParts(value);
        if (parts.length === 4 && parts[1] !== parts[3])
          problems.push(`${written}: right and left differ; use -inline`);
      } else if (property === 'border-radius' && lopsidedCorners(valueParts(value.split('/')[0]!.trim()))) {
        problems.push(`${written}: corners differ from left to right; use border-start-end-radius and the like`);
      }
      if (pointsAlongTheLine(declaration)) {
        for (const selector of selectors) {
          if (selector.includes(':dir(')) continue;
          const mirrored = declarations.some(
            (other) =>
              other.property === property && other.selectors.some((s) => RTL_PREFIXES.some((p) => s === p + selector)),
          );
          if (!mirrored)
            problems.push(`${written}: points along the line; mirror it under :host(:dir(rtl)) ${selector}`);
        }
      }
    }
  }
  return problems;
}

describe('logical CSS', () => {
  const sheets = stylesheets();

  test('reads every stylesheet of the package', () => {
    const files = new Set(sheets.map((sheet) => sheet.file));
    for (const file of filesUnder('src/components').filter((name) => name.endsWith('.styles.ts'))) {
      assert.ok(files.has(file), file);
    }
    for (const file of [
      'src/base/styles.ts',
      'src/base/disclosure-styles.ts',
      'src/base/disclosure-chevron-styles.ts',
      'src/base/error-view.ts',
      'src/cdn/career-widgets.css',
    ]) {
      assert.ok(files.has(file), file);
    }
    const count = sheets.reduce((sum, sheet) => sum + declarationsOf(sheet).length, 0);
    assert.ok(count > 1000, `${count} declarations read`);
  });

  test('no stylesheet names a side of the screen or points one way in both directions', () => {
    assert.deepEqual(physicalIn(sheets), []);
  });

  test('finds each kind of physical declaration, and lets logical ones be', () => {
    const sheet = (text: string): Sheet[] => [{ file: 'sample.css', line: 1, text }];
    const bad = {
      property: '.a { margin-left: 1em; }',
      inset: '.a { position: absolute; right: 0; }',
      corner: '.a { border-top-left-radius: 1em; }',
      value: '.a { text-align: left; }',
      float: '@media (min-width: 1em) { .a { float: right; } }',
      gradient: '.a { background: linear-gradient(to right, red, blue); }',
      shorthand: '.a { padding: 0 0.25em 0.75em 1.65em; }',
      radius: '.a { border-radius: 0 1em 1em 0; }',
      turn: '.a { rotate: -45deg; } :host(:dir(rtl)) .b { rotate: 45deg; }',
      shift: '.a { translate: -50% 0; }',
    };
    for (const [kind, text] of Object.entries(bad)) assert.equal(physicalIn(sheet(text)).length, 1, kind);
    const good = [
      '.a { margin-inline-start: 1em; inset-inline-end: 0; text-align: start; padding: 0 0.25em 0.75em; }',
      '.a { border-start-start-radius: 1em; border-radius: 0.5em; padding: 0.25em 0.75em 0.25em 0.75em; }',
      '.a { rotate: -45deg; translate: 0 -0.1em; } :host(:dir(rtl)) .a { rotate: 45deg; }',
      '.a::before { margin-top: 1px; border-bottom: 1px solid; --_left: 1em; width: var(--_right); }',
      '@container rail (min-width: 8em) { .label { --_row: var(--_r8); } }',
    ];
    for (const text of good) assert.deepEqual(physicalIn(sheet(text)), [], text);
  });

  test('script sets no style of a side: only custom properties, which the logical rules place', () => {
    const setters: string[] = [];
    for (const file of filesUnder(SRC).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(file, 'utf8');
      for (const match of source.matchAll(
        /\.style\.(?!setProperty\b)\w+\s*=|setProperty\(\s*['"`](?!--)|styleMap\(/g,
      )) {
        setters.push(`${file}:${source.slice(0, match.index).split('\n').length}: ${match[0]}`);
      }
    }
    assert.deepEqual(setters, []);
  });
});
