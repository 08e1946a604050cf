/**
 * The career-widgets build plugin (Vite and Rollup hooks; web-test-runner runs it through
 * @web/dev-server-rollup). It serves, as virtual modules (`career-widgets-virtual/…`: a bare
 * name, not `virtual:…`, which the test runner's server would take for a URL), everything that is made from the
 * registry (src/registry.ts) or from the role data (data/roles/*.json), so no list of elements
 * and no generated file is kept in src/, and every build (npm, script tag, dev server, Storybook,
 * tests) uses the same modules:
 *
 *   career-widgets-virtual/define/<tag>     registers <tag> (and, for <career-guide>, its
 *                                           sections) and exports its class
 *   career-widgets-virtual/define           registers every element
 *   career-widgets-virtual/elements         exports every element class
 *   career-widgets-virtual/react/<tag>      the React wrapper of <tag>; registers it when used
 *   career-widgets-virtual/react            every React wrapper
 *   career-widgets-virtual/loader           the loader's table: tag → import of its define module
 *   career-widgets-virtual/sections         <career-guide>'s sections: tag and parts, in order
 *   career-widgets-virtual/parts-of/<tag>   the role parts <tag> shows (keys and loaders)
 *   career-widgets-virtual/part/<key>       one part of every bundled role that has it: a lazy
 *                                           import per role, so a bundle splits each role's
 *                                           part into its own small file
 *   career-widgets-virtual/roles            every part, and each bundled role's title and language
 *   career-widgets-virtual/role/<id>/<key>  the data of one part of one role (`core`: its id,
 *                                           language, title and sources)
 *   career-widgets-virtual/strings-of/<group>
 *                                           the strings of one group of messages (`base`, the
 *                                           messages of src/base; an element's tag, those of
 *                                           its folder; `<tag>.<folder>`, those of a folder in
 *                                           it): a lazy import for each target locale
 *   career-widgets-virtual/strings-of       every group's, for a server that renders any element
 *   career-widgets-virtual/strings/<locale>/<group>
 *                                           one group's translations in one locale, from the
 *                                           module `lit-localize build` writes for the locale
 *                                           (src/locales/<locale>.ts), under short keys
 *
 * It also fills the list of tags into src/cdn/career-widgets.css (the empty `:where()` of
 * elements not defined yet). The types of the modules are in src/virtual.d.ts. Bundled data is
 * validated separately (`npm run validate`, and the build); this only reshapes it. Which
 * messages each group holds is read from the sources (the `msg()` calls of its files), so a
 * page in Spanish fetches only the Spanish strings of the elements it shows; src/base/i18n.ts
 * explains the rest.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PREFIX = 'career-widgets-virtual/';
const CSS = join(ROOT, 'src/cdn/career-widgets.css');
const TAG_LIST = ':where():not(:defined)';

/**
 * `read()`, again only when one of `files()` has changed since the last call: a build reads the
 * registry and the data once, and the dev server picks up an edit on the next request.
 */
function whenChanged(files, read) {
  let stamp;
  let value;
  return () => {
    const next = files()
      .map((file) => `${file}@${statSync(file).mtimeMs}`)
      .join();
    if (next !== stamp) [stamp, value] = [next, read(next)];
    return value;
  };
}

const REGISTRY = join(ROOT, 'src/registry.ts');
const ROLES = join(ROOT, 'data/roles');

/** The registry's entries. */
export const readRegistry = whenChanged(
  () => [REGISTRY],
  (stamp) => tsImport(`${REGISTRY}?${encodeURIComponent(stamp)}`, import.meta.url).then((module) => module.ELEMENTS),
);

/** Every bundled role, from data/roles/, in file-name order. */
export const readRoles = whenChanged(
  () =>
    readdirSync(ROLES)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => join(ROLES, name)),
  (stamp) => stamp.split(',').map((entry) => JSON.parse(readFileSync(entry.replace(/@[\d.]+$/, ''), 'utf8'))),
);

const partKeys = whenChanged(
  () => [join(ROOT, 'src/data/schema.ts')],
  () =>
    tsImport(join(ROOT, 'src/data/schema.ts'), import.meta.url).then(({ SECTION_KEYS }) =>
      ['summary', ...SECTION_KEYS].sort(),
    ),
);

const CORE_KEYS = new Set(['$schema', 'id', 'language', 'title', 'sources']);
const quote = JSON.stringify;
const source = (path) => quote(`/${path}`);
const componentModule = (tag) => source(`src/components/${tag}/${tag}.ts`);
const sections = (elements) => elements.filter((element) => element.parts.length > 0);
/** What registering `tag` also registers: `<career-guide>` renders every section element. */
const alsoDefines = (tag, elements) =>
  tag === 'career-guide' ? sections(elements).map((s) => `import ${quote(`${PREFIX}define/${s.tag}`)};`) : [];
/** `cw-faq-toggle` → `onCwFaqToggle`. */
const reactProp = (event) => `on${event.replace(/(^|-)([a-z])/g, (_, _dash, letter) => letter.toUpperCase())}`;

/* The strings of the elements in each locale (src/base/i18n.ts). */

const LOCALIZE_CONFIG = join(ROOT, 'lit-localize.json');

/** lit-localize.json: the target locales, and where `lit-localize build` writes their modules. */
export const readLocalizeConfig = whenChanged(
  () => [LOCALIZE_CONFIG],
  () => JSON.parse(readFileSync(LOCALIZE_CONFIG, 'utf8')),
);

/** Every TypeScript file under `dir`, at any depth, in name order. */
function tsFiles(dir) {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return tsFiles(path);
      return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
    });
}

/**
 * The group of a source file's messages: `base` for src/base, the tag for src/components/<tag>,
 * and `<tag>.<folder>` for a folder inside it (src/components/salary-band/figures: words only
 * some roles' data needs, which the element loads only then).
 */
function groupOf(file) {
  const [top, tag, ...rest] = relative(join(ROOT, 'src'), file).split(/[\\/]/);
  if (top === 'base') return 'base';
  if (top === 'components') return rest.length > 1 ? `${tag}.${rest[0]}` : tag;
  return undefined;
}

/**
 * The messages of each group: its files' `msg()` calls, each as its @lit/localize id (which the
 * XLIFF and `lit-localize build` use) and its key (src/base/i18n-key.ts, which the elements
 * use), found by parsing each file (no type checking: `lit-localize extract` does that, and
 * test/node/locales.test.ts checks that both find the same messages).
 */
export const readMessageGroups = whenChanged(
  () => tsFiles(join(ROOT, 'src')).filter((file) => !file.includes(`${join(ROOT, 'src/locales')}`)),
  async (stamp) => {
    const { default: ts } = await import('typescript');
    const { generateMsgIdFromAstNode } = await import('@lit/localize-tools/lib/program-analysis.js');
    const keyModule = join(ROOT, 'src/base/i18n-key.ts');
    const { messageKey } = await tsImport(`${keyModule}?${statSync(keyModule).mtimeMs}`, import.meta.url);
    const message = (template, html) => {
      const strings = ts.isTemplateExpression(template)
        ? [template.head.text, ...template.templateSpans.map((span) => span.literal.text)]
        : [template.text];
      return { id: generateMsgIdFromAstNode(template, html), key: messageKey(strings, html) };
    };
    const groups = new Map();
    for (const file of stamp.split(',').map((entry) => entry.replace(/@[\d.]+$/, ''))) {
      const text = readFileSync(file, 'utf8');
      if (!text.includes('msg(')) continue;
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
      const found = [];
      const visit = (node) => {
        if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
          const [arg] = node.arguments;
          if (arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg))) {
            found.push(message(arg, false));
          } else if (arg && ts.isTaggedTemplateExpression(arg) && ts.isIdentifier(arg.tag)) {
            found.push(message(arg.template, arg.tag.text === 'html'));
          }
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
      if (found.length === 0) continue;
      const group = groupOf(file);
      if (!group) throw new Error(`career-widgets: ${relative(ROOT, file)} calls msg(), outside src/base and src/components`);
      const messages = groups.get(group) ?? [];
      for (const one of found) if (!messages.some(({ id }) => id === one.id)) messages.push(one);
      groups.set(group, messages);
    }
    const byKey = new Map();
    for (const { id, key } of [...groups.values()].flat()) {
      if (byKey.has(key) && byKey.get(key) !== id) {
        throw new Error(`career-widgets: messages ${byKey.get(key)} and ${id} share the key ${key} (src/base/i18n-key.ts)`);
      }
      byKey.set(key, id);
    }
    return groups;
  },
);

/** The translations `lit-localize build` wrote for each target locale: id → template. */
const readTranslations = whenChanged(
  () => {
    const { targetLocales, output } = readLocalizeConfig();
    return targetLocales.map((locale) => join(ROOT, output.outputDir, `${locale}.ts`));
  },
  async (stamp) => {
    const { targetLocales } = readLocalizeConfig();
    const modules = await Promise.all(
      stamp.split(',').map((entry) => {
        const [file, time] = entry.split(/@(?=[\d.]+$)/);
        return tsImport(`${file}?${time}`, import.meta.url);
      }),
    );
    return new Map(targetLocales.map((locale, i) => [locale, modules[i].templates]));
  },
);

/**
 * The text of a message that is not HTML: `lit-localize build` escapes `&`, `<` and `>` in every
 * message, as if each were markup (`&lt;career-role&gt;`), which a string shows as it is.
 */
const unescapeText = (text) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** A template literal's text, escaped to be written back between backticks. */
const literal = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/**
 * A translation as src/base/i18n-strings.ts reads it: a string as it is; a `str` template as
 * its texts and the indexes of its values, in order; an `html` template as a template whose
 * values are those indexes.
 */
function entrySource(template) {
  if (typeof template === 'string') return quote(unescapeText(template));
  const { strings, values } = template;
  if (template.strTag) {
    const pieces = strings.flatMap((text, i) => (i === 0 ? [text] : [values[i - 1], text]));
    return quote(pieces.filter((piece) => piece !== '').map((piece) => (typeof piece === 'string' ? unescapeText(piece) : piece)));
  }
  return `html\`${strings.map((text, i) => (i === 0 ? '' : `\${${values[i - 1]}}`) + literal(text)).join('')}\``;
}

/**
 * Lit's `html` tag, as lit-html defines it (a template result of Lit 3 is this object), written
 * into a strings module that has an `html` message: the module imports nothing, so that a bundle
 * keeps Lit in the code that imports the strings rather than splitting it off to share it.
 */
const HTML_TAG = "const html = (strings, ...values) => ({ ['_$litType$']: 1, strings, values });";

/** The source of a strings module, or undefined for no such module. */
async function stringsSource(kind, rest) {
  const { targetLocales } = readLocalizeConfig();
  const groups = await readMessageGroups();
  const elements = await readRegistry();
  const tags = elements.map(({ tag }) => tag);
  // A folder's group exists only where its files have messages.
  const folders = [...groups.keys()].filter((group) => group.includes('.'));
  const known = (group) => group === 'base' || tags.includes(group) || folders.includes(group);
  if (kind === 'strings-of' && rest.length === 0) {
    const all = ['base', ...tags, ...folders];
    return [
      ...all.map((group, i) => `import g${i} from ${quote(`${PREFIX}strings-of/${group}`)};`),
      `export default [${all.map((_, i) => `g${i}`).join(', ')}];`,
    ].join('\n');
  }
  if (kind === 'strings-of' && rest.length === 1 && known(rest[0])) {
    const loaders = groups.has(rest[0])
      ? targetLocales.map((locale) => `  ${quote(locale)}: () => import(${quote(`${PREFIX}strings/${locale}/${rest[0]}`)}),`)
      : [];
    return ['export default {', ...loaders, '};'].join('\n');
  }
  if (kind === 'strings' && rest.length === 2 && targetLocales.includes(rest[0]) && groups.has(rest[1])) {
    const templates = (await readTranslations()).get(rest[0]);
    const entries = groups
      .get(rest[1])
      .filter(({ id }) => templates[id] !== undefined)
      .map(({ id, key }) => `  ${quote(key)}: ${entrySource(templates[id])},`);
    const html = entries.some((entry) => entry.includes(': html`'));
    return [...(html ? [HTML_TAG] : []), 'export default {', ...entries, '};'].join('\n');
  }
  return undefined;
}

/** The source of one virtual module, by its name after the prefix; undefined for no such module. */
async function moduleSource(name) {
  const elements = await readRegistry();
  const byTag = (tag) => elements.find((element) => element.tag === tag);
  const [kind, ...rest] = name.split('/');
  const arg = rest.join('/');
  if (kind === 'strings-of' || kind === 'strings') return stringsSource(kind, rest);

  if (kind === 'define' && !arg) {
    return elements.map(({ tag }) => `import ${quote(`${PREFIX}define/${tag}`)};`).join('\n');
  }
  if (kind === 'define' && byTag(arg)) {
    const { tag, className } = byTag(arg);
    return [
      `import { defineElement } from ${source('src/base/define.ts')};`,
      `import { ${className} } from ${componentModule(tag)};`,
      ...alsoDefines(tag, elements),
      `defineElement(${quote(tag)}, ${className});`,
      `export { ${className} };`,
    ].join('\n');
  }
  if (kind === 'elements') {
    return elements.map(({ tag, className }) => `export { ${className} } from ${componentModule(tag)};`).join('\n');
  }
  if (kind === 'react' && !arg) {
    return elements
      .map(({ tag, className }) => `export { ${className} } from ${quote(`${PREFIX}react/${tag}`)};`)
      .join('\n');
  }
  if (kind === 'react' && byTag(arg)) {
    const { tag, className, events } = byTag(arg);
    const own = events.map((event) => `${reactProp(event)}: ${quote(event)}`);
    return [
      `import { roleEvents, wrap } from ${source('src/react/wrap.ts')};`,
      `import { ${className} as Element } from ${componentModule(tag)};`,
      ...alsoDefines(tag, elements),
      `export const ${className} = /* @__PURE__ */ wrap(${quote(tag)}, Element, { ...roleEvents${own.map((p) => `, ${p}`).join('')} });`,
    ].join('\n');
  }
  if (kind === 'loader') {
    return [
      'export const ELEMENT_MODULES = {',
      ...elements.map(({ tag }) => `  ${quote(tag)}: () => import(${quote(`${PREFIX}define/${tag}`)}),`),
      '};',
    ].join('\n');
  }
  if (kind === 'sections') {
    const list = sections(elements).map(({ tag, parts }) => `{ tag: ${quote(tag)}, parts: ${quote(parts)} }`);
    return `export const SECTIONS = [\n  ${list.join(',\n  ')},\n];`;
  }
  if (kind === 'parts-of' && byTag(arg)) {
    const { parts } = byTag(arg);
    return [
      ...parts.map((key, i) => `import p${i} from ${quote(`${PREFIX}part/${key}`)};`),
      `export default [${parts.map((_, i) => `p${i}`).join(', ')}];`,
    ].join('\n');
  }
  const roles = readRoles();
  if (kind === 'part') {
    const has = (role) => arg === 'core' || (!CORE_KEYS.has(arg) && role[arg] !== undefined);
    const loaders = roles
      .filter(has)
      .map(({ id }) => `    ${quote(id)}: () => import(${quote(`${PREFIX}role/${id}/${arg}`)}),`);
    return [`export default {`, `  key: ${quote(arg)},`, '  roles: {', ...loaders, '  },', '};'].join('\n');
  }
  if (kind === 'roles') {
    const keys = await partKeys();
    return [
      ...keys.map((key, i) => `import p${i} from ${quote(`${PREFIX}part/${key}`)};`),
      `export const ALL_PARTS = [${keys.map((_, i) => `p${i}`).join(', ')}];`,
      `export const ROLE_TITLES = ${quote(Object.fromEntries(roles.map(({ id, title }) => [id, title])))};`,
      `export const ROLE_LANGUAGES = ${quote(Object.fromEntries(roles.map(({ id, language }) => [id, language ?? 'en'])))};`,
    ].join('\n');
  }
  if (kind === 'role') {
    const [id, key] = rest;
    const role = roles.find((candidate) => candidate.id === id);
    if (!role) return undefined;
    const data =
      key === 'core'
        ? { id: role.id, ...(role.language ? { language: role.language } : {}), title: role.title, ...(role.sources ? { sources: role.sources } : {}) }
        : role[key];
    return data === undefined ? undefined : `export default ${quote(data)};`;
  }
  return undefined;
}

/**
 * Chunk names for a script-tag build: a role's data under roles/<id>/<key>-<hash>.js, the table
 * of a part's files under parts/<key>-<hash>.js, the strings of a group in a locale under
 * locales/<locale>/<group>-<hash>.js, shared code under `dir`.
 */
export function chunkFileNames(dir) {
  return (chunk) => {
    const ids = chunk.facadeModuleId ? [chunk.facadeModuleId] : (chunk.moduleIds ?? []);
    const names = ids.map((id) => id.match(/career-widgets-virtual\/(role|part|strings)\/(.+)$/));
    if (names.length !== 1 || !names[0]) return `${dir}/[name]-[hash].js`;
    const [, kind, name] = names[0];
    return `${{ role: 'roles', part: 'parts', strings: 'locales' }[kind]}/${name}-[hash].js`;
  };
}

/** The tags of not-yet-defined elements in the stylesheet, from the registry. */
export async function stylesheet(css = readFileSync(CSS, 'utf8')) {
  const tags = (await readRegistry()).map(({ tag }) => tag).join(', ');
  return css.replace(TAG_LIST, `:where(${tags}):not(:defined)`);
}

function LOCALIZE_HAS_NO_SIDE_EFFECTS(id) {
  return /node_modules\/@lit\/localize\//.test(id) ? false : undefined;
}

/**
 * The plugin. `root`: where `/src/...` imports of the virtual modules resolve (the repository);
 * web-test-runner serves the same files by URL and passes `serveByUrl`.
 */
export function careerWidgets({ serveByUrl = false } = {}) {
  return {
    name: 'career-widgets',
    enforce: 'pre',
    config() {
      // @lit/localize declares no `sideEffects`, so a bundle would keep its whole runtime
      // (configureLocalization and its state) where only msg(), str and the locale-change
      // controller are used. Its modules only define things, so they count as free of side
      // effects.
      // No `// <module id>` comments in the output: this plugin's ids start with a NUL byte.
      return {
        build: {
          rolldownOptions: {
            treeshake: { moduleSideEffects: LOCALIZE_HAS_NO_SIDE_EFFECTS },
            experimental: { attachDebugInfo: 'none' },
          },
        },
      };
    },
    resolveId(id, importer) {
      if (id.startsWith(PREFIX)) return `\0${id}`;
      // A build's entry, which Vite hands over as a path under the root.
      if (id.startsWith(join(ROOT, PREFIX))) return `\0${id.slice(ROOT.length + 1)}`;
      // The virtual modules import sources by their path from the repository root.
      if (importer?.startsWith(`\0${PREFIX}`) && id.startsWith('/src/')) {
        return serveByUrl ? id : { id: join(ROOT, id), moduleSideEffects: undefined };
      }
      return null;
    },
    async load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const code = await moduleSource(id.slice(PREFIX.length + 1));
      if (code === undefined) this.error(`career-widgets: no module ${id.slice(1)}`);
      return code;
    },
    async transform(code, id) {
      if (id.split('?')[0] !== CSS) return null;
      return { code: await stylesheet(code), map: null };
    },
  };
}
