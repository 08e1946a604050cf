/**
 * The snippets the embed builder (embed-builder.ts) offers for one element: the script-tag
 * embed the README documents, the npm install and import, and the `career-widgets render`
 * command that writes static HTML for a CMS that takes only pasted HTML. Plain functions of
 * what was chosen, so each escape and quote can be checked on its own.
 */
import { VERSION } from '../src/version.js';

/** The package CDN folder of this version, as the README's script-tag example writes it. */
export const CDN_FOLDER = `https://cdn.example/npm/career-widgets@${VERSION}/dist/cdn`;
/** The stylesheet that reserves each element's space before its script arrives. */
export const STYLESHEET_URL = `${CDN_FOLDER}/career-widgets.css`;
/** The script-tag autoloader. */
export const LOADER_URL = `${CDN_FOLDER}/loader.js`;

/** One element as chosen: its tag, its bundled role and its other attributes, in order. */
export interface Embed {
  readonly tag: string;
  readonly roleId: string;
  /** Name and value of each attribute besides `role-id`. */
  readonly attributes: readonly (readonly [name: string, value: string])[];
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** `text` made safe inside an HTML attribute value in double quotes, or as text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** The element's markup: `<tag role-id="…" name="value"></tag>`, every value escaped. */
export function elementMarkup({ tag, roleId, attributes }: Embed): string {
  const pairs = [['role-id', roleId] as const, ...attributes].map(([name, value]) => ` ${name}="${escapeHtml(value)}"`);
  return `<${tag}${pairs.join('')}></${tag}>`;
}

/** The stylesheet link and the loader, as the README documents them, then the element. */
export function scriptTagSnippet(embed: Embed): string {
  return [
    `<link rel="stylesheet" href="${STYLESHEET_URL}" />`,
    `<script type="module" src="${LOADER_URL}"></script>`,
    '',
    elementMarkup(embed),
  ].join('\n');
}

/** The three steps of an npm install: the command, the import that defines the element, the markup. */
export function npmSnippets(embed: Embed): { install: string; import: string; markup: string } {
  return {
    install: 'npm install career-widgets',
    import: `import 'career-widgets/${embed.tag}.js';`,
    markup: elementMarkup(embed),
  };
}

/** Characters a POSIX shell reads literally outside quotes. */
const SHELL_SAFE = /^[A-Za-z0-9@%+=:,./_-]+$/;

/**
 * `word` as one word of a POSIX shell command: unchanged when it holds only characters the
 * shell reads literally, else in single quotes, inside which only `'` itself needs care (it
 * closes the quotes, adds an escaped quote and opens them again).
 */
export function shellQuote(word: string): string {
  if (SHELL_SAFE.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/**
 * The command that writes the element as static HTML:
 * `npx career-widgets render <tag> --role-id <id> [--attr name=value …] [--script <loader url>]`.
 * With `script`, the output also loads the script-tag loader, so the element becomes
 * interactive where the CMS keeps scripts.
 */
export function renderCommand(embed: Embed, { script }: { script: boolean }): string {
  const words = ['npx', 'career-widgets', 'render', embed.tag, '--role-id', embed.roleId];
  for (const [name, value] of embed.attributes) words.push('--attr', `${name}=${value}`);
  if (script) words.push('--script', LOADER_URL);
  return words.map(shellQuote).join(' ');
}
