import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define/education-path.js';
import '../src/define/career-role.js';
import type { EducationPath } from '../src/components/education-path/education-path.js';
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
/** The selectors styled inside the element's forced-colours rules. */
const forcedColorSelectors = (el: HTMLElement) =>
  el
    .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
    .filter(
      (rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'),
    )
    .flatMap((rule) => [...rule.cssRules].map((inner) => (inner as CSSStyleRule).selectorText));
const clean = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const part = (el: EducationPath, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: EducationPath, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
/** The sub-parts shown, by data key, in order. */
const shownParts = (el: EducationPath) => parts(el, 'part').map((node) => node.dataset['part']);
const toggles = (el: EducationPath) => [
  ...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part~="toggle"]'),
];
const toggleOf = (el: EducationPath, key: string) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>(`[data-part="${key}"] button[part~="toggle"]`)!;
/** The panel a toggle button controls, looked up through its aria-controls. */
const panelOf = (el: EducationPath, button: HTMLButtonElement) => {
  const id = button.getAttribute('aria-controls');
  expect(id, 'aria-controls').to.be.a('string').and.not.be.empty;
  const panel = el.shadowRoot!.getElementById(id!);
  expect(panel, `#${id}`).to.exist;
  return panel!;
};
const isShown = (node: HTMLElement) => node.getClientRects().length > 0 && node.getBoundingClientRect().height > 0;
const open = async (el: EducationPath, key: string) => {
  toggleOf(el, key).click();
  await el.updateComplete;
  return panelOf(el, toggleOf(el, key));
};
const paragraphsOf = (panel: HTMLElement) => [...panel.querySelectorAll(':scope > p')].map((p) => clean(p));

const TECHNICIAN_PARTS = ['educationLevel', 'pathIntoRole', 'requiredEducation', 'certifications', 'licensing'];
const TECHNICIAN_LABELS = [
  'Education level',
  'Path into the role',
  'Required education',
  'Certifications',
  'Licensing',
];
const ENGINEER_PARTS = ['educationLevel', 'requiredEducation', 'certifications', 'qualifications', 'experience'];

describe('<education-path>', () => {
  describe('facts from the sources', () => {
    it('shows the Security Technician sub-parts in order, each under its sub-heading, and no others', async () => {
      const el = await render<EducationPath>(html`<education-path role-id="security-technician"></education-path>`);
      expect(el.state).to.equal('ready');
      expect(clean(part(el, 'heading'))).to.equal('Education and training: Security Technician');
      expect(shownParts(el)).to.deep.equal(TECHNICIAN_PARTS);
      expect(parts(el, 'subheading').map((heading) => clean(heading))).to.deep.equal(TECHNICIAN_LABELS);
      // It has no qualifications or experience: those sub-parts are left out, not shown empty.
      expect(textOf(el)).not.to.contain('Qualifications');
      expect(textOf(el)).not.to.contain('Experience');
    });

    it('gives the paragraphs of each text sub-part exactly', async () => {
      const data = await getRole('security-technician');
      const el = await render<EducationPath>(html`<education-path role-id="security-technician"></education-path>`);
      for (const key of ['educationLevel', 'pathIntoRole', 'requiredEducation', 'licensing'] as const) {
        const panel = await open(el, key);
        expect(paragraphsOf(panel), key).to.deep.equal(data[key]!.paragraphs);
      }
      expect(paragraphsOf(panelOf(el, toggleOf(el, 'pathIntoRole')))).to.have.length(4);
    });

    it('lists all ten Security Technician certifications, with issuer and description where given', async () => {
      const data = await getRole('security-technician');
      const el = await render<EducationPath>(html`<education-path role-id="security-technician"></education-path>`);
      const panel = await open(el, 'certifications');
      const list = panel.querySelector('ul[part~="certifications"]')!;
      expect(list.getAttribute('role')).to.equal('list');
      const items = [...list.querySelectorAll<HTMLLIElement>(':scope > li')];
      expect(items).to.have.length(10);
      const names = items.map((item) => clean(item.querySelector('.name')));
      expect(names).to.deep.equal(data.certifications!.items.map((item) => item.name));
      expect(names).to.include('Certified Information Systems Security Professional (CISSP)');
      expect(names).to.include('CompTIA Security+');
      expect(clean(items[0]!.querySelector('.issuer'))).to.equal(
        'Issued by NICET (National Institute for Certification in Engineering Technologies)',
      );
      expect(clean(items[0]!.querySelector('.description'))).to.equal(
        'Credentials that confirm competence in electronic security systems and improve employability.',
      );
      // The CST names no issuer, so none is invented.
      expect(names[1]).to.equal('Certified Security Technician (CST)');
      expect(items[1]!.querySelector('.issuer')).to.equal(null);
      expect(items.filter((item) => item.querySelector('.issuer')).length).to.equal(
        data.certifications!.items.filter((item) => item.issuer).length,
      );
    });

    it('names both Security Technician sources in the small print: the certifications come from both', async () => {
      const el = await render<EducationPath>(html`<education-path role-id="security-technician"></education-path>`);
      expect(clean(part(el, 'sources'))).to.equal(
        'Sources: Jobicy, “Security Technician Career Path Guide”; “Security Technician Job Description: Roles, Responsibilities & Key Skills” (March 23, 2025)',
      );
      // Without the certifications, only the guide is left.
      const data = await roleCopy('security-technician');
      delete data.certifications;
      el.roleData = data;
      await settled(el);
      expect(clean(part(el, 'sources'))).to.equal('Source: Jobicy, “Security Technician Career Path Guide”');
    });

    it('shows the Security Engineer qualifications, experience and certifications (CCNP Security, GIAC)', async () => {
      const data = await getRole('security-engineer');
      const el = await render<EducationPath>(html`<education-path role-id="security-engineer"></education-path>`);
      expect(shownParts(el)).to.deep.equal(ENGINEER_PARTS);
      expect(parts(el, 'subheading').map((heading) => clean(heading))).to.deep.equal([
        'Education level',
        'Required education',
        'Certifications',
        'Qualifications',
        'Experience',
      ]);
      const certifications = await open(el, 'certifications');
      expect([...certifications.querySelectorAll('li .name')].map((name) => clean(name))).to.deep.equal([
        'CCNP Security',
        'GIAC',
        'Microsoft Systems Developer training',
      ]);
      expect(certifications.querySelector('.issuer, .description')).to.equal(null);

      const qualifications = await open(el, 'qualifications');
      const items = [...qualifications.querySelectorAll('ul[part~="qualifications"] > li')].map((li) => clean(li));
      expect(items).to.have.length(8);
      expect(items).to.deep.equal(data.qualifications!.items);

      const experience = await open(el, 'experience');
      expect([...experience.querySelectorAll('ul[part~="requirements"] > li')].map((li) => clean(li))).to.deep.equal([
        'Entry level: 1–3 years',
        'Senior level: up to 10 years',
      ]);
      expect(paragraphsOf(experience)).to.deep.equal(data.experience!.paragraphs);
      expect(clean(part(el, 'sources'))).to.equal('Source: Indeed, “Security Engineer Job Description”');
    });

    it('leaves out what the Security Systems Technician lacks: licensing, qualifications, experience', async () => {
      const data = await getRole('security-systems-technician');
      const el = await render<EducationPath>(
        html`<education-path role-id="security-systems-technician"></education-path>`,
      );
      expect(shownParts(el)).to.deep.equal(['educationLevel', 'pathIntoRole', 'requiredEducation', 'certifications']);
      const certifications = await open(el, 'certifications');
      expect(certifications.querySelectorAll('li[part~="certification"]').length).to.equal(
        data.certifications!.items.length,
      );
      expect(clean(certifications.querySelector('li .name'))).to.equal('Certified Security Technician (CST)');
      expect(clean(part(el, 'sources'))).to.equal('Source: Jobicy, “Security Systems Technician Career Path Guide”');
    });

    it('says so when a role has none of its sub-parts', async () => {
      const data = await roleCopy('security-technician');
      for (const key of [
        'educationLevel',
        'pathIntoRole',
        'requiredEducation',
        'certifications',
        'licensing',
      ] as const) {
        delete data[key];
      }
      const el = await render<EducationPath>(html`<education-path .roleData=${data}></education-path>`);
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
      expect(clean(part(el, 'heading'))).to.equal('Education and training: Security Technician');
      expect(clean(part(el, 'message'))).to.equal(
        'No education or training requirements are published for Security Technician.',
      );
      expect(toggles(el)).to.have.length(0);
      await expectAccessibleInBothThemes(el);
    });

    it('writes every shape of experience requirement in words', async () => {
      const data = await roleCopy('security-engineer');
      data.experience!.requirements = [
        { level: 'entry', minYears: 1, maxYears: 1 },
        { level: 'entry', minYears: 2, maxYears: 2 },
        { level: 'mid', minYears: 3 },
        { level: 'mid', minYears: 1 },
        { level: 'senior', maxYears: 1 },
        { level: 'senior' },
      ];
      delete data.experience!.paragraphs;
      const el = await render<EducationPath>(html`<education-path .roleData=${data}></education-path>`);
      const panel = await open(el, 'experience');
      expect([...panel.querySelectorAll('li')].map((li) => clean(li))).to.deep.equal([
        'Entry level: 1 year',
        'Entry level: 2 years',
        'Mid level: at least 3 years',
        'Mid level: at least 1 year',
        'Senior level: up to 1 year',
        'Senior level',
      ]);
      expect(panel.querySelectorAll('p')).to.have.length(0);
    });

    it('formats the years in the element language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="ar-EG"><education-path role-id="security-engineer"></education-path></div>`,
      );
      const el = await settled(wrapper.querySelector('education-path')!);
      const panel = await open(el, 'experience');
      expect([...panel.querySelectorAll('li')].map((li) => clean(li))).to.deep.equal([
        'Entry level: ١–٣ years',
        'Senior level: up to ١٠ years',
      ]);
    });

    it('loads only its own sections of a bundled role', async () => {
      const el = await render<EducationPath>(html`<education-path role-id="security-engineer"></education-path>`);
      const role = el.loadedRole!;
      expect(Object.keys(role).sort()).to.deep.equal(['id', 'sources', 'title', ...ENGINEER_PARTS].sort());
    });

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-engineer');
      data.certifications!.items[0]!.name = '<img src=x onerror="alert(1)">CCNP';
      const el = await render<EducationPath>(html`<education-path .roleData=${data}></education-path>`);
      const panel = await open(el, 'certifications');
      expect(panel.querySelector('img')).to.equal(null);
      expect(clean(panel.querySelector('li .name'))).to.equal('<img src=x onerror="alert(1)">CCNP');
    });
  });

  describe('disclosures', () => {
    it('closes every sub-part at first, behind a button that controls its panel', async () => {
      const data = await getRole('security-technician');
      const el = await render<EducationPath>(html`<education-path role-id="security-technician"></education-path>`);
      const buttons = toggles(el);
      expect(buttons).to.have.length(5);
      buttons.forEach((button, i) => {
        expect(button.type).to.equal('button');
        expect(button.getAttribute('aria-expanded')).to.equal('false');
        // The button sits inside its sub-heading, so heading navigation reaches it.
        expect(button.parentElement!.getAttribute('part')).to.equal('subheading');
        expect(clean(button)).to.equal(TECHNICIAN_LABELS[i]);
        const panel = panelOf(el, button);
        expect(panel.hidden).to.equal(true);
        expect(isShown(panel)).to.equal(false);
        // At least 24 by 24 CSS pixels (WCAG 2.5.8).
        const box = button.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
      });
      // The text is in the shadow tree but not rendered while its sub-part is closed.
      expect(part(el, 'base')!.innerText).not.to.contain(data.educationLevel!.paragraphs[0]!.slice(0, 40));
      toggles(el)[0]!.click();
      await el.updateComplete;
      expect(part(el, 'base')!.innerText).to.contain(data.educationLevel!.paragraphs[0]!.slice(0, 40));
      toggles(el)[0]!.click();
      await el.updateComplete;
      expect(new Set(buttons.map((button) => button.getAttribute('aria-controls'))).size).to.equal(5);
      await expectAccessibleInBothThemes(el);
    });

    it('opens and closes from the keyboard: Tab, Enter, Space, Tab on, Shift+Tab back', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <education-path role-id="security-technician"></education-path>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('education-path')!);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const [first, second] = toggles(el);
      expect(el.shadowRoot!.activeElement).to.equal(first);
      const panel = panelOf(el, first!);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('true');
      expect(panel.hidden).to.equal(false);
      expect(isShown(panel)).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(first);
      expect(
        toggles(el)
          .slice(1)
          .map((button) => button.getAttribute('aria-expanded')),
      ).to.deep.equal(['false', 'false', 'false', 'false']);

      // The space bar: ' ' is the key name both engines' drivers accept.
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(first!.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panel)).to.equal(false);

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(second);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(second!.getAttribute('aria-expanded')).to.equal('true');
      // With the panel open, Shift+Tab goes back to the first button.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement).to.equal(first);
    });

    it('shows a visible focus ring on a focused toggle', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">Before</button>
          <education-path role-id="security-technician"></education-path>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('education-path')!);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(toggles(el)[0]!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });

    it('passes axe in light and dark with every sub-part open', async () => {
      const el = await render<EducationPath>(html`<education-path role-id="security-engineer"></education-path>`);
      for (const button of toggles(el)) button.click();
      await el.updateComplete;
      expect(toggles(el).every((button) => button.getAttribute('aria-expanded') === 'true')).to.equal(true);
      expect(parts(el, 'panel').every((panel) => isShown(panel))).to.equal(true);
      await expectAccessibleInBothThemes(el);
    });

    it('starts closed again when the role changes', async () => {
      const el = await render<EducationPath>(html`<education-path role-id="security-technician"></education-path>`);
      await open(el, 'certifications');
      expect(toggleOf(el, 'certifications').getAttribute('aria-expanded')).to.equal('true');
      el.roleId = 'security-systems-technician';
      await settled(el);
      await el.updateComplete;
      expect(el.loadedRole?.id).to.equal('security-systems-technician');
      expect(toggles(el).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal([
        'false',
        'false',
        'false',
        'false',
      ]);
    });
  });

  describe('choosing the role', () => {
    it('takes roleData first, validated, over role-id', async () => {
      const data = await roleCopy('security-engineer');
      data.title = 'Cloud Security Engineer';
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<EducationPath>(
        html`<education-path role-id="security-technician" .roleData=${data}></education-path>`,
      );
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail).to.deep.equal({
        roleId: 'security-engineer',
        title: 'Cloud Security Engineer',
        source: 'role-data',
      });
      expect(clean(part(el, 'heading'))).to.equal('Education and training: Cloud Security Engineer');
      expect(shownParts(el)).to.deep.equal(ENGINEER_PARTS);
    });

    it('takes role-id, and re-renders when it changes', async () => {
      const el = await render<EducationPath>(html`<education-path role-id="security-technician"></education-path>`);
      expect(shownParts(el)).to.deep.equal(TECHNICIAN_PARTS);
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-engineer';
      expect((await loaded).detail).to.deep.equal({
        roleId: 'security-engineer',
        title: 'Security Engineer',
        source: 'role-id',
      });
      await el.updateComplete;
      expect(shownParts(el)).to.deep.equal(ENGINEER_PARTS);
    });

    it('fetches src when it is the only source', async () => {
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<EducationPath>(
        html`<education-path src="/__cw/role/security-technician"></education-path>`,
      );
      expect((await loaded).detail.source).to.equal('src');
      await settled(el);
      expect(shownParts(el)).to.deep.equal(TECHNICIAN_PARTS);
      const panel = await open(el, 'certifications');
      expect(panel.querySelectorAll('li')).to.have.length(10);
    });

    it('uses the role of the nearest <career-role>', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <career-role role-id="security-engineer">
            <section><education-path heading-level="2"></education-path></section>
          </career-role>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('education-path')!);
      expect(el.loadedRole?.id).to.equal('security-engineer');
      const panel = await open(el, 'experience');
      expect(clean(panel.querySelector('li'))).to.equal('Entry level: 1–3 years');
      const reloaded = nextEvent(el, 'cw-load');
      wrapper.querySelector<CareerRole>('career-role')!.roleId = 'security-technician';
      expect((await reloaded).detail).to.include({ roleId: 'security-technician', source: 'context' });
      await el.updateComplete;
      expect(shownParts(el)).to.deep.equal(TECHNICIAN_PARTS);
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as the ready state at 800px', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <education-path src=${STALLING_URL}></education-path>
          <education-path role-id="security-technician"></education-path>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('education-path')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(clean(part(loading!, 'heading'))).to.equal('Education and training');
      expect(loading!.shadowRoot!.querySelectorAll('.skeleton.toggle-shape').length).to.equal(5);
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(ready!.getBoundingClientRect().height, 2);
      // The reserved height is a custom property.
      loading!.style.setProperty('--cw-education-path-min-height', '40em');
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(
        40 * parseFloat(getComputedStyle(loading!).fontSize),
        1,
      );
      await expectAccessibleInBothThemes(loading!);
    });

    it('shows invalid roleData as an error: message, cw-error with issues, a warning with the path', async () => {
      const warnings = captureWarnings();
      try {
        const data = await roleCopy('security-engineer');
        data.experience!.requirements[0]!.minYears = 5;
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<EducationPath>(html`<education-path .roleData=${data}></education-path>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('experience.requirements.0.minYears');
        expect(textOf(el)).to.contain('is not valid');
        expect(clean(part(el, 'heading'))).to.equal('Education and training');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('experience.requirements.0.minYears');
        expect(warnings.messages.find((m) => m.includes('experience.requirements.0.minYears'))).to.exist;
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<EducationPath>(html`<education-path></education-path>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('layout and looks', () => {
    it('is readable at 280px: nothing overflows its box', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><education-path role-id="security-technician"></education-path></div>`,
      );
      const el = await settled(wrapper.querySelector('education-path')!);
      for (const button of toggles(el)) button.click();
      await el.updateComplete;
      const base = part(el, 'base')!;
      expect(el.getBoundingClientRect().width).to.equal(280);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="panel"], li, button')) {
        expect(node.getBoundingClientRect().right, clean(node).slice(0, 40)).to.be.at.most(
          base.getBoundingClientRect().right,
        );
      }
    });

    it('uses heading-level for its heading and the sub-headings below it', async () => {
      const el = await render<EducationPath>(
        html`<education-path role-id="security-technician" heading-level="2"></education-path>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(parts(el, 'subheading').map((heading) => heading.localName)).to.deep.equal(['h3', 'h3', 'h3', 'h3', 'h3']);
      el.headingLevel = 5;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h5');
      expect(part(el, 'subheading')!.localName).to.equal('h6');
      const plain = await render<EducationPath>(html`<education-path role-id="security-technician"></education-path>`);
      expect(part(plain, 'heading')!.localName).to.equal('h3');
      expect(part(plain, 'subheading')!.localName).to.equal('h4');
    });

    it('follows the theme and its custom properties', async () => {
      const el = await render<EducationPath>(
        html`<education-path role-id="security-technician" theme="light"></education-path>`,
      );
      const base = part(el, 'base')!;
      const light = getComputedStyle(base).backgroundColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).not.to.equal(light);
      el.style.setProperty('--cw-education-path-divider-color', 'rgb(1, 2, 3)');
      expect(getComputedStyle(part(el, 'part')!).borderTopColor).to.equal('rgb(1, 2, 3)');
      el.style.setProperty('--cw-education-path-toggle-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle(el.shadowRoot!.querySelector('.chevron')!).borderBottomColor).to.equal('rgb(4, 5, 6)');
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px"><education-path role-id="security-technician"></education-path></div>`,
        );
        const el = await settled(wrapper.querySelector('education-path')!);
        const panel = await open(el, 'certifications');
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(toggles(el)[0]!)).to.equal(16);
        expect(size(panel.querySelector('.name')!)).to.equal(16);
        expect(size(panel.querySelector('.description')!)).to.equal(14);
        expect(size(part(el, 'sources')!)).to.be.at.least(12);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('uses no style attribute strings (strict CSP)', async () => {
      const el = await render<EducationPath>(html`<education-path role-id="security-engineer"></education-path>`);
      for (const button of toggles(el)) button.click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[style]')).to.have.length(0);
    });
  });

  describe('forced colours', () => {
    afterEach(async () => {
      await emulate([]);
    });

    it('keeps the boxes and lines visible in forced-colours mode', async () => {
      const el = await render<EducationPath>(html`<education-path role-id="security-technician"></education-path>`);
      expect(forcedColorSelectors(el)).to.include('.part');
      if (await emulate([{ name: 'forced-colors', value: 'active' }])) {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="part"]')) {
          const style = getComputedStyle(node);
          expect(style.borderTopStyle).to.equal('solid');
          expect(parseFloat(style.borderTopWidth)).to.be.greaterThan(0);
        }
        const chevron = getComputedStyle(el.shadowRoot!.querySelector('.chevron')!);
        expect(chevron.borderBottomStyle).to.equal('solid');
        await expect(el).to.be.accessible();
      }
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: EducationPath = document.createElement('education-path');
    expect(el).to.be.instanceOf(customElements.get('education-path')!);
  });
});
