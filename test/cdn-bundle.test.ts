import { expect } from '@open-wc/testing';
import type * as Api from '../src/index.js';
import { ELEMENT_TAGS } from '../src/registry.js';
import * as source from '../src/data/catalogue.js';

// The built script-tag bundle (npm test builds it before the browser suite runs).
const BUNDLE = '/dist/cdn/career-widgets.js';

const resources = () => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
const fromBundle = () => resources().filter((path) => path.startsWith('/dist/cdn/'));

describe('dist/cdn/career-widgets.js', () => {
  let api: typeof Api;
  before(async () => {
    api = (await import(/* @vite-ignore */ BUNDLE)) as typeof Api;
  });

  it('defines every element', () => {
    expect(ELEMENT_TAGS.length).to.equal(18);
    for (const tag of ELEMENT_TAGS) {
      const element = customElements.get(tag);
      expect(element, `<${tag}>`).to.be.a('function');
      expect(document.createElement(tag)).to.be.instanceOf(element!);
    }
  });

  it('renders a bundled role from the built files alone', async () => {
    const band = document.createElement('salary-band');
    band.setAttribute('role-id', 'security-technician');
    const loaded = new Promise((resolve) => band.addEventListener('cw-load', resolve, { once: true }));
    document.body.append(band);
    await loaded;
    await (band as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    expect(band.shadowRoot!.textContent).to.contain('$60,000');
    expect(
      resources().some((path) => /^\/dist\/cdn\/roles\/security-technician\/salary-[\w-]{8}\.js$/.test(path)),
    ).to.equal(true);
    band.remove();
  });

  it('loads from a plain module import and exposes the runtime API', () => {
    expect(fromBundle()[0]).to.equal(BUNDLE);
    expect(api.listRoles().map((role) => role.id)).to.deep.equal([...api.BUNDLED_ROLE_IDS]);
  });

  it('fetches role data relative to its own URL, one small file per part, without the validator', async () => {
    const engineer = () => fromBundle().filter((path) => path.includes('/roles/security-engineer/'));
    expect(engineer()).to.deep.equal([]);
    const role = await api.getRoleSections('security-engineer', ['salary']);
    expect(role.salary?.central.amount).to.equal(105934);
    // The role's core (id, title, every source) and the part, as the npm build gives them,
    // fetched side by side (so in either order).
    const strip = (path: string) => path.replace(/-[\w-]{8}\.js$/, '');
    expect(engineer().map(strip).sort()).to.deep.equal([
      '/dist/cdn/roles/security-engineer/core',
      '/dist/cdn/roles/security-engineer/salary',
    ]);
    expect(Object.keys(role)).to.deep.equal(['id', 'title', 'sources', 'salary']);
    const source = await (await fetch('/data/roles/security-engineer.json')).json();
    expect(role.sources).to.deep.equal(source.sources);
    // A part the role lacks: nothing more is downloaded.
    const withoutLadder = await api.getRoleSections('security-engineer', ['careerTiers']);
    expect(withoutLadder).to.deep.equal({
      id: 'security-engineer',
      title: 'Security Engineer',
      sources: source.sources,
    });
    expect(engineer().length).to.equal(2);
    // Every part: the whole role, as in the data file.
    const whole = await api.getRole('security-technician');
    const technician = await (await fetch('/data/roles/security-technician.json')).json();
    expect(whole).to.deep.equal(technician);
    expect(Object.keys(whole).slice(0, 3)).to.deep.equal(['id', 'title', 'sources']);
    for (const path of fromBundle()) {
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

  it('answers the runtime API as the npm modules do', async () => {
    expect(api.listRoles()).to.deep.equal(source.listRoles());
    const requests: [string, Api.PartKey[] | undefined][] = [
      ['security-engineer', ['salary']],
      ['security-engineer', ['careerTiers']],
      ['security-technician', ['faq', 'salary', 'summary']],
      ['security-systems-technician', undefined],
    ];
    for (const [id, parts] of requests) {
      expect(await api.getRoleSections(id, parts), `${id} ${parts}`).to.deep.equal(
        await source.getRoleSections(id, parts),
      );
    }
  });
});
