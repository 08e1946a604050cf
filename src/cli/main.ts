/**
 * The career-widgets command line.
 *
 *   career-widgets validate <file.json>…
 *
 * Prints every problem as `file: path.to.field: message` and exits 1 when any file is invalid,
 * 2 on a usage error, 0 when every file is a valid role.
 */
import { readFile } from 'node:fs/promises';
import { validateRole } from '../data/validate.js';
import { RoleDataError } from '../data/role-data-error.js';

const USAGE = 'Usage: career-widgets validate <role.json>…';

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

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...files] = argv;
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
