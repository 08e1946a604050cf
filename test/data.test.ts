import { expect } from '@open-wc/testing';
import {
  getRole,
  getRoleSections,
  listRoles,
  parseRole,
  RoleDataError,
  UnknownRoleError,
  BUNDLED_ROLE_IDS,
} from '../src/index.js';

// Every part of a role is its own module: room for more than the default 250 resource entries.
performance.setResourceTimingBufferSize(10_000);

const loadedFrom = (part: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(part)).length;

/** The role data files this page has loaded, as `<id>/<part>` (the build plugin serves them). */
const roleFiles = (id = '') =>
  performance
    .getEntriesByType('resource')
    .map((entry) => decodeURIComponent(entry.name).match(/career-widgets-virtual\/role\/([\w-]+\/\w+)/)?.[1])
    .filter((file): file is string => file !== undefined && file.startsWith(id));

describe('runtime API (source modules)', () => {
  it('listRoles() gives ids and titles without loading any role data', () => {
    expect(listRoles()).to.deep.equal([
      { id: 'security-technician', title: 'Security Technician' },
      { id: 'security-systems-technician', title: 'Security Systems Technician' },
      { id: 'security-engineer', title: 'Security Engineer' },
    ]);
    expect(roleFiles()).to.deep.equal([]);
  });

  it('getRoleSections() downloads only the core and the sections asked for', async () => {
    const role = await getRoleSections('security-engineer', ['salary', 'careerTiers']);
    expect(Object.keys(role)).to.deep.equal(['id', 'title', 'sources', 'salary']);
    expect(role.salary?.central).to.deep.equal({ kind: 'average', amount: 105934 });
    expect(roleFiles()).to.deep.equal(['security-engineer/core', 'security-engineer/salary']);
    expect(await getRoleSections('security-engineer', ['salary'])).to.equal(role);
  });

  it('getRole() loads one whole role, each part once, and never the validator', async () => {
    const [a, b] = await Promise.all([getRole('security-technician'), getRole('security-technician')]);
    expect(a).to.equal(b);
    expect(a.title).to.equal('Security Technician');
    expect(a.salary?.central).to.deep.equal({ kind: 'median', amount: 60000 });
    const files = roleFiles('security-technician/');
    expect(files.length).to.equal(Object.keys(a).length - 2); // every part plus core; id and title live in core
    expect(new Set(files).size).to.equal(files.length);
    expect(loadedFrom('/node_modules/zod/')).to.equal(0);
  });

  it('getRole() resolves every bundled role', async () => {
    for (const id of BUNDLED_ROLE_IDS) expect((await getRole(id)).id).to.equal(id);
  });

  it('getRole() rejects an unknown id with the known ids listed', async () => {
    const error = await getRole('astronaut').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(UnknownRoleError);
    const message = (error as Error).message;
    expect(message).to.contain('"astronaut"');
    for (const id of BUNDLED_ROLE_IDS) expect(message).to.contain(id);
  });

  it('parseRole() loads the validator on demand and returns the role for valid data', async () => {
    expect(loadedFrom('/node_modules/zod/')).to.equal(0);
    const source = await getRole('security-engineer');
    const parsed = await parseRole(structuredClone(source));
    expect(parsed).not.to.be.instanceOf(RoleDataError);
    expect(parsed).to.deep.equal(source);
    expect(loadedFrom('/node_modules/zod/')).to.be.greaterThan(0);
  });

  it('parseRole() returns a RoleDataError listing each path and message', async () => {
    const source = structuredClone(await getRole('security-technician'));
    const broken = { ...source, salary: { ...source.salary!, min: -1 }, colour: 'red' };
    const result = await parseRole(broken);
    expect(result).to.be.instanceOf(RoleDataError);
    const error = result as RoleDataError;
    expect(error.roleId).to.equal('security-technician');
    expect(error.issues.map((issue) => issue.path)).to.include.members(['salary.min', 'colour']);
    expect(error.message).to.contain('security-technician');
  });

  it('parseRole() rejects what is not an object, without throwing', async () => {
    for (const value of [null, undefined, 42, 'role', [], Number.NaN]) {
      expect(await parseRole(value)).to.be.instanceOf(RoleDataError);
    }
  });
});

describe('the test run', () => {
  it('runs in a real engine: Chromium or Firefox', () => {
    expect(navigator.userAgent).to.match(/Chrome\/|Firefox\//);
    console.log(`engine: ${navigator.userAgent}`);
  });
});
