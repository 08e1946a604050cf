/**
 * The page outline: with no `heading-level`, every element's heading is an h2, so a page whose
 * title is an h1 and whose sections are career-widgets elements has headings in order, and
 * axe's heading-order rule (with every other rule) finds nothing. `<career-guide>` puts its
 * sections one level below its own heading.
 */
import { expect } from '@open-wc/testing';
import type { AxeResults, RunOptions } from 'axe-core';
import 'axe-core/axe.min.js';
import 'career-widgets-virtual/define';
import { ELEMENT_TAGS } from '../src/registry.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import { build, place, settled } from './helpers.js';

type Shown = RoleSourceElement & { updateComplete: Promise<boolean> };

const { axe } = window as unknown as { axe: { run: (context: Element, options: RunOptions) => Promise<AxeResults> } };

/** Every element that draws a role, `<career-guide>` last. */
const TAGS = ELEMENT_TAGS.filter((tag) => tag !== 'career-role');

/** Heading-order explicitly on, whatever axe's defaults are; every other rule as axe ships it. */
const OPTIONS: RunOptions = { rules: { 'heading-order': { enabled: true } } };

/** A page: its h1, then the elements, each ready with the Security Technician. */
async function pageOf(tags: readonly string[], attributes: Readonly<Record<string, string>> = {}) {
  const title = document.createElement('h1');
  title.textContent = 'Security Technician careers';
  const elements = tags.map((tag) => build<Shown>(tag, { roleId: 'security-technician', attributes }));
  const page = await place([title, ...elements]);
  await Promise.all(elements.map((el) => settled(el)));
  return { page, elements };
}

/** The sections a guide shows, settled. */
async function sectionsOf(guide: Element): Promise<Shown[]> {
  const sections = [...guide.shadowRoot!.querySelectorAll('[part~="section"] > *')] as Shown[];
  await Promise.all(sections.map((el) => settled(el)));
  return sections;
}

const levelOf = (heading: Element | null | undefined) => Number(heading?.localName.slice(1));

/** The violations axe finds, one line each, and whether heading-order ran and passed. */
function summary(results: AxeResults): { violations: string[]; headingOrderPassed: boolean } {
  return {
    violations: results.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
    ),
    headingOrderPassed: results.passes.some((rule) => rule.id === 'heading-order'),
  };
}

describe('the page outline', () => {
  it('gives every element an h2 by default and its sub-headings h3', async () => {
    const { elements } = await pageOf(TAGS);
    for (const el of elements) {
      const root = el.shadowRoot!;
      expect(el.state, el.localName).to.equal('ready');
      expect(root.querySelector('[part~="heading"]')!.localName, el.localName).to.equal('h2');
      for (const sub of root.querySelectorAll('[part~="subheading"]')) {
        expect(levelOf(sub), `${el.localName} sub-heading`).to.be.at.least(3);
      }
    }
  });

  it('passes axe, heading-order included, on a page of an h1 followed by every element', async () => {
    const { page, elements } = await pageOf(TAGS);
    expect(elements.map((el) => el.localName)).to.include('career-guide');
    await sectionsOf(elements.find((el) => el.localName === 'career-guide')!);
    const results = summary(await axe.run(page, OPTIONS));
    expect(results.violations).to.deep.equal([]);
    expect(results.headingOrderPassed, 'heading-order ran and passed').to.equal(true);
  });

  it('is checked for real: an element at heading-level 3 right under the h1 fails heading-order', async () => {
    const { page } = await pageOf(['pros-cons'], { 'heading-level': '3' });
    const results = summary(await axe.run(page, OPTIONS));
    expect(results.violations.map((line) => line.split(':')[0])).to.include('heading-order');
  });

  it("puts the guide's sections one level below the guide's own heading", async () => {
    const { elements } = await pageOf(['career-guide']);
    const guide = elements[0]!;
    const own = levelOf(guide.shadowRoot!.querySelector('[part~="heading"]'));
    expect(own).to.equal(2);
    expect(levelOf(guide.shadowRoot!.querySelector('.toc [part~="subheading"]')), 'contents').to.equal(3);
    const sections = await sectionsOf(guide);
    expect(sections.length).to.be.greaterThan(10);
    for (const section of sections) {
      const root = section.shadowRoot!;
      expect(levelOf(root.querySelector('[part~="heading"]')), section.localName).to.equal(own + 1);
      for (const sub of root.querySelectorAll('[part~="subheading"]')) {
        expect(levelOf(sub), `${section.localName} sub-heading`).to.be.at.least(own + 2);
      }
    }
  });
});
