import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import '../src/define/day-in-the-life.js';
import '../src/define/career-role.js';
import type { DayInTheLife } from '../src/components/day-in-the-life/day-in-the-life.js';
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

const part = (el: DayInTheLife, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const parts = (el: DayInTheLife, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
/** Text with white space folded, including the narrow no-break space some engines put before "AM". */
const clean = (node: Node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Each block as the reader gets it. */
const shownBlocks = (el: DayInTheLife) =>
  parts(el, 'block').map((block) => ({
    label: clean(block.querySelector('[part~="subheading"]')!),
    time: clean(block.querySelector('[part~="time"]')!),
    datetimes: [...block.querySelectorAll('time')].map((time) => time.getAttribute('datetime')),
    focus: clean(block.querySelector('[part~="focus"]')!),
    tasks: [...block.querySelectorAll('[part~="task"]')].map(clean),
  }));

const SECURITY_TECHNICIAN_TIMES = ['9:00 AM – 12:00 PM', '12:00 PM – 3:00 PM', '3:00 PM – 6:00 PM'];

describe('<day-in-the-life>', () => {
  describe('the day from the data', () => {
    it('shows the Security Technician day exactly: labels, times, focus and tasks', async () => {
      const data = await getRole('security-technician');
      const blocks = data.dayInTheLife!.blocks;
      const el = await render<DayInTheLife>(html`<day-in-the-life role-id="security-technician"></day-in-the-life>`);
      expect(el.state).to.equal('ready');
      expect(clean(part(el, 'heading')!)).to.equal('A day in the life: Security Technician');
      expect(shownBlocks(el)).to.deep.equal(
        blocks.map((block, i) => ({
          label: block.label,
          time: SECURITY_TECHNICIAN_TIMES[i],
          datetimes: [block.start, block.end],
          focus: `Focus: ${block.focus}`,
          tasks: block.tasks,
        })),
      );
      expect(shownBlocks(el).map((block) => block.label)).to.deep.equal(['Morning', 'Afternoon', 'Late Afternoon']);
      expect(shownBlocks(el)[0]!.datetimes).to.deep.equal(['09:00', '12:00']);
      expect(parts(el, 'task').length).to.equal(15);
      // An ordered list of blocks, each with a real list of its tasks, named after the block.
      const timeline = part(el, 'timeline')!;
      expect(timeline.localName).to.equal('ol');
      expect(timeline.querySelectorAll(':scope > li').length).to.equal(3);
      const lists = parts(el, 'tasks');
      expect(lists.map((list) => list.localName)).to.deep.equal(['ul', 'ul', 'ul']);
      expect(lists.map((list) => list.getAttribute('aria-label'))).to.deep.equal([
        'Tasks: Morning',
        'Tasks: Afternoon',
        'Tasks: Late Afternoon',
      ]);
      expect(parts(el, 'marker').every((marker) => marker.getAttribute('aria-hidden') === 'true')).to.equal(true);
      expect(textOf(el)).to.contain('Source: Jobicy, “Security Technician Career Path Guide”');
      await expectAccessibleInBothThemes(el);
    });

    for (const [id, title] of [
      ['security-systems-technician', 'Security Systems Technician'],
      ['security-engineer', 'Security Engineer'],
    ] as const) {
      it(`says so when a role describes no day (${title})`, async () => {
        const el = await render<DayInTheLife>(html`<day-in-the-life role-id=${id}></day-in-the-life>`);
        expect(el.state).to.equal('ready');
        expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
        expect(part(el, 'timeline')).to.equal(null);
        expect(clean(part(el, 'heading')!)).to.equal(`A day in the life: ${title}`);
        expect(clean(part(el, 'message')!)).to.equal(`No typical day is described for ${title}.`);
        await expectAccessibleInBothThemes(el);
      });
    }

    it('writes the times in the element’s language', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="de"><day-in-the-life role-id="security-technician"></day-in-the-life></div>`,
      );
      const el = await settled(wrapper.querySelector('day-in-the-life')!);
      expect(shownBlocks(el).map((block) => block.time)).to.deep.equal([
        '09:00 – 12:00',
        '12:00 – 15:00',
        '15:00 – 18:00',
      ]);
      wrapper.setAttribute('lang', 'en-US');
      el.requestUpdate();
      await el.updateComplete;
      expect(shownBlocks(el)[0]!.time).to.equal('9:00 AM – 12:00 PM');
      wrapper.setAttribute('lang', 'en-GB');
      el.requestUpdate();
      await el.updateComplete;
      expect(shownBlocks(el)[0]!.time).to.equal('09:00 – 12:00');
      expect(shownBlocks(el)[0]!.datetimes).to.deep.equal(['09:00', '12:00']);
    });

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-technician');
      data.dayInTheLife!.blocks[0]!.tasks[0] = '<img src=x onerror=alert(1)>';
      data.dayInTheLife!.blocks[0]!.label = '<b>Dawn</b>';
      const el = await render<DayInTheLife>(html`<day-in-the-life .roleData=${data}></day-in-the-life>`);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(shownBlocks(el)[0]!.tasks[0]).to.equal('<img src=x onerror=alert(1)>');
      expect(shownBlocks(el)[0]!.label).to.equal('<b>Dawn</b>');
    });
  });

  describe('layout', () => {
    it('puts the times in a column before the line when wide, and under the label when narrow', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <div style="width: 280px"><day-in-the-life role-id="security-technician"></day-in-the-life></div>
          <div style="width: 800px"><day-in-the-life role-id="security-technician"></day-in-the-life></div>
        </div>`,
      );
      const [narrow, wide] = [...wrapper.querySelectorAll('day-in-the-life')];
      await Promise.all([settled(narrow!), settled(wide!)]);
      const box = (el: DayInTheLife, name: string) => part(el, name)!.getBoundingClientRect();
      expect(box(wide!, 'time').right).to.be.at.most(box(wide!, 'marker').left);
      expect(box(wide!, 'time').top).to.be.below(box(wide!, 'focus').top);
      expect(box(narrow!, 'time').left).to.be.above(box(narrow!, 'marker').right);
      expect(box(narrow!, 'time').top).to.be.at.least(box(narrow!, 'subheading').bottom - 1);
      // The line joins each marker to the next: a border, so forced colours keep it.
      const line = getComputedStyle(parts(wide!, 'block')[0]!, '::before');
      expect(line.borderInlineStartStyle).to.equal('solid');
      expect(parseFloat(line.borderInlineStartWidth)).to.be.greaterThan(0);
      expect(getComputedStyle(parts(wide!, 'block')[2]!, '::before').content).to.equal('none');
    });

    it('is readable at 280px: nothing overflows its box', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="width: 280px"><day-in-the-life role-id="security-technician"></day-in-the-life></div>`,
      );
      const el = await settled(wrapper.querySelector('day-in-the-life')!);
      const base = part(el, 'base')!;
      expect(el.getBoundingClientRect().width).to.equal(280);
      expect(base.scrollWidth).to.be.at.most(base.clientWidth);
      const right = base.getBoundingClientRect().right;
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="block"] > *, li')) {
        expect(node.scrollWidth, clean(node)).to.be.at.most(node.clientWidth + 1);
        expect(node.getBoundingClientRect().right, clean(node)).to.be.at.most(right);
      }
    });
  });

  describe('choosing the role', () => {
    it('takes validated roleData', async () => {
      const data = await roleCopy('security-technician');
      data.dayInTheLife!.blocks = [{ label: 'Night', start: '22:00', end: '23:30', focus: 'Patrols', tasks: ['Walk'] }];
      const loaded = nextEvent(document, 'cw-load');
      const el = await fixture<DayInTheLife>(html`<day-in-the-life .roleData=${data}></day-in-the-life>`);
      const { detail } = await loaded;
      await el.updateComplete;
      expect(detail).to.deep.equal({
        roleId: 'security-technician',
        title: 'Security Technician',
        source: 'role-data',
      });
      expect(shownBlocks(el)).to.deep.equal([
        {
          label: 'Night',
          time: '10:00 PM – 11:30 PM',
          datetimes: ['22:00', '23:30'],
          focus: 'Focus: Patrols',
          tasks: ['Walk'],
        },
      ]);
    });

    it('takes role-id, and re-renders when it changes', async () => {
      const el = await render<DayInTheLife>(html`<day-in-the-life role-id="security-technician"></day-in-the-life>`);
      expect(parts(el, 'block').length).to.equal(3);
      const loaded = nextEvent(el, 'cw-load');
      el.roleId = 'security-engineer';
      expect((await loaded).detail).to.include({ roleId: 'security-engineer', source: 'role-id' });
      await el.updateComplete;
      expect(textOf(el)).to.contain('No typical day is described for Security Engineer.');
    });

    it('fetches src when it is the only source', async () => {
      const loaded = nextEvent(document, 'cw-load');
      const el = await render<DayInTheLife>(
        html`<day-in-the-life src="/__cw/role/security-technician"></day-in-the-life>`,
      );
      expect((await loaded).detail.source).to.equal('src');
      expect(el.state).to.equal('ready');
      expect(shownBlocks(el).map((block) => block.time)).to.deep.equal(SECURITY_TECHNICIAN_TIMES);
    });

    it('uses the role of the nearest <career-role>', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <career-role role-id="security-engineer">
            <section><day-in-the-life></day-in-the-life></section>
          </career-role>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('day-in-the-life')!);
      expect(el.loadedRole?.id).to.equal('security-engineer');
      expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
      const reloaded = nextEvent(el, 'cw-load');
      wrapper.querySelector<CareerRole>('career-role')!.roleId = 'security-technician';
      expect((await reloaded).detail).to.include({ roleId: 'security-technician', source: 'context' });
      await el.updateComplete;
      expect(shownBlocks(el)[1]!.focus).to.equal('Focus: System Maintenance and Troubleshooting');
    });
  });

  describe('states', () => {
    it('shows a busy loading state of the same height as the ready state at 800px', async () => {
      const container = await fixture<HTMLDivElement>(
        html`<div style="width: 800px">
          <day-in-the-life src=${STALLING_URL}></day-in-the-life>
          <day-in-the-life role-id="security-technician"></day-in-the-life>
        </div>`,
      );
      const [loading, ready] = [...container.querySelectorAll('day-in-the-life')];
      await loading!.updateComplete;
      await settled(ready!);
      expect(loading!.state).to.equal('loading');
      expect(part(loading!, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(textOf(loading!)).to.contain('Loading');
      expect(clean(part(loading!, 'heading')!)).to.equal('A day in the life');
      // Placeholders shaped like the blocks: three, each with a marker.
      expect(loading!.shadowRoot!.querySelectorAll('.skeleton-marker').length).to.equal(3);
      expect(loading!.getBoundingClientRect().height).to.be.closeTo(ready!.getBoundingClientRect().height, 2);
      // The reserved height is a custom property.
      loading!.style.setProperty('--cw-day-in-the-life-min-height', '60em');
      expect(part(loading!, 'base')!.getBoundingClientRect().height).to.be.closeTo(
        60 * parseFloat(getComputedStyle(loading!).fontSize),
        1,
      );
      await expectAccessibleInBothThemes(loading!);
    });

    it('keeps the reserved height in the absent, unset and error states', async () => {
      const warnings = captureWarnings();
      try {
        const container = await fixture<HTMLDivElement>(
          html`<div style="width: 800px">
            <day-in-the-life role-id="security-technician"></day-in-the-life>
            <day-in-the-life role-id="security-engineer"></day-in-the-life>
            <day-in-the-life></day-in-the-life>
            <day-in-the-life role-id="astronaut"></day-in-the-life>
          </div>`,
        );
        const [ready, absent, unset, failed] = [...container.querySelectorAll('day-in-the-life')];
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
        data.dayInTheLife!.blocks[1]!.start = '11:00';
        const error = nextEvent(document, 'cw-error');
        const el = await fixture<DayInTheLife>(html`<day-in-the-life .roleData=${data}></day-in-the-life>`);
        const { detail } = await error;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail.kind).to.equal('invalid-data');
        expect(detail.source).to.equal('role-data');
        expect(detail.issues?.map((issue) => issue.path)).to.include('dayInTheLife.blocks.1.start');
        expect(textOf(el)).to.contain('The career data for this section is not valid, so it cannot be shown.');
        expect(clean(part(el, 'heading')!)).to.equal('A day in the life');
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain('dayInTheLife.blocks.1.start');
        expect(warnings.messages.find((m) => m.includes('dayInTheLife.blocks.1.start'))).to.exist;
        await expectAccessibleInBothThemes(el);
      } finally {
        warnings.restore();
      }
    });

    it('reports a clock time that is not a 24-hour time', async () => {
      const warnings = captureWarnings();
      try {
        const data = await roleCopy('security-technician');
        data.dayInTheLife!.blocks[0]!.end = '9am';
        const error = nextEvent(document, 'cw-error');
        await fixture<DayInTheLife>(html`<day-in-the-life .roleData=${data}></day-in-the-life>`);
        const { detail } = await error;
        expect(detail.issues?.find((issue) => issue.path === 'dayInTheLife.blocks.0.end')?.message).to.contain(
          '24-hour time',
        );
        expect(warnings.messages.join('\n')).to.contain('dayInTheLife.blocks.0.end');
      } finally {
        warnings.restore();
      }
    });

    it('says when no role is chosen, rather than staying blank', async () => {
      const el = await fixture<DayInTheLife>(html`<day-in-the-life></day-in-the-life>`);
      expect(el.state).to.equal('unset');
      expect(textOf(el)).to.contain('No role chosen');
      await expectAccessibleInBothThemes(el);
    });
  });

  describe('reading and keyboard', () => {
    it('adds no tab stops: Tab goes straight through the timeline', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div>
          <button id="before">before</button>
          <day-in-the-life role-id="security-technician"></day-in-the-life>
          <button id="after">after</button>
        </div>`,
      );
      const el = await settled(wrapper.querySelector('day-in-the-life')!);
      expect(el.shadowRoot!.querySelectorAll('[tabindex], a, button, input').length).to.equal(0);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.id).to.equal('after');
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(document.activeElement?.id).to.equal('before');
    });

    it('uses heading-level for its heading and the block labels below it', async () => {
      const el = await render<DayInTheLife>(
        html`<day-in-the-life role-id="security-technician" heading-level="2"></day-in-the-life>`,
      );
      expect(part(el, 'heading')!.localName).to.equal('h2');
      expect(parts(el, 'subheading').map((h) => h.localName)).to.deep.equal(['h3', 'h3', 'h3']);
      el.headingLevel = 5;
      await el.updateComplete;
      expect(part(el, 'heading')!.localName).to.equal('h5');
      expect(parts(el, 'subheading').map((h) => h.localName)).to.deep.equal(['h6', 'h6', 'h6']);
    });
  });

  describe('looks', () => {
    afterEach(async () => {
      await emulate([]);
    });

    it('switches colours with theme and follows its custom properties', async () => {
      const el = await render<DayInTheLife>(
        html`<day-in-the-life role-id="security-technician" theme="light"></day-in-the-life>`,
      );
      const marker = part(el, 'marker')!;
      const light = getComputedStyle(marker).borderTopColor;
      el.theme = 'dark';
      await el.updateComplete;
      expect(getComputedStyle(marker).borderTopColor).not.to.equal(light);
      el.style.setProperty('--cw-day-in-the-life-marker-color', 'rgb(1, 2, 3)');
      el.style.setProperty('--cw-day-in-the-life-line-color', 'rgb(4, 5, 6)');
      expect(getComputedStyle(marker).borderTopColor).to.equal('rgb(1, 2, 3)');
      expect(getComputedStyle(parts(el, 'block')[0]!, '::before').borderInlineStartColor).to.equal('rgb(4, 5, 6)');
    });

    it('keeps markers and the line visible in forced-colours mode', async () => {
      const el = await render<DayInTheLife>(html`<day-in-the-life role-id="security-technician"></day-in-the-life>`);
      if (await emulate([{ name: 'forced-colors', value: 'active' }])) {
        expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
        const marker = getComputedStyle(part(el, 'marker')!);
        expect(marker.borderTopStyle).to.equal('solid');
        expect(parseFloat(marker.borderTopWidth)).to.be.greaterThan(0);
        expect(getComputedStyle(parts(el, 'block')[0]!, '::before').borderInlineStartStyle).to.equal('solid');
        await expect(el).to.be.accessible();
      } else {
        // Engines that cannot emulate it still carry the rules.
        const rules = el
          .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
          .filter(
            (rule): rule is CSSMediaRule =>
              rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors'),
          )
          .flatMap((rule) => [...rule.cssRules].map((inner) => (inner as CSSStyleRule).selectorText));
        expect(rules).to.include('.marker');
      }
    });

    it('sizes text in em, so a 62.5% root font size does not shrink it', async () => {
      document.documentElement.style.fontSize = '62.5%';
      try {
        const wrapper = await fixture<HTMLDivElement>(
          html`<div style="font-size: 16px"><day-in-the-life role-id="security-technician"></day-in-the-life></div>`,
        );
        const el = await settled(wrapper.querySelector('day-in-the-life')!);
        const size = (node: Element) => parseFloat(getComputedStyle(node).fontSize);
        expect(size(part(el, 'subheading')!)).to.equal(16);
        expect(size(part(el, 'focus')!)).to.equal(16);
        expect(size(part(el, 'time')!)).to.equal(14);
        expect(size(part(el, 'task')!)).to.equal(15);
        expect(size(el.shadowRoot!.querySelector('.sources')!)).to.be.at.least(12);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    it('uses no style attribute strings (strict CSP)', async () => {
      const el = await render<DayInTheLife>(html`<day-in-the-life role-id="security-technician"></day-in-the-life>`);
      expect(el.shadowRoot!.querySelectorAll('[style]').length).to.equal(0);
    });
  });

  it('is registered, and createElement is typed', () => {
    const el: DayInTheLife = document.createElement('day-in-the-life');
    expect(el).to.be.instanceOf(customElements.get('day-in-the-life')!);
  });
});
