import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'career-widgets-virtual/define/career-guide';
import type { CareerGuide } from '../src/components/career-guide/career-guide.js';
import { GUIDE_SECTIONS } from '../src/components/career-guide/guide-sections.js';
import { SECTION_KEYS } from '../src/data/schema.js';
import type { PartKey } from '../src/data/role-index-types.js';
import { getRole } from '../src/data/catalogue.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import { describeElement } from './element-contract.js';
import { captureWarnings, hitsOf, nextEvent, render, settled, textOf } from './helpers.js';

type SectionElement = RoleSourceElement & { updateComplete: Promise<boolean> };

/** Every part of a role: the sections and the summary. */
const ALL_KEYS: PartKey[] = [...SECTION_KEYS, 'summary'];

const sectionElements = (guide: CareerGuide) =>
  [...guide.shadowRoot!.querySelectorAll<HTMLElement>('[part~="section"]')].map(
    (section) => section.firstElementChild as SectionElement,
  );
const tocEntries = (guide: CareerGuide) =>
  [...guide.shadowRoot!.querySelectorAll('[part~="toc-link"]')].map((link) => link.textContent!.trim());

async function allSettled(guide: CareerGuide): Promise<SectionElement[]> {
  const elements = sectionElements(guide);
  await Promise.all(elements.map((element) => settled(element)));
  return elements;
}

describe('<career-guide>', () => {
  describeElement('career-guide', {
    heading: 'Career guide',
    headingFor: (title) => `${title}: career guide`,
    absentMessage: (title) => `No career guide content is published for ${title}.`,
    content: ['toc', 'section'],
    loads: ALL_KEYS,
    absent: [{ roleId: 'security-technician', without: ALL_KEYS }],
    invalid: { alter: (role) => (role.salary!.min = -5), path: 'salary.min' },
    // The whole guide: every section shown and settled.
    expand: async (guide) => {
      await allSettled(guide);
    },
    parts: ['base', 'heading', 'section', 'subheading', 'toc', 'toc-link'],
    subheadings: 1,
    skeleton: { selector: '.skeleton', count: 3 },
    // The guide grows with the sections it shows; its loading state's estimate is only a start.
    estimateWidths: [],
    styleHooks: [{ property: '--cw-career-guide-toc-background', selector: '[part~="toc"]', style: 'backgroundColor' }],
    forcedColors: { selectors: ['.toc'] },
    focusable: true,
  });

  describe('covers the whole schema', () => {
    it('gives every section of the schema, and the summary, to exactly one element', () => {
      for (const key of ALL_KEYS) {
        const owners = GUIDE_SECTIONS.filter((section) => section.parts.includes(key)).map((section) => section.tag);
        expect(owners, `schema section "${key}"`).to.have.length(1);
      }
    });

    it('lists for each element exactly the parts that element shows', () => {
      for (const section of GUIDE_SECTIONS) {
        const element = document.createElement(section.tag) as unknown as { partKeys?: readonly PartKey[] };
        expect(customElements.get(section.tag), `<${section.tag}> is defined`).to.exist;
        expect([...(element.partKeys ?? [])], section.tag).to.deep.equal([...section.parts]);
      }
    });

    it('renders every section that security-technician has, each ready and not absent', async () => {
      const guide = await render<CareerGuide>(html`<career-guide role-id="security-technician"></career-guide>`);
      const role = await getRole('security-technician');
      const elements = await allSettled(guide);
      const rendered = elements.map((element) => element.localName);
      for (const key of Object.keys(role).filter((key) => !['id', 'title', 'sources'].includes(key)) as PartKey[]) {
        const owner = GUIDE_SECTIONS.find((section) => section.parts.includes(key))!;
        expect(rendered, `section for "${key}"`).to.include(owner.tag);
      }
      for (const element of elements) {
        expect(element.state, element.localName).to.equal('ready');
        expect(element.shadowRoot!.querySelector('.state-absent'), element.localName).to.equal(null);
        expect(textOf(element).length, element.localName).to.be.greaterThan(40);
      }
      expect(tocEntries(guide)).to.have.length(elements.length);
    });
  });

  it('leaves out silently what a role lacks, and the contents match', async () => {
    const guide = await render<CareerGuide>(html`<career-guide role-id="security-systems-technician"></career-guide>`);
    const tags = (await allSettled(guide)).map((element) => element.localName);
    for (const absent of [
      'salary-band',
      'career-ladder',
      'role-faq',
      'market-demand',
      'pros-cons',
      'day-in-the-life',
    ]) {
      expect(tags).not.to.include(absent);
    }
    expect(tags).to.include.members(['role-overview', 'skill-map', 'education-path', 'work-life-balance']);
    const titles = GUIDE_SECTIONS.filter((section) => tags.includes(section.tag)).map((section) => section.title());
    expect(tocEntries(guide)).to.deep.equal(titles);
  });

  it('shares one load between all its sections', async () => {
    const key = `guide-${Math.random().toString(36).slice(2)}`;
    const guide = await render<CareerGuide>(
      html`<career-guide src=${`/__cw/counted/${key}/role/security-technician`}></career-guide>`,
    );
    const elements = await allSettled(guide);
    expect(elements.length).to.be.greaterThan(10);
    for (const element of elements) expect(element.loadedRole).to.equal(guide.loadedRole);
    expect(await hitsOf(key)).to.equal(1);
  });

  it('fires one cw-load at the page for the whole guide; its sections keep theirs inside', async () => {
    const seen: { target: string; roleId: string }[] = [];
    const onDocument = (event: Event) =>
      seen.push({ target: (event.target as Element).localName, roleId: (event as CustomEvent).detail.roleId });
    const onGuide: string[] = [];
    document.addEventListener('cw-load', onDocument);
    try {
      const guide = document.createElement('career-guide');
      guide.addEventListener('cw-load', (event) => onGuide.push((event.composedPath()[0] as Element).localName));
      guide.setAttribute('role-id', 'security-technician');
      document.body.append(guide);
      // Each section's own cw-load, heard inside the guide.
      const inside = new Set<EventTarget>();
      guide.shadowRoot!.addEventListener('cw-load', (event) => inside.add(event.composedPath()[0]!));
      const elements = await allSettled(await settled(guide));
      expect(elements.length).to.be.greaterThan(10);
      expect(elements.every((element) => element.state === 'ready')).to.equal(true);
      await Promise.all(
        elements.filter((element) => !inside.has(element)).map((element) => nextEvent(element, 'cw-load')),
      );
      expect(seen).to.deep.equal([{ target: 'career-guide', roleId: 'security-technician' }]);
      expect(onGuide).to.deep.equal(['career-guide']);
      guide.remove();
    } finally {
      document.removeEventListener('cw-load', onDocument);
    }
  });

  it('shows the chosen sections in the chosen order, and reports unknown names', async () => {
    const warnings = captureWarnings();
    try {
      const error = nextEvent(document, 'cw-error');
      const guide = await render<CareerGuide>(
        html`<career-guide role-id="security-technician" sections="role-faq, salary-band nonsense"></career-guide>`,
      );
      expect((await error).detail.attribute).to.equal('sections');
      expect(sectionElements(guide).map((element) => element.localName)).to.deep.equal(['role-faq', 'salary-band']);
      expect(tocEntries(guide)).to.deep.equal(['Questions', 'Salary']);
      expect(warnings.messages.join()).to.contain('nonsense');
      guide.sections = 'role-faq';
      await guide.updateComplete;
      expect(sectionElements(guide).map((element) => element.localName)).to.deep.equal(['role-faq']);
    } finally {
      warnings.restore();
    }
  });

  it('says so when none of the chosen sections is published', async () => {
    const guide = await render<CareerGuide>(
      html`<career-guide role-id="security-engineer" sections="career-ladder"></career-guide>`,
    );
    expect(sectionElements(guide)).to.have.length(0);
    expect(textOf(guide)).to.contain('None of the chosen sections is published');
  });

  it('nests headings under heading-level', async () => {
    const guide = await render<CareerGuide>(
      html`<career-guide role-id="security-technician" heading-level="4"></career-guide>`,
    );
    const elements = await allSettled(guide);
    expect(guide.shadowRoot!.querySelector('[part~="heading"]')!.localName).to.equal('h4');
    expect(guide.shadowRoot!.querySelector('.toc [part~="subheading"]')!.localName).to.equal('h5');
    for (const element of elements) {
      expect(element.shadowRoot!.querySelector('[part~="heading"]')!.localName, element.localName).to.equal('h5');
      for (const sub of element.shadowRoot!.querySelectorAll('[part~="subheading"]')) {
        expect(Number(sub.localName.slice(1)), element.localName).to.equal(6);
      }
    }
  });

  it('jumps to a section from the table of contents, by keyboard', async () => {
    const guide = await render<CareerGuide>(html`<career-guide role-id="security-technician"></career-guide>`);
    await allSettled(guide);
    const links = guide.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="toc-link"]');
    const faqLink = [...links].find((link) => link.textContent!.trim() === 'Questions')!;
    faqLink.focus();
    const hash = location.hash;
    await sendKeys({ press: 'Enter' });
    const active = guide.shadowRoot!.activeElement;
    expect(active?.id).to.equal('cw-guide-role-faq');
    expect(location.hash).to.equal(hash);
  });

  it('passes its theme on to its sections, and none when it has none', async () => {
    const guide = await render<CareerGuide>(
      html`<career-guide role-id="security-technician" theme="dark"></career-guide>`,
    );
    const elements = await allSettled(guide);
    for (const element of elements) expect(element.getAttribute('theme'), element.localName).to.equal('dark');
    guide.theme = undefined;
    await guide.updateComplete;
    for (const element of elements) expect(element.getAttribute('theme'), element.localName).to.equal(null);
  });
});
