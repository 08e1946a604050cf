import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'career-widgets-virtual/define/role-faq';
import { faqSlug, type RoleFaq } from '../src/components/role-faq/role-faq.js';
import type { CwFaqSearchDetail, CwFaqToggleDetail } from '../src/components/role-faq/role-faq.events.js';
import { getRole } from '../src/data/catalogue.js';
import { describeElement } from './element-contract.js';
import {
  expectAccessibleInBothThemes,
  nextEvent,
  part,
  render,
  renderAtWidths,
  renderBetweenButtons,
  renderInside,
  roleCopy,
  settled,
} from './helpers.js';

const TECHNICIAN_QUESTIONS = [
  'Which certifications carry the most weight for a Security Technician?',
  'Do you need IT networking experience before becoming a Security Technician?',
  'Must Security Technicians hold a licence?',
  'Is remote work possible for Security Technicians?',
  'What hours does a Security Technician usually work?',
  'How much does ongoing learning matter in this career?',
  'Who hires Security Technicians?',
  'Can Security Technicians specialise within the field?',
  'Which soft skills do employers prize most in Security Technicians?',
  'Is it possible to move from security technician work into cybersecurity?',
];

const ENGINEER_QUESTIONS = [
  'What qualities set a strong Security Engineer apart?',
  'How does a Security Engineer’s job differ from an IT Technician’s?',
  'What does a Security Engineer do day to day?',
  'Does a Security Engineer’s work change from one industry to another?',
];

const all = <T extends Element = HTMLElement>(el: RoleFaq, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];
const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const questions = (el: RoleFaq) => all(el, 'summary').map((summary) => clean(summary.textContent));
const shownQuestions = (el: RoleFaq) =>
  all(el, '.item')
    .filter((item) => !item.hidden && item.getBoundingClientRect().height > 0)
    .map((item) => clean(item.querySelector('summary')!.textContent));
const details = (el: RoleFaq) => all<HTMLDetailsElement>(el, 'details');
const summaries = (el: RoleFaq) => all(el, 'summary');
const input = (el: RoleFaq) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]');
const countText = (el: RoleFaq) => clean(part(el, 'count')?.textContent);

/** Collects every event of a type on `target` until `stop()` is called. */
function collect<K extends 'cw-faq-toggle' | 'cw-faq-search'>(
  target: EventTarget,
  type: K,
): { details: GlobalEventHandlersEventMap[K]['detail'][]; stop: () => void } {
  const found: GlobalEventHandlersEventMap[K]['detail'][] = [];
  const listener = (event: Event) => found.push((event as GlobalEventHandlersEventMap[K]).detail);
  target.addEventListener(type, listener);
  return { details: found, stop: () => target.removeEventListener(type, listener) };
}

/** Types into the search field as a reader would, one `input` event per change. */
async function search(el: RoleFaq, value: string): Promise<void> {
  const field = input(el)!;
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

/** Opens every question, and waits until the browser has reported each change. */
async function openAll(el: RoleFaq): Promise<void> {
  const reported = details(el).map((question) => nextEvent(question, 'toggle'));
  for (const question of details(el)) question.open = true;
  await Promise.all(reported);
  await el.updateComplete;
}

/** Sets the URL fragment and waits for the browser's hashchange. */
async function setHash(anchor: string): Promise<void> {
  const changed = new Promise((resolve) => window.addEventListener('hashchange', resolve, { once: true }));
  location.hash = `#${anchor}`;
  await changed;
}

function clearHash(): void {
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** Records scrollIntoView calls (element and options) until `restore()`. */
function spyScroll(): {
  calls: { target: Element; options: ScrollIntoViewOptions | boolean | undefined }[];
  restore: () => void;
} {
  const original = Element.prototype.scrollIntoView;
  const calls: { target: Element; options: ScrollIntoViewOptions | boolean | undefined }[] = [];
  Element.prototype.scrollIntoView = function (this: Element, options?: ScrollIntoViewOptions | boolean) {
    calls.push({ target: this, options });
  };
  return { calls, restore: () => (Element.prototype.scrollIntoView = original) };
}

const expectedBehavior = () => (matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

describe('<role-faq>', () => {
  afterEach(() => clearHash());

  describeElement('role-faq', {
    heading: 'Frequently asked questions',
    headingFor: (title) => `Questions about ${title}`,
    absentMessage: (title) => `No frequently asked questions are published for ${title}.`,
    content: ['list'],
    loads: ['faq'],
    absent: [{ roleId: 'security-systems-technician' }],
    invalid: { alter: (role) => (role.faq!.items[3]!.answer = '   '), path: 'faq.items.3.answer' },
    expand: openAll,
    parts: [
      'anchor-link',
      'answer',
      'base',
      'count',
      'heading',
      'item',
      'list',
      'question',
      'search',
      'search-input',
      'search-label',
      'sources',
      'status',
      'summary',
    ],
    subheadings: 0,
    skeleton: { selector: '.skeleton', atLeast: 6 },
    styleHooks: [
      { property: '--cw-role-faq-link-color', selector: '[part~="anchor-link"]', style: 'color' },
      { property: '--cw-role-faq-divider-color', selector: '[part~="item"]', style: 'borderTopColor' },
    ],
    forcedColors: { selectors: ['.list, .item, .no-match', '.anchor-link'] },
    focusable: true,
  });

  describe('questions from the data', () => {
    it('shows the ten Security Technician questions, all closed, with a labelled search field', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-technician"></role-faq>`);
      const role = await getRole('security-technician');
      expect(questions(el)).to.deep.equal(role.faq!.items.map((item) => item.question));
      expect(questions(el)).to.deep.equal(TECHNICIAN_QUESTIONS);
      expect(clean(part(el, 'heading')!.textContent)).to.equal('Questions about Security Technician');
      expect(details(el)).to.have.length(10);
      expect(details(el).every((d) => !d.open)).to.equal(true);
      for (const answer of all(el, '.answer')) expect(answer.checkVisibility()).to.equal(false);
      const field = input(el)!;
      expect(field.type).to.equal('search');
      expect(clean(field.labels![0]!.textContent)).to.equal('Search the questions');
      expect(field.labels![0]!.getBoundingClientRect().height).to.be.above(0);
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.contain('10 of 10 questions shown');
      expect(clean(part(el, 'sources')!.textContent)).to.contain('Source: Jobicy');
      await expectAccessibleInBothThemes(el);
    });

    it('shows the four Security Engineer questions with no search field', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-engineer"></role-faq>`);
      const role = await getRole('security-engineer');
      expect(questions(el)).to.deep.equal(role.faq!.items.map((item) => item.question));
      expect(questions(el)).to.deep.equal(ENGINEER_QUESTIONS);
      expect(details(el).every((d) => !d.open)).to.equal(true);
      expect(el.shadowRoot!.querySelector('input')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.equal(null);
      expect(clean(part(el, 'heading')!.textContent)).to.equal('Questions about Security Engineer');
      expect(clean(part(el, 'sources')!.textContent)).to.contain('Indeed');
      await expectAccessibleInBothThemes(el);
    });

    it('shows the answer, as plain text, when a question opens', async () => {
      const data = await roleCopy('security-engineer');
      data.faq!.items[0]!.answer = 'Use <b>bold</b> & <img src=x onerror="alert(1)"> nothing.';
      const el = await render<RoleFaq>(html`<role-faq .roleData=${data}></role-faq>`);
      const first = details(el)[0]!;
      const opened = nextEvent(first, 'toggle');
      first.open = true;
      await opened;
      const answer = first.querySelector<HTMLElement>('[part~="answer"]')!;
      expect(answer.textContent).to.equal('Use <b>bold</b> & <img src=x onerror="alert(1)"> nothing.');
      expect(answer.checkVisibility()).to.equal(true);
      expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
    });

    it('gives every question a stable anchor and a labelled link to it', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-technician"></role-faq>`);
      const items = all(el, '[part~="item"]');
      expect(items.map((item) => item.id)).to.deep.equal(
        TECHNICIAN_QUESTIONS.map((question) => `security-technician-faq-${faqSlug(question)}`),
      );
      expect(items[2]!.id).to.equal('security-technician-faq-must-security-technicians-hold-a-licence');
      expect(items[0]!.id).to.equal(
        'security-technician-faq-which-certifications-carry-the-most-weight-for-a-security',
      );
      const links = all<HTMLAnchorElement>(el, '[part~="anchor-link"]');
      expect(links).to.have.length(10);
      links.forEach((link, i) => {
        expect(link.getAttribute('href')).to.equal(`#${items[i]!.id}`);
        expect(link.getAttribute('aria-label')).to.equal(`Link to this question: ${TECHNICIAN_QUESTIONS[i]}`);
        const box = link.getBoundingClientRect();
        expect(box.width, 'target width').to.be.at.least(24);
        expect(box.height, 'target height').to.be.at.least(24);
      });
    });

    it('keeps anchors unique when two questions share a slug', async () => {
      const data = await roleCopy('security-engineer');
      data.faq!.items[1]!.question = 'What qualities set a strong Security Engineer apart!';
      data.faq!.items[2]!.question = '???';
      const el = await render<RoleFaq>(html`<role-faq .roleData=${data}></role-faq>`);
      expect(all(el, '[part~="item"]').map((item) => item.id)).to.deep.equal([
        'security-engineer-faq-what-qualities-set-a-strong-security-engineer-apart',
        'security-engineer-faq-what-qualities-set-a-strong-security-engineer-apart-2',
        'security-engineer-faq-3',
        'security-engineer-faq-does-a-security-engineer-s-work-change-from-one-industry-to',
      ]);
    });
  });

  describe('faqSlug', () => {
    it('lower-cases and joins words with single hyphens, trimmed', () => {
      expect(faqSlug('Must Security Technicians hold a licence?')).to.equal('must-security-technicians-hold-a-licence');
      expect(faqSlug('  --Who hires   Security Technicians?!  ')).to.equal('who-hires-security-technicians');
      expect(faqSlug('How does a Security Engineer’s job differ?')).to.equal(
        'how-does-a-security-engineer-s-job-differ',
      );
      expect(faqSlug('24/7 on-call: 2 shifts')).to.equal('24-7-on-call-2-shifts');
    });

    it('drops accents, and returns an empty slug when nothing is left', () => {
      expect(faqSlug('Café crème à la carte?')).to.equal('cafe-creme-a-la-carte');
      expect(faqSlug('?!… —')).to.equal('');
    });

    it('cuts to at most 60 characters at a word boundary', () => {
      const long = 'Is it possible to move from security technician work into cybersecurity?';
      expect(faqSlug(long)).to.equal('is-it-possible-to-move-from-security-technician-work-into');
      expect(faqSlug(long).length).to.be.at.most(60);
      // Exactly 60 characters of whole words stays whole.
      const sixty = `${'abcd-'.repeat(11)}abcde`;
      expect(sixty).to.have.length(60);
      expect(faqSlug(`${sixty} more words`)).to.equal(sixty);
      expect(faqSlug(sixty)).to.equal(sixty);
      // One word longer than 60 characters is cut at 60.
      expect(faqSlug('x'.repeat(70))).to.equal('x'.repeat(60));
      for (const question of [...TECHNICIAN_QUESTIONS, ...ENGINEER_QUESTIONS]) {
        const slug = faqSlug(question);
        expect(slug.length, question).to.be.at.most(60);
        expect(slug, question).to.match(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }
    });
  });

  describe('opening and closing questions', () => {
    it('opens and closes from the keyboard: Tab to a question, Enter and Space', async () => {
      const { before, el } = await renderBetweenButtons<RoleFaq>('role-faq', { roleId: 'security-technician' });
      const events = collect(el, 'cw-faq-toggle');
      try {
        before.focus();
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(input(el));
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(summaries(el)[0]);

        const opened = nextEvent(el, 'cw-faq-toggle');
        await sendKeys({ press: 'Enter' });
        const expected: CwFaqToggleDetail = {
          index: 0,
          question: TECHNICIAN_QUESTIONS[0]!,
          open: true,
          anchor: `security-technician-faq-${faqSlug(TECHNICIAN_QUESTIONS[0]!)}`,
        };
        expect((await opened).detail).to.deep.equal(expected);
        expect(details(el)[0]!.open).to.equal(true);

        // Tab passes the question's link, then reaches the next question.
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(part(el, 'anchor-link'));
        await sendKeys({ press: 'Tab' });
        expect(el.shadowRoot!.activeElement).to.equal(summaries(el)[1]);
        const second = nextEvent(el, 'cw-faq-toggle');
        await sendKeys({ press: ' ' }); // Space
        expect((await second).detail).to.include({ index: 1, open: true });

        const closed = nextEvent(el, 'cw-faq-toggle');
        await sendKeys({ press: ' ' }); // Space
        expect((await closed).detail).to.deep.equal({
          index: 1,
          question: TECHNICIAN_QUESTIONS[1]!,
          open: false,
          anchor: `security-technician-faq-${faqSlug(TECHNICIAN_QUESTIONS[1]!)}`,
        });
        expect(details(el).map((d) => d.open)).to.deep.equal([true, ...Array<boolean>(9).fill(false)]);
        expect(events.details.map(({ index, open }) => [index, open])).to.deep.equal([
          [0, true],
          [1, true],
          [1, false],
        ]);
        await expectAccessibleInBothThemes(el);
      } finally {
        events.stop();
      }
    });

    it('fires cw-faq-toggle once per change for pointer clicks, bubbling to the document', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-engineer"></role-faq>`);
      const events = collect(document, 'cw-faq-toggle');
      try {
        // Each click's change, once the browser has reported it.
        for (let i = 0; i < 2; i++) {
          const reported = nextEvent(details(el)[3]!, 'toggle');
          summaries(el)[3]!.click();
          await reported;
        }
        // Opened and closed again before the browser reports it: no change, no event.
        const reported = nextEvent(details(el)[2]!, 'toggle');
        details(el)[2]!.open = true;
        details(el)[2]!.open = false;
        await reported;
        expect(events.details).to.deep.equal([
          { index: 3, question: ENGINEER_QUESTIONS[3], open: true, anchor: all(el, '.item')[3]!.id },
          { index: 3, question: ENGINEER_QUESTIONS[3], open: false, anchor: all(el, '.item')[3]!.id },
        ]);
      } finally {
        events.stop();
      }
    });
  });

  describe('search', () => {
    it('filters questions as the reader types, with a live count and cw-faq-search', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-technician"></role-faq>`);
      const events = collect(el, 'cw-faq-search');
      try {
        input(el)!.focus();
        await sendKeys({ type: 'licen' });
        await el.updateComplete;
        expect(shownQuestions(el)).to.deep.equal(['Must Security Technicians hold a licence?']);
        const status = el.shadowRoot!.querySelector('[role="status"]')!;
        expect(clean(status.textContent)).to.equal('1 of 10 questions shown');
        expect(events.details.at(-1)).to.deep.equal({ query: 'licen', matches: 1 });
        expect(events.details.map((detail) => detail.query)).to.deep.equal(['l', 'li', 'lic', 'lice', 'licen']);
        await expectAccessibleInBothThemes(el);
      } finally {
        events.stop();
      }
    });

    it('searches answers too, ignoring case, accents, quote styles and surrounding spaces', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-technician"></role-faq>`);
      const events = collect(el, 'cw-faq-search');
      try {
        // "Honeywell" is only in the first answer.
        await search(el, '  HONEYWELL ');
        expect(shownQuestions(el)).to.deep.equal([TECHNICIAN_QUESTIONS[0]]);
        expect(countText(el)).to.equal('1 of 10 questions shown');
        expect(events.details.at(-1)).to.deep.equal({ query: 'HONEYWELL', matches: 1 });

        await search(el, 'LICÉNCE');
        expect(shownQuestions(el)).to.deep.equal([TECHNICIAN_QUESTIONS[2]]);

        // The answer says “technician’s profile”.
        await search(el, "technician's profile");
        expect(shownQuestions(el)).to.deep.equal([TECHNICIAN_QUESTIONS[0]]);

        await search(el, 'network');
        expect(shownQuestions(el)).to.deep.equal([
          TECHNICIAN_QUESTIONS[0],
          TECHNICIAN_QUESTIONS[1],
          TECHNICIAN_QUESTIONS[9],
        ]);
        expect(countText(el)).to.equal('3 of 10 questions shown');
        expect(events.details.at(-1)).to.deep.equal({ query: 'network', matches: 3 });

        // Only surrounding spaces changed: the same query, no new event.
        const before = events.details.length;
        await search(el, ' network  ');
        expect(events.details).to.have.length(before);

        await search(el, '');
        expect(shownQuestions(el)).to.deep.equal(TECHNICIAN_QUESTIONS);
        expect(countText(el)).to.equal('10 of 10 questions shown');
        expect(events.details.at(-1)).to.deep.equal({ query: '', matches: 10 });
      } finally {
        events.stop();
      }
    });

    it('says visibly and politely when nothing matches', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-technician"></role-faq>`);
      const event = nextEvent(el, 'cw-faq-search');
      await search(el, 'zebra crossing');
      const expected: CwFaqSearchDetail = { query: 'zebra crossing', matches: 0 };
      expect((await event).detail).to.deep.equal(expected);
      expect(shownQuestions(el)).to.deep.equal([]);
      const status = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(status.getAttribute('part')).to.equal('status');
      const noMatch = part(el, 'no-match')!;
      expect(status.contains(noMatch)).to.equal(true);
      expect(clean(noMatch.textContent)).to.equal('No questions match “zebra crossing”.');
      expect(noMatch.getBoundingClientRect().height).to.be.above(0);
      expect(countText(el)).to.equal('0 of 10 questions shown');
      await expectAccessibleInBothThemes(el);
      await search(el, 'hours');
      expect(part(el, 'no-match')).to.equal(null);
      expect(shownQuestions(el)).to.deep.equal([TECHNICIAN_QUESTIONS[4]]);
    });

    it('writes the count with the numerals of the element’s language', async () => {
      const el = await renderInside<RoleFaq>('role-faq', { roleId: 'security-technician' }, { lang: 'ar-EG' });
      expect(countText(el)).to.contain('١٠');
      expect(countText(el)).not.to.contain('10');
    });

    it('starts afresh, closed and unfiltered, when the role changes', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-technician"></role-faq>`);
      details(el)[0]!.open = true;
      await search(el, 'licence');
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-engineer';
      await loaded;
      await el.updateComplete;
      expect(questions(el)).to.deep.equal(ENGINEER_QUESTIONS);
      expect(shownQuestions(el)).to.deep.equal(ENGINEER_QUESTIONS);
      expect(details(el).every((d) => !d.open)).to.equal(true);
      expect(input(el)).to.equal(null);
      el.roleId = 'security-technician';
      await settled(el);
      await el.updateComplete;
      expect(input(el)!.value).to.equal('');
      expect(shownQuestions(el)).to.deep.equal(TECHNICIAN_QUESTIONS);
    });
  });

  describe('anchors and the URL fragment', () => {
    const licence = 'security-technician-faq-must-security-technicians-hold-a-licence';
    const hires = 'security-technician-faq-who-hires-security-technicians';

    it('opens, scrolls to and focuses the question named when the page opens', async () => {
      const scroll = spyScroll();
      try {
        await setHash(licence);
        const toggled = nextEvent(document, 'cw-faq-toggle');
        const el = await fixture<RoleFaq>(html`<role-faq role-id="security-technician"></role-faq>`);
        const { detail } = await toggled;
        expect(detail).to.deep.equal({ index: 2, question: TECHNICIAN_QUESTIONS[2], open: true, anchor: licence });
        const item = el.shadowRoot!.getElementById(licence)!;
        expect(item.querySelector('details')!.open).to.equal(true);
        expect(details(el).filter((d) => d.open)).to.have.length(1);
        expect(el.shadowRoot!.activeElement).to.equal(item.querySelector('summary'));
        expect(scroll.calls).to.have.length(1);
        expect(scroll.calls[0]!.target).to.equal(item);
        expect(scroll.calls[0]!.options).to.include({ behavior: expectedBehavior() });
      } finally {
        scroll.restore();
      }
    });

    it('follows later hashchanges, and only to its own anchors', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-technician"></role-faq>`);
      const scroll = spyScroll();
      const events = collect(el, 'cw-faq-toggle');
      try {
        await setHash('somewhere-else');
        await setHash('security-engineer-faq-what-does-a-security-engineer-do-day-to-day');
        // The element answers a fragment once it has updated: by now it would have opened a question.
        await el.updateComplete;
        expect(details(el).some((d) => d.open)).to.equal(false);
        expect(scroll.calls).to.have.length(0);

        const toggled = nextEvent(el, 'cw-faq-toggle');
        await setHash(hires);
        expect((await toggled).detail).to.deep.equal({
          index: 6,
          question: TECHNICIAN_QUESTIONS[6],
          open: true,
          anchor: hires,
        });
        const item = el.shadowRoot!.getElementById(hires)!;
        expect(el.shadowRoot!.activeElement).to.equal(item.querySelector('summary'));
        expect(scroll.calls.at(-1)!.target).to.equal(item);
        expect(events.details).to.have.length(1);
      } finally {
        scroll.restore();
        events.stop();
      }
    });

    it('opens the question when its own link is followed', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-technician"></role-faq>`);
      const scroll = spyScroll();
      try {
        const toggled = nextEvent(el, 'cw-faq-toggle');
        const link = all<HTMLAnchorElement>(el, '[part~="anchor-link"]')[4]!;
        link.click();
        expect((await toggled).detail).to.include({ index: 4, open: true });
        expect(location.hash).to.equal(`#${all(el, '.item')[4]!.id}`);
      } finally {
        scroll.restore();
      }
    });

    it('scrolls without animation when the reader asks for reduced motion', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-technician"></role-faq>`);
      const scroll = spyScroll();
      const original = window.matchMedia;
      // Answers prefers-reduced-motion queries with `reduce`, and every other query as usual.
      const fake = (reduce: boolean) => (query: string) => {
        const result = original.call(window, query);
        if (!query.includes('prefers-reduced-motion')) return result;
        return Object.defineProperty(Object.create(result) as MediaQueryList, 'matches', {
          value: query.includes('reduce') === reduce,
        });
      };
      try {
        window.matchMedia = fake(true);
        let toggled = nextEvent(el, 'cw-faq-toggle');
        await setHash(hires);
        await toggled;
        expect(scroll.calls.at(-1)!.options).to.include({ behavior: 'auto' });
        window.matchMedia = fake(false);
        toggled = nextEvent(el, 'cw-faq-toggle');
        await setHash(licence);
        await toggled;
        expect(scroll.calls.at(-1)!.options).to.include({ behavior: 'smooth' });
      } finally {
        window.matchMedia = original;
        scroll.restore();
      }
    });

    it('clears a search that hides the question the fragment names', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-technician"></role-faq>`);
      const scroll = spyScroll();
      try {
        await search(el, 'licence');
        expect(shownQuestions(el)).to.have.length(1);
        const searched = nextEvent(el, 'cw-faq-search');
        const toggled = nextEvent(el, 'cw-faq-toggle');
        await setHash(hires);
        expect((await searched).detail).to.deep.equal({ query: '', matches: 10 });
        expect((await toggled).detail).to.include({ index: 6, open: true });
        expect(shownQuestions(el)).to.deep.equal(TECHNICIAN_QUESTIONS);
        expect(input(el)!.value).to.equal('');
      } finally {
        scroll.restore();
      }
    });

    it('stops listening to hashchange once disconnected', async () => {
      const el = await render<RoleFaq>(html`<role-faq role-id="security-technician"></role-faq>`);
      const scroll = spyScroll();
      try {
        el.remove();
        await setHash(hires);
        await el.updateComplete;
        expect(el.shadowRoot!.getElementById(hires)!.querySelector('details')!.open).to.equal(false);
        expect(scroll.calls).to.have.length(0);
      } finally {
        scroll.restore();
      }
    });
  });

  describe('looks', () => {
    it('keeps every question a target at least 24px tall in a 280px container, all open', async () => {
      const [el] = await renderAtWidths<RoleFaq>('role-faq', [280], { roleId: 'security-technician' });
      await openAll(el);
      for (const summary of summaries(el)) expect(summary.getBoundingClientRect().height).to.be.at.least(24);
    });
  });
});
