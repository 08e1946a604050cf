/**
 * The bundled roles as plain objects, and a set of broken documents made from them: each breaks
 * one rule and names the exact path that validation must report.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { SECTION_KEYS, type Role } from '../../src/data/schema.js';

export const ROLE_FILES = readdirSync('data/roles')
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => `data/roles/${name}`);

/** A bundled role file, parsed (and trusted: the schema tests check it separately). */
export function loadRole(id: string): Role {
  return JSON.parse(readFileSync(`data/roles/${id}.json`, 'utf8')) as Role;
}

type Container = Record<string, unknown> | unknown[];

function parentOf(doc: object, path: string): [Container, string] {
  const keys = path.split('.');
  const last = keys.pop()!;
  let node = doc as Container;
  for (const key of keys) node = (node as Record<string, unknown>)[key] as Container;
  return [node, last];
}

/** Sets the value at a dotted path, whatever its type: fixtures break documents on purpose. */
export function put(doc: object, path: string, value: unknown): void {
  const [parent, key] = parentOf(doc, path);
  (parent as Record<string, unknown>)[key] = value;
}

/** Removes the value at a dotted path. */
export function drop(doc: object, path: string): void {
  const [parent, key] = parentOf(doc, path);
  delete (parent as Record<string, unknown>)[key];
}

export interface BrokenCase {
  name: string;
  doc: unknown;
  /** The path validation must report, dotted; '' is the document itself. */
  path: string;
  /** Where the JSON Schema reports the problem, when that differs from `path`. */
  ajvAt?: string;
  /**
   * Set for rules that JSON Schema cannot state (membership in another list, clock-time order);
   * the zod validator still checks them.
   */
  validatorOnly?: string;
}

function broken(
  name: string,
  base: string,
  path: string,
  mutate: (doc: Role) => void,
  validatorOnly?: string,
): BrokenCase {
  const doc = loadRole(base);
  mutate(doc);
  return { name, doc, path, ...(validatorOnly ? { validatorOnly } : {}) };
}

const TECH = 'security-technician';
const ENGINEER = 'security-engineer';

/**
 * The technician's band with percentiles and two areas, as an importer writes them. The
 * figures are made up for these tests (within the band's range, p50 on its median); they are
 * not role data.
 */
export function withFigures(doc: Role): void {
  put(doc, 'salary.asOf', '2024-05');
  put(doc, 'salary.percentiles', { p10: 45000, p25: 50000, p50: 60000, p75: 70000, p90: 78000 });
  put(doc, 'salary.locations', [
    {
      code: 'US-CO',
      name: 'Colorado',
      central: { kind: 'median', amount: 62000 },
      percentiles: { p10: 46000, p50: 62000, p90: { atLeast: 80000 } },
    },
    { code: 'metro:19740', name: 'Denver-Aurora-Centennial, CO', central: { kind: 'average', amount: 64000 } },
  ]);
}

/** A broken salary figure: percentiles, top-coding, reference month and areas. */
function figures(name: string, path: string, mutate: (doc: Role) => void, validatorOnly?: string): BrokenCase {
  return broken(
    name,
    TECH,
    path,
    (doc) => {
      withFigures(doc);
      mutate(doc);
    },
    validatorOnly,
  );
}

function salaryFigureCases(): BrokenCase[] {
  return [
    figures('percentiles out of order', 'salary.percentiles.p75', (d) => put(d, 'salary.percentiles.p75', 55000)),
    figures('a percentile above a top-coded one', 'salary.percentiles.p90', (d) =>
      put(d, 'salary.percentiles.p75', { atLeast: 70000 }),
    ),
    figures('a top-coded floor below a lower percentile', 'salary.percentiles.p90', (d) =>
      put(d, 'salary.percentiles.p90', { atLeast: 65000 }),
    ),
    figures('a median percentile that differs from the central median', 'salary.percentiles.p50', (d) =>
      put(d, 'salary.percentiles.p50', 61000),
    ),
    {
      ...figures('a top-coded median under a central median', 'salary.central.kind', (d) => {
        put(d, 'salary.percentiles', { p10: 45000, p50: { atLeast: 60000 }, p90: { atLeast: 60000 } });
      }),
      ajvAt: 'salary.percentiles.p50',
    },
    figures('a percentile above the maximum', 'salary.percentiles.p90', (d) => put(d, 'salary.percentiles.p90', 90000)),
    figures('a top-coded floor above the maximum', 'salary.percentiles.p90', (d) =>
      put(d, 'salary.percentiles.p90', { atLeast: 90000 }),
    ),
    figures('a percentile below the minimum', 'salary.percentiles.p10', (d) => put(d, 'salary.percentiles.p10', 30000)),
    figures('an empty set of percentiles', 'salary.percentiles', (d) => put(d, 'salary.percentiles', {})),
    figures('a percentile of zero', 'salary.percentiles.p10', (d) => put(d, 'salary.percentiles.p10', 0)),
    figures('a top-coded figure without an amount', 'salary.percentiles.p90', (d) =>
      put(d, 'salary.percentiles.p90', { atLeast: '78000+' }),
    ),
    figures('a top-coded figure with a second field', 'salary.percentiles.p90.atMost', (d) =>
      put(d, 'salary.percentiles.p90', { atLeast: 78000, atMost: 90000 }),
    ),
    figures('a percentile the schema does not know', 'salary.percentiles.p95', (d) =>
      put(d, 'salary.percentiles.p95', 78000),
    ),
    figures('a reference month written as words', 'salary.asOf', (d) => put(d, 'salary.asOf', 'May 2024')),
    figures('a reference month that does not exist', 'salary.asOf', (d) => put(d, 'salary.asOf', '2024-13')),
    figures(
      'a reference month in the future',
      'salary.asOf',
      (d) => put(d, 'salary.asOf', '2999-01'),
      'compares with the current date',
    ),
    figures(
      'two locations with the same code',
      'salary.locations.1.code',
      (d) => put(d, 'salary.locations.1.code', 'US-CO'),
      'compares entries of a list with each other',
    ),
    figures('a location code that is not an area code', 'salary.locations.0.code', (d) =>
      put(d, 'salary.locations.0.code', 'Colorado'),
    ),
    figures('a location without a name', 'salary.locations.0.name', (d) => drop(d, 'salary.locations.0.name')),
    figures('a location with no figure', 'salary.locations.1', (d) => drop(d, 'salary.locations.1.central')),
    figures('a field a location does not have', 'salary.locations.0.median', (d) =>
      put(d, 'salary.locations.0.median', 62000),
    ),
    figures('percentiles out of order in a location', 'salary.locations.0.percentiles.p50', (d) =>
      put(d, 'salary.locations.0.percentiles.p10', 63000),
    ),
    figures('a number above a top-coded figure in a location', 'salary.locations.0.percentiles.p90', (d) => {
      put(d, 'salary.locations.0.percentiles', { p10: 46000, p50: { atLeast: 62000 }, p90: 90000 });
      put(d, 'salary.locations.0.central', { kind: 'average', amount: 64000 });
    }),
    figures('a location median that differs from its p50', 'salary.locations.0.percentiles.p50', (d) =>
      put(d, 'salary.locations.0.central.amount', 61000),
    ),
    figures('a location whose minimum exceeds its maximum', 'salary.locations.1.min', (d) => {
      put(d, 'salary.locations.1.min', 70000);
      put(d, 'salary.locations.1.max', 60000);
      drop(d, 'salary.locations.1.central');
    }),
    figures('a location with a minimum and no maximum', 'salary.locations.1.max', (d) =>
      put(d, 'salary.locations.1.min', 50000),
    ),
    figures('a location central figure outside its range', 'salary.locations.1.central.amount', (d) => {
      put(d, 'salary.locations.1.min', 50000);
      put(d, 'salary.locations.1.max', 60000);
    }),
  ];
}

export function brokenCases(): BrokenCase[] {
  const cases: BrokenCase[] = [
    broken('a missing title', TECH, 'title', (d) => drop(d, 'title')),
    broken('an empty title', TECH, 'title', (d) => put(d, 'title', '   ')),
    broken('a negative salary', TECH, 'salary.min', (d) => put(d, 'salary.min', -42000)),
    broken('a NaN salary', TECH, 'salary.max', (d) => put(d, 'salary.max', Number.NaN)),
    broken('an infinite salary', TECH, 'salary.central.amount', (d) =>
      put(d, 'salary.central.amount', Number.POSITIVE_INFINITY),
    ),
    broken('entry above senior', TECH, 'salary.levels.senior', (d) => {
      put(d, 'salary.levels', { entry: 72600, senior: 47400 });
    }),
    broken('a median outside the range', TECH, 'salary.central.amount', (d) => put(d, 'salary.central.amount', 90000)),
    broken('a level below the range', TECH, 'salary.levels.entry', (d) => put(d, 'salary.levels.entry', 30000)),
    broken('min above max', TECH, 'salary.min', (d) => {
      put(d, 'salary.min', 80000);
      drop(d, 'salary.levels');
      drop(d, 'salary.topEarners');
      put(d, 'salary.central.amount', 79000);
      put(d, 'headline.salary.amount', 79000);
    }),
    broken('an average labelled as a median', ENGINEER, 'headline.salary.kind', (d) => {
      d.headline = { ...d.headline, salary: { kind: 'median', amount: d.salary!.central.amount, currency: 'USD' } };
    }),
    broken('a headline figure that differs from the band', TECH, 'headline.salary.amount', (d) =>
      put(d, 'headline.salary.amount', 61000),
    ),
    broken('overlapping tiers', TECH, 'careerTiers.tiers.1.yearsFrom', (d) =>
      put(d, 'careerTiers.tiers.1.yearsFrom', 1),
    ),
    broken('tiers out of order', TECH, 'careerTiers.tiers.1.yearsFrom', (d) => {
      const tiers = d.careerTiers!.tiers;
      tiers.splice(0, 2, tiers[1]!, tiers[0]!);
    }),
    broken('an open-ended tier before the last', TECH, 'careerTiers.tiers.0.yearsTo', (d) =>
      put(d, 'careerTiers.tiers.0.yearsTo', null),
    ),
    broken('an unknown related role', TECH, 'relatedRoles.ids.0', (d) =>
      put(d, 'relatedRoles', { ids: ['astronaut'] }),
    ),
    broken('a misspelled key', TECH, 'salery', (d) => {
      put(d, 'salery', d.salary);
      drop(d, 'salary');
      drop(d, 'headline.salary');
    }),
    broken('a misspelled nested key', TECH, 'salary.levels.junior', (d) => put(d, 'salary.levels.junior', 45000)),
    broken('a growth rate given as text', TECH, 'jobOutlook.growthRatePercent', (d) => {
      put(d, 'jobOutlook.growthRatePercent', '7%');
      drop(d, 'headline.growthRatePercent');
    }),
    broken('a growth rate that is no percentage', TECH, 'jobOutlook.growthRatePercent', (d) => {
      put(d, 'jobOutlook.growthRatePercent', 7000);
      drop(d, 'headline.growthRatePercent');
    }),
    broken('a lower-case currency', TECH, 'salary.currency', (d) => put(d, 'salary.currency', 'usd')),
    broken('an unknown currency', TECH, 'salary.currency', (d) => put(d, 'salary.currency', 'XYZ')),
    broken('an id that is not kebab-case', TECH, 'id', (d) => put(d, 'id', 'Security_Technician')),
    broken('a wrong type inside a list', TECH, 'faq.items.0.answer', (d) => put(d, 'faq.items.0.answer', 42)),
    broken('a fractional tier year', TECH, 'careerTiers.tiers.0.yearsTo', (d) =>
      put(d, 'careerTiers.tiers.0.yearsTo', 2.5),
    ),
    broken('a badly written clock time', TECH, 'dayInTheLife.blocks.0.start', (d) =>
      put(d, 'dayInTheLife.blocks.0.start', '9am'),
    ),
    broken('a source URL that is not http(s)', TECH, 'sources.0.url', (d) =>
      put(d, 'sources.0.url', 'javascript:alert(1)'),
    ),
    broken('a source with no publisher, title or description', TECH, 'sources.0.publisher', (d) => {
      drop(d, 'sources.0.publisher');
      drop(d, 'sources.0.title');
    }),
    broken('an unknown demand level', TECH, 'marketDemand.level', (d) => put(d, 'marketDemand.level', 'very high')),
    { name: 'a list instead of a role', doc: [loadRole(TECH)], path: '' },
    { name: 'null instead of a role', doc: null, path: '' },
    broken(
      'a section that names a missing source',
      TECH,
      'salary.sources.0',
      (d) => put(d, 'salary.sources', ['nowhere']),
      'names an entry of another list',
    ),
    broken(
      'a day whose blocks overlap',
      TECH,
      'dayInTheLife.blocks.1.start',
      (d) => put(d, 'dayInTheLife.blocks.1.start', '11:00'),
      'compares clock times',
    ),
    broken(
      'a role that relates to itself',
      ENGINEER,
      'relatedRoles.ids.0',
      (d) => put(d, 'relatedRoles', { ids: [ENGINEER] }),
      'compares with the role id',
    ),
  ];

  cases.push(...salaryFigureCases());

  // A wrong type in each section the technician has.
  const tech = loadRole(TECH);
  for (const key of SECTION_KEYS) {
    if (tech[key] === undefined) continue;
    cases.push(
      broken(`a wrong type for the ${key} section`, TECH, key, (d) => {
        put(d, key, 'not a section');
        if (key === 'salary' || key === 'jobOutlook') drop(d, 'headline');
      }),
    );
  }
  return cases;
}
