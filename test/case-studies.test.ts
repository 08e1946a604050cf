import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define/case-studies.js';
import '../src/define/career-role.js';
import type { CaseStudies } from '../src/components/case-studies/case-studies.js';
import type { CareerRole } from '../src/components/career-role/career-role.js';
import { getRole } from '../src/data/catalogue.js';
import {
  STALLING_URL,
  captureWarnings,
  expectAccessibleInBothThemes,
  nextEvent,
  render,
  roleCopy,
  settled,
  textOf,
} from './helpers.js';

type Feature = { name: string; value: string };
/** Emulates media features where the engine can (Chromium); false elsewhere. */
const emulate = (features: Feature[]) => executeServerCommand<boolean, Feature[]>('cw-emulate-media', features);

const part = (el: CaseStudies, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: CaseStudies, name: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
const clean = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Each case study as the reader gets it. */
const shownStudies = (el: CaseStudies) =>
  parts(el, 'study').map((study) => ({
    title: clean(study.querySelector('[part~="subheading"]')!),
    story: clean(study.querySelector('[part~="story"]')!),
    takeaway: clean(study.querySelector('[part~="takeaway"]')!),
  }));

describe('<case-studies>', () => {
  describe('case studies from the data', () => {
    it('shows the four Security Technician case studies exactly, each takeaway labelled', async () => {
      const data = await getRole('security-technician');
      const el = await render<CaseStudies>(html`<case-studies role-id="security-technician"></case-studies>`);
      expect(el.state).to.equal('ready');
      expect(clean(part(el, 'heading')!)).to.equal('Case studies: Security Technician');
      expect(shownStudies(el)).to.deep.equal(
        data.caseStudies!.items.map((item) => ({
          title: item.title,
          story: item.story,
          takeaway: `Key takeaway: ${item.takeaway}`,
        })),
      );
      expect(shownStudies(el).length).to.equal(4);
      expect(shownStudies(el).map((study) => study.title)).to.deep.equal([
        'Campus-Wide Surveillance Upgrade',
        'Biometric Access Control at a Corporate HQ',
        'Emergency Repair of a Hospital Alarm System',
        'Smart Home Security for a Residential Complex',
      ]);
      expect(shownStudies(el)[2]!.takeaway).to.equal(
        'Key takeaway: In high-stakes settings, being ready for emergency repairs and solving problems well are essential.',
      );
      // The label is text, one per study, inside the takeaway it names.
      const labels = parts(el, 'takeaway-label');
      expect(labels.map(clean)).to.deep.equal(Array(4).fill('Key takeaway:'));
      labels.forEach((label, i) => expect(parts(el, 'takeaway')[i]!.contains(label)).to.equal(true));
      // A real list of studies.
      expect(part(el, 'studies')!.localName).to.equal('ul');
      expect(part(el, 'studies')!.querySelectorAll(':scope > li').length).to.equal(4);
      expect(textOf(el)).to.contain('Source: Jobicy, “Security Technician Career Path Guide”');
      await expectAccessibleInBothThemes(el);
    });

    for (const [id, title] of [
      ['security-systems-technician', 'Security Systems Technician'],
      ['security-engineer', 'Security Engineer'],
    ] as const) {
      it(`says so when a role publishes no case studies (${title})`, async () => {
        const el = await render<CaseStudies>(html`<case-studies role-id=${id}></case-studies>`);
        expect(el.state).to.equal('ready');
        expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
        expect(part(el, 'studies')).to.equal(null);
        expect(clean(part(el, 'heading')!)).to.equal(`Case studies: ${title}`);
        expect(clean(part(el, 'message')!)).to.equal(`No case studies are published for ${title}.`);
        await expectAccessibleInBothThemes(el);
      });
    }

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-technician');
      data.caseStudies!.items[0]!.story = '<img src=x onerror=alert(1)>';
      data.caseStudies!.items[0]!.title = '<i>Upgrade</i>';
      const el = await render<CaseStudies>(html`<case-studies .roleData=${data}></case-studies>`);
      expect(el.shadowRoot!.querySelector('img, i')).to.equal(null);
      expect(shownStudies(el)[0]!.story).to.equal('<img src=x onerror=alert(1)>');
      expect(shownStudies(el)[0]!.title).to.equal('<i>Upgrade</i>');
    });
  });

  describe('layout', () => {
    it('sets two cards per row in wide containers and one in narrow ones', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="width: 400px"><case-studies role-id="security-technician"></case-studies></div>
          <div style="width: 800px"><case-studies role-id="security-technician"></case-studies></div>
        </div>`,
      );
      const [narrow, wide] = [...wrapper.querySelectorAll('case-studies')];
      await Promise.all([settled(narrow!), settled(wide!)]);
      const rows = (el: CaseStudies) =>
        new Set(parts(el, 'study').map((study) => Math.round(study.getBoundingClientRect().top))).size;
      expect(rows(wide!)).to.equal(2);
      expect(rows(narrow!)).to.equal(4);
      // The takeaways of a row line up at the bottom of their cards.
      const [first, second] = parts(wide!, 'takeaway').map((t) => t.getBoundingClientRect());
      expect(first!.bottom).to.be.closeTo(second!.bottom, 1);
    });

    it('is readable at 280px: nothing overflows its box', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><case-studies role-id="security-technician"></case-studies></div>`,
      );
      const el = await settled(wrapper.querySelector('case-studies')!);
      const base = part(el, 'base')!;
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const right = base.getBoundingClientRect().right;
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="study"], [part~="study"] > *')) {
        expect(node.scrollWidth, clean(node)).to.be.at.most(node.clientWidth + 1);
        expect(node.getBoundingClientRect().right, clean(node)).to.be.at.most(right);
      }
    });
  });

  describe('choosing the role', () => {
    it('takes validated roleData', async () => {
      const data = await roleCopy('security-engineer');
      data.caseStudies = { items: [{ title: 'Red team', story: 'They tried the doors.', takeaway: 'Lock doors.' }] };
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<CaseStudies>(html`<case-studies .roleData=${data}></case-studies>`);
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail).to.deep.equal({ roleId: 'security-engineer', title: 'Security Engineer', source: 'role-data' });
      expect(shownStudies(el)).to.deep.equal([
        { title: 'Red team', story: 'They tried the doors.', takeaway: 'Key takeaway: Lock doors.' },
      ]);
    });

    it('takes role-id, and re-renders when it changes', async () => {
      const el = await render<CaseStudies>(html`<case-studies role-id="security-technician"></case-studies>`);
      expect(shownStudies(el).length).to.equal(4);
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-systems-technician';
      expect((await loaded).detail).to.include({ roleId: 'security-systems-technician', source: 'role-id' });
      await el.updateComplete;
      expect(textOf(el)).to.contain('No case studies are published for Security Systems Technician.');
    });

    it('fetches src when it is the only source', async () => {
      const loaded = nextEvent(document, 'cw-load');
      const el = await render<CaseStudies>(html`<case-studies src="/__cw/role/security-technician"></case-studies>`);
      expect((await loaded).detail.source).to.equal('src');
      expect(shownStudies(el)[3]!.title).to.equal('Smart Home Security for a Residential Complex');
    });

    it('uses the role of the nearest <career-role>', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <career-role role-id="security-technician">
            <section><case-studies heading-level="2"></case-studies></section>
          </career-role>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('case-studies')!);
      expect(el.loadedRole?.id).to.equal('security-technician');
      expect(shownStudies(el)[1]!.title).to.equal('Biometric Access Control at a Corporate HQ');
      const reloaded = nextEvent(el, 'cw-load');
      wrapper.querySelector<CareerRole>('career-role')!.roleId = 'security-engineer';
      expect((await reloaded).detail).to.include({ roleId: 'security-engineer', source: 'context' });
      await el.updateComplete;
      expect(textOf(el)).to.contain('No case studies are published for Security Engineer.');
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as the ready state at 800px', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <case-studies src=${STALLING_URL}></case-studies>
          <case-studies role-id="security-technician"></case-studies>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('case-studies')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(clean(part(loading!, 'heading')!)).to.equal('Case studies');
      expect(loading!.shadowRoot!.querySelectorAll('.skeleton-study').length).to.equal(4);
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(ready!.getBoundingClientRect().height, 2);
      loading!.style.setProperty('--cw-case-studies-min-height', '80em');
      expect(part(loading!, 'base')!.getBoundingClientRect().height).to.be.closeTo(
        80 * parseFloat(getComputedStyle(loading!).fontSize),
        1,
      );
      await expectAccessibleInBothThemes(loading!);
    });

    it('keeps the reserved height in the absent, unset and error states', async () => {
      const warnings = captureWarnings();
      try {
        const container = await fixture<HTMLDivElement>(
          html`<div style="width: 800px">
            <case-studies role-id="security-technician"></case-studies>
            <case-studies role-id="security-engineer"></case-studies>
            <case-studies></case-studies>
            <case-studies role-id="astronaut"></case-studies>
          </div>`,
        );
        const [ready, absent, unset, failed] = [...container.querySelectorAll('case-studies')];
        await Promise.all([settled(ready!), settled(absent!), settled(failed!)]);
        expect(unset!.state).to.equal('unset');
        expect(failed!.state).to.equal('error');
        const height = ready!.getBoundingClientRect().height;
        for (const el of [absent!, unset!, failed!]) {
          expect(el.getBoundingClientRect().height).to.be.closeTo(height, 2);
        }
      } finally {
        warnings.restore();
      }
    });

    it('shows invalid roleData as an error: message, cw-error with issues, a warning with the path', async () => {
      const warnings = captureWarnings();
      try {
        const data = await roleCopy('security-technician');
        data.caseStudies!.items[2]!.takeaway = '   ';
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<CaseStudies>(html`<case-studies .roleData=${data}></case-studies>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('caseStudies.items.2.takeaway');
        expect(textOf(el)).to.contain('The career data for this section is not valid, so it cannot be shown.');
        expect(clean(part(el, 'heading')!)).to.equal('Case studies');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('caseStudies.items.2.takeaway');
        expect(warnings.messages.find((m) => m.includes('caseStudies.items.2.takeaway'))).to.exist;
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<CaseStudies>(html`<case-studies></case-studies>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('reading and keyboard', () => {
    it('adds no tab stops: Tab goes straight through', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button>
          <case-studies role-id="security-technician"></case-studies>
          <button id="after">after</button>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('case-studies')!);
      expect(el.shadowRoot!.querySelectorAll('[tabindex], a, button, input').length).to.equal(0);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement?.id).to.equal('before');
    });

    it('uses heading-level for its heading and the study titles below it', async () => {
      const el = await render<CaseStudies>(
        html`<case-studies role-id="security-technician" heading-level="2"></case-studies>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(parts(el, 'subheading').map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3']);
      el.headingLevel = 6;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h6');
      // Capped at h6.
      expect(parts(el, 'subheading').map((h) => h.localName)).to.deep.equal(['h6', 'h6', 'h6', 'h6']);
    });
  });

  describe('looks', () => {
    afterEach(async () => {
      await emulate([]);
    });

    it('switches colours with theme and follows its custom properties', async () => {
      const el = await render<CaseStudies>(
        html`<case-studies role-id="security-technician" theme="light"></case-studies>`,
      );
      const takeaway = part(el, 'takeaway')!;
      const light = getComputedStyle(takeaway).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(takeaway).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-case-studies-card-background', 'rgb(1, 2, 3)');
      el.style.setProperty('--cw-case-studies-takeaway-background', 'rgb(4, 5, 6)');
      el.style.setProperty('--cw-case-studies-takeaway-accent', 'rgb(7, 8, 9)');
      expect(getComputedStyle(part(el, 'study')!).backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(takeaway).backgroundColor).to.equal('rgb(4, 5, 6)');
      expect(getComputedStyle(takeaway).borderInlineStartColor).to.equal('rgb(7, 8, 9)');
    });

    it('keeps cards and takeaways outlined in forced-colours mode', async () => {
      const el = await render<CaseStudies>(html`<case-studies role-id="security-technician"></case-studies>`);
      if (await emulate([{ name: 'forced-colors', value: 'active' }])) {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const takeaway = getComputedStyle(part(el, 'takeaway')!);
        expect(takeaway.borderInlineStartStyle).to.equal('solid');
        expect(parseFloat(takeaway.borderInlineStartWidth)).to.be.greaterThan(0);
        expect(getComputedStyle(part(el, 'study')!).borderTopStyle).to.equal('solid');
        await expect(el).to.be.accessible();
      } else {
        const rules = el
          .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
          .filter(
            (rule): rule is CSSMediaRule =>
              rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'),
          )
          .flatMap((rule) => [...rule.cssRules].map((inner) => (inner as CSSStyleRule).selectorText));
        expect(rules.join()).to.contain('.takeaway');
      }
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px"><case-studies role-id="security-technician"></case-studies></div>`,
        );
        const el = await settled(wrapper.querySelector('case-studies')!);
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(part(el, 'story')!)).to.equal(16);
        expect(size(part(el, 'takeaway')!)).to.equal(16);
        expect(size(part(el, 'takeaway-label')!)).to.equal(14);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('uses no style attribute strings (strict CSP)', async () => {
      const el = await render<CaseStudies>(html`<case-studies role-id="security-technician"></case-studies>`);
      expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: CaseStudies = document.createElement('case-studies');
    expect(el).to.be.instanceOf(customElements.get('case-studies')!);
  });
});
