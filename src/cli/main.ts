/**
 * The career-widgets command line.
 *
 *   career-widgets validate <file.json>…
 *     Prints every problem as `file: path.to.field: message` and exits 1 when any file is
 *     invalid, 2 on a usage error, 0 when every file is a valid role.
 *
 *   career-widgets render <tag> (--role-id <id> | --data <role.json>) [--lang <tag>] [--attr name=value]… [--script <url>]
 *     Writes the element's server-rendered HTML (declarative shadow DOM, see `career-widgets/ssr`)
 *     to stdout, for pages and CMSs that take pasted HTML. `--lang` is the language of the page
 *     it goes into (`de`, `es-MX`), which it is written in. `--script` adds the loader's tag, so
 *     the element hydrates where scripts run. A bad tag, role, data or attribute prints what is
 *     wrong and exits 1; a usage error exits 2.
 *
 *   career-widgets import oews <table.csv> --occ <SOC code> --id <role id> [--areas <codes>]
 *       [--as-of YYYY-MM] [--top-code <annual ceiling>] [--title <title>]
 *     Writes a role with the salary band of one occupation from a BLS OEWS table saved as CSV
 *     (see import-oews.ts). A problem with the table names its row and column and exits 1,
 *     writing nothing to stdout; a usage error exits 2.
 */
import { readFile } from 'node:fs/promises';
import { validateRole } from '../data/validate.js';
import { RoleDataError } from '../data/role-data-error.js';
import type { RoleInput } from '../data/schema.js';
import { UsageError } from './usage-error.js';

const USAGE = [
  'Usage: career-widgets validate <role.json>…',
  '       career-widgets render <tag> (--role-id <id> | --data <role.json>) [--lang <page language>] [--attr name=value]… [--script <loader url>]',
  '       career-widgets render role-compare --attr role-ids=<id>,<id>[,…] [--lang …] [--attr name=value]… [--script …]',
  '       career-widgets import oews <table.csv> --occ <SOC code> --id <role id> [--areas <codes>] [--as-of YYYY-MM]',
  '                                  [--top-code <annual ceiling>] [--title <title>]',
].join('\n');

async function validateFile(file: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return [`${file}: (file): cannot be read: ${(error as Error).message}`];
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [`${file}: (root): is not valid JSON: ${(error as Error).message}`];
  }
  const result = validateRole(value);
  if (!(result instanceof RoleDataError)) return [];
  return result.issues.map((issue) => `${file}: ${issue.path || '(root)'}: ${issue.message}`);
}

interface RenderArguments {
  tag: string;
  roleId?: string;
  data?: string;
  attributes: Record<string, string>;
  lang?: string;
  script?: string;
}

function parseRenderArguments(args: readonly string[]): RenderArguments {
  const [tag, ...rest] = args;
  if (!tag || tag.startsWith('--')) throw new UsageError('render: name the element, e.g. salary-band');
  const parsed: RenderArguments = { tag, attributes: {} };
  for (let i = 0; i < rest.length; i++) {
    const flag = rest[i]!;
    const value = rest[i + 1];
    if (value === undefined || !['--role-id', '--data', '--lang', '--attr', '--script'].includes(flag)) {
      throw new UsageError(value === undefined ? `render: ${flag} needs a value` : `render: unknown option ${flag}`);
    }
    i++;
    if (flag === '--role-id') parsed.roleId = value;
    else if (flag === '--data') parsed.data = value;
    else if (flag === '--script') parsed.script = value;
    else if (flag === '--lang') parsed.lang = value;
    else {
      const at = value.indexOf('=');
      if (at <= 0) throw new UsageError(`render: --attr takes name=value, not "${value}"`);
      parsed.attributes[value.slice(0, at)] = value.slice(at + 1);
    }
  }
  if (tag === 'role-compare') {
    // A comparison names its roles in its own attribute.
    if (parsed.roleId !== undefined || parsed.data !== undefined || !parsed.attributes['role-ids']) {
      throw new UsageError('render role-compare: give the roles to compare as --attr role-ids=<id>,<id>[,…]');
    }
  } else if ((parsed.roleId === undefined) === (parsed.data === undefined)) {
    throw new UsageError('render: give --role-id or --data (one of them)');
  }
  return parsed;
}

/** A `<script>` src, written into HTML: http(s) or a path, never `javascript:`. */
function scriptTag(url: string): string {
  if (/^\s*[a-z][a-z0-9+.-]*:/i.test(url) && !/^\s*https?:/i.test(url)) {
    throw new Error(`--script takes an http(s) URL or a path, not "${url}"`);
  }
  return `<script type="module" src="${url.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></script>`;
}

async function render(args: readonly string[]): Promise<number> {
  const request = parseRenderArguments(args);
  // Loaded here only: server rendering brings Lit's server renderer, which `validate` needs not.
  const { renderElement } = await import('../ssr/index.js');
  let roleData: unknown;
  if (request.data !== undefined) {
    try {
      roleData = JSON.parse(await readFile(request.data, 'utf8'));
    } catch (error) {
      console.error(`${request.data}: cannot be read as JSON: ${(error as Error).message}`);
      return 1;
    }
  }
  const problems: string[] = [];
  let failed = false;
  try {
    const html = await renderElement(request.tag, {
      ...(request.roleId !== undefined ? { roleId: request.roleId } : {}),
      ...(roleData !== undefined ? { roleData: roleData as RoleInput } : {}),
      attributes: request.attributes,
      ...(request.lang !== undefined ? { lang: request.lang } : {}),
      onError: (detail) => {
        failed = true;
        // An attribute it cannot use, the element has already named in its own console warning.
        if (detail.kind === 'invalid-attribute') return;
        problems.push(detail.message);
        for (const issue of detail.issues ?? []) problems.push(`  ${issue.path || '(root)'}: ${issue.message}`);
      },
    });
    if (failed) {
      for (const line of problems) console.error(line);
      return 1;
    }
    process.stdout.write(`${html}\n${request.script !== undefined ? `${scriptTag(request.script)}\n` : ''}`);
    return 0;
  } catch (error) {
    console.error((error as Error).message);
    return 1;
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...files] = argv;
  if (command === 'render' || command === 'import') {
    try {
      if (command === 'render') return await render(files);
      // Loaded here only, like the server renderer for `render`.
      const { runImport } = await import('./import-oews.js');
      return await runImport(files);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      console.error(`${error.message}\n${USAGE}`);
      return 2;
    }
  }
  if (command !== 'validate' || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  let failed = 0;
  for (const file of files) {
    const problems = await validateFile(file);
    if (problems.length > 0) {
      failed++;
      for (const line of problems) console.error(line);
    } else {
      console.log(`${file}: ok`);
    }
  }
  if (failed > 0) console.error(`${failed} of ${files.length} file(s) invalid`);
  return failed > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
