import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { validateRole } from '../../src/data/validate.js';
import { RoleDataError } from '../../src/data/role-data-error.js';
import { BUNDLED_ROLE_IDS } from '../../src/data/role-ids.js';
import type { Role } from '../../src/data/schema.js';
import { ROLE_FILES, brokenCases, loadRole, withFigures } from './role-fixtures.js';

/** Asserts that the role has these sections, and narrows its type to say so. */
function required<K extends keyof Role>(role: Role, keys: K[]): Role & Required<Pick<Role, K>> {
  for (const key of keys) assert.ok(role[key] !== undefined, `missing ${String(key)}`);
  return role as Role & Required<Pick<Role, K>>;
}

describe('bundled roles', () => {
  test('there is one data file per bundled role id', () => {
    assert.deepEqual(
      ROLE_FILES,
      [...BUNDLED_ROLE_IDS].sort().map((id) => `data/roles/${id}.json`),
    );
  });

  for (const id of BUNDLED_ROLE_IDS) {
    test(`${id} validates, and its file name is its id`, () => {
      const role = validateRole(loadRole(id));
      assert.ok(!(role instanceof RoleDataError), role instanceof RoleDataError ? role.message : '');
      assert.equal(role.id, id);
    });
  }

  test('the bundled role ids are the data files (listRoles() reads the titles from the files)', () => {
    const ids = ROLE_FILES.map((file) => file.replace(/^data\/roles\/(.+)\.json$/, '$1'));
    assert.deepEqual([...BUNDLED_ROLE_IDS].sort(), ids.sort());
    for (const id of ids) assert.equal(loadRole(id).id, id);
  });

  test('every section names its sources, and every role records at least one', () => {
    for (const id of BUNDLED_ROLE_IDS) {
      const role = loadRole(id);
      assert.ok(role.sources && role.sources.length > 0, `${id} has no sources`);
      for (const [key, value] of Object.entries(role)) {
        if (value && typeof value === 'object' && !Array.isArray(value)) {
          const sources = (value as { sources?: unknown[] }).sources;
          assert.ok(sources && sources.length > 0, `${id}.${key} names no source`);
        }
      }
    }
  });

  test('the text is free of encoding damage', () => {
    for (const file of ROLE_FILES) {
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, /β€|πŸ|βœ|â€|Ã©|\uFFFD/u, file);
    }
  });
});

describe('the facts the sources give, carried over exactly', () => {
  test('Security Technician: band, median, levels, top earners, growth, tiers', () => {
    const role = required(loadRole('security-technician'), [
      'salary',
      'jobOutlook',
      'headline',
      'marketDemand',
      'careerTiers',
      'faq',
      'caseStudies',
      'dayInTheLife',
      'sources',
    ]);
    assert.deepEqual(
      { min: role.salary.min, max: role.salary.max, central: role.salary.central, levels: role.salary.levels },
      {
        min: 42000,
        max: 78000,
        central: { kind: 'median', amount: 60000 },
        levels: { entry: 47400, mid: 60000, senior: 72600 },
      },
    );
    assert.equal(role.salary.currency, 'USD');
    assert.equal(role.salary.country, 'US');
    assert.equal(role.salary.topEarners?.percentile, 10);
    assert.equal(role.salary.topEarners?.from, 78000);
    assert.equal(role.jobOutlook.growthRatePercent, 7);
    assert.equal(role.headline.remoteFriendly, true);
    assert.equal(role.marketDemand.level, 'high');
    assert.deepEqual(
      role.careerTiers.tiers.map((t) => [t.title, t.yearsFrom, t.yearsTo]),
      [
        ['Junior Security Technician', 0, 2],
        ['Mid-level Security Technician', 3, 5],
        ['Senior Security Technician', 6, 10],
        ['Lead Security Technician / Supervisor', 10, null],
      ],
    );
    assert.equal(role.faq.items.length, 10);
    assert.equal(role.caseStudies.items.length, 4);
    assert.deepEqual(
      role.dayInTheLife.blocks.map((b) => `${b.start}-${b.end}`),
      ['09:00-12:00', '12:00-15:00', '15:00-18:00'],
    );
    const certificates = JSON.stringify(role.certifications);
    for (const name of ['CISSP', 'CompTIA Security+', 'NICET'])
      assert.match(certificates, new RegExp(name.replace('+', '\\+')));
    assert.ok(role.sources.some((s) => s.date === '2025-03-23'));
    assert.ok(role.sources.some((s) => s.publisher === 'U.S. Bureau of Labor Statistics'));
  });

  test('Security Technician: the BLS is cited for the growth rate (the job outlook), not for the headline', () => {
    const role = required(loadRole('security-technician'), ['headline', 'jobOutlook', 'sources']);
    const bls = role.sources.find((s) => s.publisher === 'U.S. Bureau of Labor Statistics');
    assert.ok(bls);
    // The guide's job outlook gives "Growth Rate: 7%" with "Source: U.S. Bureau of Labor Statistics";
    // the headline's $60,000 median is the guide's own figure.
    assert.ok(role.jobOutlook.sources?.includes(bls.id));
    assert.deepEqual(role.headline.sources, ['jobicy-guide']);
    const citing = Object.entries(role)
      .filter(([, value]) => (value as { sources?: string[] } | undefined)?.sources?.includes?.(bls.id))
      .map(([key]) => key);
    assert.deepEqual(citing, ['jobOutlook']);
  });

  test('source titles are written in full, as the pages give them', () => {
    const technician = loadRole('security-technician').sources!.find((s) => s.id === 'job-description-2025');
    assert.equal(technician?.title, 'Security Technician Job Description: Roles, Responsibilities, and Key Skills');
    const engineer = loadRole('security-engineer').sources!;
    assert.deepEqual(
      engineer.map((s) => [s.publisher, s.title]),
      [['Indeed', 'Security Engineer Job Description: Top Duties and Qualifications']],
    );
  });

  test('Security Systems Technician: its page names no publisher or title, and neither does the data', () => {
    const role = loadRole('security-systems-technician');
    assert.equal(role.sources?.length, 1);
    const [source] = role.sources!;
    assert.equal(source!.publisher, undefined);
    assert.equal(source!.title, undefined);
    assert.match(source!.description ?? '', /names no publisher or title/);
    assert.doesNotMatch(JSON.stringify(role), /jobicy/i);
  });

  test('Security Systems Technician publishes no salary, tiers or FAQ', () => {
    const role = loadRole('security-systems-technician');
    for (const absent of ['salary', 'careerTiers', 'faq', 'headline'] as const)
      assert.equal(role[absent], undefined, absent);
    assert.equal(role.workLifeBalance?.stress, 'moderate');
    assert.equal(role.workLifeBalance?.balance, 'good');
  });

  test('Security Engineer: an average of $105,934, with no range', () => {
    const role = required(loadRole('security-engineer'), ['salary', 'faq']);
    assert.deepEqual(role.salary.central, { kind: 'average', amount: 105934 });
    assert.equal(role.salary.min, undefined);
    assert.equal(role.salary.max, undefined);
    assert.equal(role.faq.items.length, 4);
  });
});

describe('broken documents are rejected with the exact path', () => {
  const cases = brokenCases();
  test('the band the salary cases break is valid before they break it', () => {
    const role = loadRole('security-technician');
    withFigures(role);
    const result = validateRole(role);
    assert.ok(!(result instanceof RoleDataError), result instanceof RoleDataError ? result.message : '');
  });
  test('the broken set is large enough', () => assert.ok(cases.length >= 15, `${cases.length} cases`));
  for (const { name, doc, path } of cases) {
    test(name, () => {
      const result = validateRole(doc);
      assert.ok(result instanceof RoleDataError, `accepted: ${name}`);
      const paths = result.issues.map((issue) => issue.path);
      assert.ok(paths.includes(path), `expected an issue at "${path}", got ${JSON.stringify(result.issues)}`);
      for (const issue of result.issues) assert.ok(issue.message.length > 0);
    });
  }
});

test("the README's salary example is valid", () => {
  const readme = readFileSync('README.md', 'utf8');
  const block = /### Salary figures as sources publish them[\s\S]*?```json\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(block, 'no example');
  const role = JSON.parse(`{ "id": "example", "title": "Example", "sources": [{ "id": "bls-oews", "title": "Example" }], ${block} }`);
  const result = validateRole(role);
  assert.ok(!(result instanceof RoleDataError), result instanceof RoleDataError ? result.message : '');
});
