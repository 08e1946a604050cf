import { expect } from '@open-wc/testing';
import type * as Api from '../src/index.js';

// The built script-tag bundle (npm test builds it before the browser suite runs).
const BUNDLE = '/dist/cdn/career-widgets.js';

const resources = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const fromBundle = () => resources().filter((path) => path.startsWith('/dist/cdn/'));

describe('dist/cdn/career-widgets.js', () => {
  let api: typeof Api;
  before(async () => {
    api = (await import(/* @vite-ignore */ BUNDLE)) as typeof Api;
  });

  it('loads from a plain module import and exposes the runtime API', () => {
    expect(fromBundle()[0]).to.equal(BUNDLE);
    expect(api.listRoles().map((role) => role.id)).to.deep.equal([...api.BUNDLED_ROLE_IDS]);
  });

  it('fetches role data relative to its own URL, one small chunk per part, without the validator', async () => {
    expect(fromBundle().some((path) => path.includes('/roles/'))).to.equal(false);
    const role = await api.getRoleSections('security-technician', ['salary']);
    expect(role.salary?.min).to.equal(42000);
    const loaded = fromBundle();
    const data = loaded.filter((path) => path.includes('/roles/'));
    expect(data).to.have.length(2);
    for (const path of data)
      expect(path).to.match(/^\/dist\/cdn\/roles\/security-technician\/(core|salary)-[\w-]+\.js$/);
    for (const path of loaded) {
      const text = await (await fetch(path)).text();
      expect(text, path).not.to.contain('ZodError');
    }
  });

  it('loads the validator only for parseRole()', async () => {
    const before = resources().length;
    const result = await api.parseRole({ id: 'x', title: 'X' });
    expect(result).to.deep.equal({ id: 'x', title: 'X' });
    expect(resources().length).to.be.greaterThan(before);
  });
});
