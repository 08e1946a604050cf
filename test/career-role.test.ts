import { expect, fixture, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/career-role';
import 'career-widgets-virtual/define/salary-band';
import { CareerRole as CareerRoleClass, type CareerRole } from '../src/components/career-role/career-role.js';
import type { SalaryBand } from '../src/components/salary-band/salary-band.js';
import { describeRoleSource } from './element-contract.js';
import { STALLING_URL, captureWarnings, hitsOf, nextEvent, roleCopy, settled, textOf } from './helpers.js';

describe('<career-role>', () => {
  describeRoleSource('career-role', { view: (el) => el.loadedRole });

  it('provides one load to every element inside it, at any depth', async () => {
    const key = `shared-${Math.random().toString(36).slice(2)}`;
    const root = await fixture<CareerRole>(
      html`<career-role src=${`/__cw/counted/${key}/role/security-technician`}>
        <salary-band></salary-band>
        <div>
          <div><salary-band period="month"></salary-band></div>
        </div>
        <salary-band period="hour"></salary-band>
      </career-role>`,
    );
    const bands = [...root.querySelectorAll('salary-band')];
    await Promise.all(bands.map((band) => settled(band)));
    expect(bands.map((band) => band.state)).to.deep.equal(['ready', 'ready', 'ready']);
    expect(new Set(bands.map((band) => band.loadedRole)).size).to.equal(1);
    expect(await hitsOf(key)).to.equal(1);
  });

  it('reaches elements that were defined before it, as when the loader fetches them apart', async () => {
    class LateRole extends CareerRoleClass {}
    const root = await fixture<HTMLElement>(
      html`<cw-late-role role-id="security-engineer"><salary-band></salary-band></cw-late-role>`,
    );
    const band = root.querySelector('salary-band')!;
    await band.updateComplete;
    expect(band.state).to.equal('unset');
    const loaded = nextEvent(band, 'cw-load');
    customElements.define('cw-late-role', LateRole);
    expect((await loaded).detail).to.include({ roleId: 'security-engineer', source: 'context' });
  });

  it('adds no chrome of its own', async () => {
    const root = await fixture<CareerRole>(
      html`<career-role role-id="security-technician"><p>Host text</p></career-role>`,
    );
    await settled(root);
    expect(getComputedStyle(root).display).to.equal('contents');
    expect([...root.shadowRoot!.children].map((child) => child.localName)).to.deep.equal(['slot']);
    expect(root.textContent!.trim()).to.equal('Host text');
  });

  it('fires cw-load itself, and tells its elements the role came from the context', async () => {
    const own = nextEvent(document, 'cw-load');
    const root = await fixture<CareerRole>(html`<career-role role-id="security-engineer"></career-role>`);
    expect((await own).detail).to.deep.equal({
      roleId: 'security-engineer',
      title: 'Security Engineer',
      source: 'role-id',
    });
    const band = document.createElement('salary-band');
    const inner = nextEvent(band, 'cw-load');
    root.append(band);
    expect((await inner).detail.source).to.equal('context');
  });

  it('hands a failure down as each element’s error state, warning once', async () => {
    const warnings = captureWarnings();
    try {
      const failed = nextEvent(document, 'cw-error');
      const root = await fixture<CareerRole>(
        html`<career-role src="/__cw/status/404">
          <salary-band></salary-band><salary-band></salary-band>
        </career-role>`,
      );
      expect((await failed).detail.kind).to.equal('http');
      const bands = [...root.querySelectorAll('salary-band')];
      await Promise.all(bands.map((band) => settled(band)));
      for (const band of bands) {
        expect(band.state).to.equal('error');
        expect(textOf(band)).to.contain('could not be found');
      }
      expect(warnings.messages.filter((m) => m.includes('404')).length).to.equal(1);
    } finally {
      warnings.restore();
    }
  });

  it('shows its elements loading while it loads', async () => {
    const root = await fixture<CareerRole>(
      html`<career-role src=${STALLING_URL}><salary-band></salary-band></career-role>`,
    );
    const band = root.querySelector('salary-band')!;
    await band.updateComplete;
    expect(root.state).to.equal('loading');
    expect(band.state).to.equal('loading');
  });

  it('validates roleData and re-provides when its role changes', async () => {
    const root = await fixture<CareerRole>(
      html`<career-role role-id="security-technician"><salary-band></salary-band></career-role>`,
    );
    const band = await settled(root.querySelector<SalaryBand>('salary-band')!);
    expect(band.loadedRole?.id).to.equal('security-technician');
    const data = await roleCopy('security-engineer');
    const changed = nextEvent(band, 'cw-load');
    root.roleData = data;
    expect((await changed).detail.roleId).to.equal('security-engineer');
    const warnings = captureWarnings();
    try {
      const broken = await roleCopy('security-engineer');
      (broken as { title: unknown }).title = 42;
      const failed = nextEvent(band, 'cw-error');
      root.roleData = broken;
      const { detail } = await failed;
      expect(detail.issues?.map((issue) => issue.path)).to.deep.equal(['title']);
    } finally {
      warnings.restore();
    }
  });

  it('lets an inner <career-role> override an outer one', async () => {
    const outer = await fixture<CareerRole>(
      html`<career-role role-id="security-technician">
        <salary-band id="a"></salary-band>
        <career-role role-id="security-engineer"><salary-band id="b"></salary-band></career-role>
      </career-role>`,
    );
    const a = await settled(outer.querySelector<SalaryBand>('#a')!);
    const b = await settled(outer.querySelector<SalaryBand>('#b')!);
    expect(a.loadedRole?.id).to.equal('security-technician');
    expect(b.loadedRole?.id).to.equal('security-engineer');
  });

  it('reload() fetches again after a failure', async () => {
    const warnings = captureWarnings();
    try {
      const key = `reload-${Math.random().toString(36).slice(2)}`;
      const root = await fixture<CareerRole>(
        html`<career-role src=${`/__cw/counted/${key}/status/503`}></career-role>`,
      );
      await settled(root);
      expect(root.state).to.equal('error');
      expect(await hitsOf(key)).to.equal(1);
      root.reload();
      await settled(root);
      expect(await hitsOf(key)).to.equal(2);
    } finally {
      warnings.restore();
    }
  });
});
