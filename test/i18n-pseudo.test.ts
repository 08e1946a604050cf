/**
 * No word of an element's own skips the translation layer. In a pseudo-locale whose every
 * message comes back marked ⟦…⟧, every element is rendered in each of its states, and every word
 * it shows, or names for assistive technology, must be inside a mark, be the role's own text
 * (which carries the role's `lang`), or come from Intl (month names, region names, "and").
 */
import { expect, fixture, html } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import 'career-widgets-virtual/define';
import { defineLocale, joinStr } from '../src/base/i18n.js';
import { ELEMENT_TAGS } from '../src/registry.js';
import type { Role } from '../src/data/schema.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import { build, captureWarnings, idle, place, roleCopy, settled, STALLING_URL } from './helpers.js';

type Element_ = RoleSourceElement & { updateComplete: Promise<boolean> };

/** A private-use language tag, so the role's English text is marked as another language. */
const PSEUDO = 'qps-ploc';
const [OPEN, CLOSE] = ['⟦', '⟧'];

defineLocale(PSEUDO, (template) => {
  if (typeof template === 'string') return `${OPEN}${template}${CLOSE}`;
  if ('strTag' in template) return `${OPEN}${joinStr(template, template.values)}${CLOSE}`;
  return litHtml`${OPEN}${template}${CLOSE}`;
});

/** Words Intl writes in the pseudo-locale: month names, region names, list words, day periods. */
function intlWords(role: Role): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => text.match(/\p{L}+/gu)?.forEach((word) => words.add(word));
  const dates = new Intl.DateTimeFormat(PSEUDO, { dateStyle: 'long', timeZone: 'UTC' });
  for (let month = 0; month < 12; month++) add(dates.format(Date.UTC(2025, month, 23)));
  add(new Intl.ListFormat(PSEUDO).format(['a', 'b', 'c']));
  add(new Intl.DateTimeFormat(PSEUDO, { timeStyle: 'short', timeZone: 'UTC' }).format(Date.UTC(2025, 0, 1, 15)));
  if (role.salary) {
    add(new Intl.NumberFormat(PSEUDO, { style: 'currency', currency: role.salary.currency }).format(1));
    // The salary band writes the currency's code, from the data, and the country's name.
    add(role.salary.currency);
    if (role.salary.country) add(new Intl.DisplayNames(PSEUDO, { type: 'region' }).of(role.salary.country) ?? '');
  }
  return words;
}

/** Text with every marked message taken out, innermost first (messages nest). */
function unmarked(text: string): string {
  let rest = text;
  for (let previous = ''; previous !== rest; ) {
    previous = rest;
    rest = rest.replace(/⟦[^⟦⟧]*⟧/g, ' ');
  }
  return rest;
}

/** Attributes that carry words for assistive technology or tooltips. */
const WORDED_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'alt', 'placeholder'];

interface Findings {
  /** Words outside any message, with where they stand. */
  loose: string[];
  /** How many marked messages were seen. */
  marked: number;
}

/** The words of `host`'s shadow root (and of the elements inside it) that did not come through msg(). */
function findLoose(host: Element, allowed: ReadonlySet<string>, findings: Findings = { loose: [], marked: 0 }): Findings {
  const root = host.shadowRoot;
  if (!root) return findings;
  const ownWords = (node: Node) => {
    const element = node instanceof Element ? node : node.parentElement;
    if (!element) return true;
    // The role's text carries the role's language; the developer details are English.
    const marked = element.closest('[lang]');
    if (marked && marked.getAttribute('lang') !== PSEUDO) return false;
    return !element.closest('style, time, svg');
  };
  const check = (text: string, where: string) => {
    findings.marked += (text.match(/⟦/g) ?? []).length;
    const words = (unmarked(text).match(/\p{L}+/gu) ?? []).filter((word) => !allowed.has(word));
    if (words.length > 0) findings.loose.push(`<${host.localName}> ${where}: ${words.join(' ')} in “${text.replace(/\s+/g, ' ').trim().slice(0, 120)}”`);
  };
  let text = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (ownWords(node)) text += node.nodeValue;
  check(text, 'text');
  for (const element of root.querySelectorAll('*')) {
    for (const name of WORDED_ATTRIBUTES) {
      const value = element.getAttribute(name);
      if (value !== null && ownWords(element)) check(value, `${element.localName}[${name}]`);
    }
    if (element.shadowRoot) findLoose(element, allowed, findings);
  }
  return findings;
}

/** Every element in the pseudo-locale, in every state it has words for, settled. */
async function renderAll(role: Role): Promise<Element_[]> {
  const tags = ELEMENT_TAGS.filter((tag) => tag !== 'career-role');
  const lang = { lang: PSEUDO };
  const elements = [
    ...tags.map((tag) => build<Element_>(tag, { data: role, attributes: lang })),
    ...tags.map((tag) => build<Element_>(tag, { attributes: lang })),
    ...tags.map((tag) => build<Element_>(tag, { roleId: 'nobody', attributes: lang })),
    ...tags.map((tag) => build<Element_>(tag, { src: STALLING_URL, attributes: lang })),
    ...tags.map((tag) => build<Element_>(tag, { data: { id: 'empty', title: 'Empty' } as Role, attributes: lang })),
    build<Element_>('salary-band', { data: role, attributes: { ...lang, 'offer-min': '50000', 'offer-max': '56000' } }),
    build<Element_>('salary-band', { data: role, attributes: { ...lang, 'offer-min': 'lots', period: 'hour' } }),
    build<Element_>('salary-band', { data: role, attributes: { ...lang, 'offer-min': '90000', 'offer-max': '50000', period: 'month' } }),
    build<Element_>('skill-map', { data: role, attributes: { ...lang, groups: 'unknown-group' } }),
    build<Element_>('career-ladder', { data: role, attributes: { ...lang, current: '2' } }),
    build<Element_>('career-guide', { data: role, attributes: { ...lang, sections: 'pros-cons' } }),
    build<Element_>('career-guide', { data: { id: 'empty', title: 'Empty', salary: role.salary } as Role, attributes: { ...lang, sections: 'role-faq' } }),
  ];
  // <role-compare> with every row of three roles, and with too many roles, one twice and one unknown;
  // and two roles paid in different currencies.
  const ids = 'security-technician,security-systems-technician,security-engineer';
  elements.push(
    build<Element_>('role-compare', { attributes: { ...lang, 'role-ids': ids } }),
    build<Element_>('role-compare', { attributes: { ...lang, 'role-ids': `${ids},security-technician,nobody,elsewhere` } }),
  );
  const euro = structuredClone(role);
  euro.id = 'euro';
  euro.salary = { ...euro.salary!, currency: 'EUR' };
  const currencies = build<Element_>('role-compare', { attributes: lang });
  (currencies as unknown as { roleData: Role[] }).roleData = [role, euro];
  elements.push(currencies);
  const invalid = structuredClone(role) as unknown as Record<string, unknown>;
  invalid.salary = { currency: 'USD' };
  elements.push(build<Element_>('salary-band', { data: invalid as unknown as Role, attributes: lang }));
  await place(elements);
  // Those loading a src that never answers stay in their loading state.
  await Promise.all(elements.map((el) => (el.getAttribute('src') ? el.updateComplete : idle(el))));
  return elements;
}

describe('the pseudo-locale', () => {
  it('finds every word of every element inside a message, the role’s text or Intl’s', async () => {
    const role = await roleCopy('security-technician');
    role.relatedRoles = { ids: ['security-engineer', 'security-systems-technician'] };
    role.sources![0]!.date = '2025-03-23';
    const warnings = captureWarnings();
    try {
      const elements = await renderAll(role);
      // A FAQ searched for what no question holds says so, and counts.
      const faq = elements.find((el) => el.localName === 'role-faq' && el.state === 'ready')!;
      const input = faq.shadowRoot!.querySelector('input')!;
      input.value = 'zzzz';
      input.dispatchEvent(new Event('input'));
      await faq.updateComplete;
      expect(faq.shadowRoot!.querySelector('[part~="no-match"]')).to.exist;
      // A comparison's rows expanded say so.
      const compare = elements.find((el) => el.localName === 'role-compare' && el.getAttribute('role-ids')?.split(',').length === 3)!;
      const toggles = [...compare.shadowRoot!.querySelectorAll<HTMLButtonElement>('table [part~="toggle"]')];
      expect(toggles.length).to.be.greaterThan(0);
      for (const toggle of toggles) toggle.click();
      await compare.updateComplete;
      expect(compare.shadowRoot!.querySelector('table [part~="toggle"][aria-expanded="true"]')).to.exist;
      // The guide's sections settle after the guide.
      for (const guide of elements.filter((el) => el.localName === 'career-guide')) {
        await Promise.all([...guide.shadowRoot!.querySelectorAll<Element_>('section > *')].map((section) => settled(section)));
      }
      const allowed = intlWords(role);
      const findings: Findings = { loose: [], marked: 0 };
      for (const el of elements) findLoose(el, allowed, findings);
      expect(findings.loose).to.deep.equal([]);
      // The test sees messages at all: several in every element.
      expect(findings.marked).to.be.greaterThan(elements.length * 2);
    } finally {
      warnings.restore();
    }
  });

  it('catches a word that skips msg()', async () => {
    const el = await fixture<Element_>(html`<salary-band lang=${PSEUDO} role-id="security-technician"></salary-band>`);
    await settled(el);
    const allowed = intlWords(await roleCopy('security-technician'));
    expect(findLoose(el, allowed).loose).to.deep.equal([]);
    el.shadowRoot!.querySelector('[part~="figures"]')!.append(document.createTextNode('Untranslated'));
    const { loose } = findLoose(el, allowed);
    expect(loose).to.have.length(1);
    expect(loose[0]).to.contain('Untranslated');
  });
});
