import { expect, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/education-path';
import type { EducationPath } from '../src/components/education-path/education-path.js';
import { getRole } from '../src/data/catalogue.js';
import { describeElement } from './element-contract.js';
import type { PartKey } from '../src/data/role-index-types.js';
import {
  clean,
  expectAccessibleInBothThemes,
  isShown,
  openAll,
  openPart as open,
  paragraphsOf,
  part,
  parts,
  render,
  renderInside,
  roleCopy,
  settled,
  shownParts,
  textOf,
} from './helpers.js';

/** The sub-parts of the Security Technician, in order, with their sub-headings. */
const TECHNICIAN_LABELS: Partial<Record<PartKey, string>> = {
  educationLevel: 'Education level',
  pathIntoRole: 'Path into the role',
  requiredEducation: 'Required education',
  certifications: 'Certifications',
  licensing: 'Licensing',
};
const TECHNICIAN_PARTS = Object.keys(TECHNICIAN_LABELS) as PartKey[];
const ENGINEER_PARTS = ['educationLevel', 'requiredEducation', 'certifications', 'qualifications', 'experience'];

describe('<education-path>', () => {
  describeElement('education-path', {
    heading: 'Education and training',
    headingFor: (title) => `Education and training: ${title}`,
    absentMessage: (title) => `No education or training requirements are published for ${title}.`,
    loads: [...TECHNICIAN_PARTS, 'qualifications', 'experience'],
    absent: [{ roleId: 'security-technician', without: TECHNICIAN_PARTS }],
    invalid: {
      roleId: 'security-engineer',
      alter: (role) => (role.experience!.requirements[0]!.minYears = 5),
      path: 'experience.requirements.0.minYears',
    },
    parts: [
      'base',
      'certification',
      'certifications',
      'heading',
      'panel',
      'part',
      'parts',
      'sources',
      'subheading',
      'toggle',
    ],
    forcedColors: { selectors: ['.part'] },
    textSizes: { '.name': 16, '.description': 14 },
    disclosures: {
      labels: TECHNICIAN_LABELS,
      paragraphs: ['educationLevel', 'pathIntoRole', 'requiredEducation', 'licensing'],
      otherRoleId: 'security-systems-technician',
    },
  });

  describe('facts from the sources', () => {
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
      expect(data.pathIntoRole!.paragraphs).to.have.length(4);
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
      // It has no qualifications or experience: those sub-parts are left out, not shown empty.
      expect(textOf(el)).not.to.contain('Qualifications');
      expect(textOf(el)).not.to.contain('Experience');
      expect(clean(part(el, 'sources'))).to.equal(
        'Sources: Jobicy, “Security Technician Career Path Guide”; “Security Technician Job Description: Roles, Responsibilities, and Key Skills” (March 23, 2025)',
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
      expect(clean(part(el, 'sources'))).to.equal('Source: Indeed, “Security Engineer Job Description: Top Duties and Qualifications”');
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
      expect(clean(part(el, 'sources'))).to.equal('Source: A web page on the Security Systems Technician career (it names no publisher or title)');
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
      const el = await renderInside<EducationPath>(
        'education-path',
        { roleId: 'security-engineer' },
        { lang: 'ar-EG' },
      );
      const panel = await open(el, 'experience');
      expect([...panel.querySelectorAll('li')].map((li) => clean(li))).to.deep.equal([
        'Entry level: ١–٣ years',
        'Senior level: up to ١٠ years',
      ]);
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
    it('holds every certification, qualification and requirement in the page while closed', async () => {
      const data = await getRole('security-engineer');
      const el = await render<EducationPath>(html`<education-path role-id="security-engineer"></education-path>`);
      expect(el.shadowRoot!.querySelectorAll('details[open]')).to.have.length(0);
      const texts = (selector: string) => [...el.shadowRoot!.querySelectorAll(selector)].map((node) => clean(node));
      expect(texts('[part~="certification"] .name')).to.deep.equal(data.certifications!.items.map((item) => item.name));
      expect(texts('[part~="qualifications"] > li')).to.deep.equal(data.qualifications!.items);
      expect(texts('[part~="requirements"] > li')).to.deep.equal([
        'Entry level: 1–3 years',
        'Senior level: up to 10 years',
      ]);
      expect(paragraphsOf(part(el, 'requirements')!.parentElement!)).to.deep.equal(data.experience!.paragraphs);
      expect(parts(el, 'panel').some((panel) => isShown(panel))).to.equal(false);
    });

    it('passes axe in light and dark with every Security Engineer sub-part open', async () => {
      const el = await render<EducationPath>(html`<education-path role-id="security-engineer"></education-path>`);
      await openAll(el);
      expect(parts(el, 'panel').every((panel) => isShown(panel))).to.equal(true);
      await expectAccessibleInBothThemes(el);
    });
  });
});
