/**
 * Types of the package entries made from the registry (scripts/vite-plugin.js), written after
 * `tsc` has emitted the types of src/ into dist/types/:
 *
 *   define/<tag>.d.ts       the class, and the tag in HTMLElementTagNameMap (from its module)
 *   react/<tag>.d.ts        the React wrapper: @lit/react's component type with its event props
 *   virtual/define.d.ts     every define module (what `import 'career-widgets'` registers)
 *   virtual/elements.d.ts   every class
 *   virtual/react.d.ts      every wrapper
 *
 * and points the emitted files' imports of `career-widgets-virtual/…` at them.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const TYPES = 'dist/types';
const component = (from, tag) => `${relative(from, `${TYPES}/components/${tag}/${tag}.js`)}`.replace(/^(?!\.)/, './');
const reactProp = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase())}`;

function write(file, lines) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${lines.join('\n')}\n`);
}

export function writeEntryTypes(elements) {
  for (const { tag, className, events } of elements) {
    write(`${TYPES}/define/${tag}.d.ts`, [
      `/** Importing this module registers <${tag}>. */`,
      `export { ${className} } from '${component(`${TYPES}/define`, tag)}';`,
    ]);
    const eventProps = events.map(
      (event) => `  ${reactProp(event)}: EventName<GlobalEventHandlersEventMap['${event}']>;`,
    );
    write(`${TYPES}/react/${tag}.d.ts`, [
      "import type { EventName, ReactWebComponent } from '@lit/react';",
      "import type { CwErrorEvent, CwLoadEvent } from '../base/events.js';",
      "// The whole package's types, for the `cw-` events in GlobalEventHandlersEventMap.",
      "import type {} from '../index.js';",
      `import type { ${className} as Element } from '${component(`${TYPES}/react`, tag)}';`,
      '',
      `/** The React wrapper of \`<${tag}>\`. Using it registers the element. */`,
      `export declare const ${className}: ReactWebComponent<Element, {`,
      '  onCwLoad: EventName<CwLoadEvent>;',
      '  onCwError: EventName<CwErrorEvent>;',
      ...eventProps,
      '}>;',
    ]);
  }
  write(
    `${TYPES}/virtual/define.d.ts`,
    elements.map(({ tag }) => `import '../define/${tag}.js';`),
  );
  write(
    `${TYPES}/virtual/elements.d.ts`,
    elements.map(({ tag, className }) => `export { ${className} } from '${component(`${TYPES}/virtual`, tag)}';`),
  );
  write(
    `${TYPES}/virtual/react.d.ts`,
    elements.map(({ tag, className }) => `export { ${className} } from '../react/${tag}.js';`),
  );
  // The emitted types import the plugin's modules by name; point them at the files above.
  for (const entry of readdirSync(TYPES, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.d.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    const text = readFileSync(file, 'utf8');
    const next = text.replace(/(['"])career-widgets-virtual\/([\w/-]+)\1/g, (_, quote, name) => {
      if (!existsSync(`${TYPES}/virtual/${name}.d.ts`)) {
        throw new Error(`${file} names career-widgets-virtual/${name}, which has no types: give it a type of its own`);
      }
      const target = relative(entry.parentPath, `${TYPES}/virtual/${name}.js`).replace(/^(?!\.)/, './');
      return `${quote}${target}${quote}`;
    });
    if (next !== text) writeFileSync(file, next);
  }
}
