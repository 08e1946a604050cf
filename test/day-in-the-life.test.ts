import { expect, fixture, html } from '@open-wc/testing';
import 'career-widgets-virtual/define/day-in-the-life';
import type { DayInTheLife } from '../src/components/day-in-the-life/day-in-the-life.js';
import { getRole } from '../src/data/catalogue.js';
import { describeElement } from './element-contract.js';
import {
  captureWarnings,
  clean,
  nextEvent,
  part,
  parts,
  render,
  renderAtWidths,
  renderInside,
  roleCopy,
  textOf,
} from './helpers.js';

/** Each block as the reader gets it (text with white space folded, including the narrow no-break space some engines put before "AM"). */
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
  describeElement('day-in-the-life', {
    heading: 'A day in the life',
    headingFor: (title) => `A day in the life: ${title}`,
    absentMessage: (title) => `No typical day is described for ${title}.`,
    content: ['timeline'],
    loads: ['dayInTheLife'],
    absent: [{ roleId: 'security-systems-technician' }, { roleId: 'security-engineer' }],
    invalid: { alter: (role) => (role.dayInTheLife!.blocks[1]!.start = '11:00'), path: 'dayInTheLife.blocks.1.start' },
    parts: [
      'base',
      'block',
      'focus',
      'heading',
      'marker',
      'sources',
      'subheading',
      'task',
      'tasks',
      'time',
      'timeline',
    ],
    subheadings: 3,
    // Placeholders shaped like the blocks: three, each with a marker.
    skeleton: { selector: '.skeleton-marker', count: 3 },
    themed: { selector: '[part~="marker"]', style: 'borderTopColor' },
    styleHooks: [
      { property: '--cw-day-in-the-life-marker-color', selector: '[part~="marker"]', style: 'borderTopColor' },
      {
        property: '--cw-day-in-the-life-line-color',
        selector: '[part~="block"]:not(:last-child)',
        pseudo: '::before',
        style: 'borderInlineStartColor',
      },
    ],
    forcedColors: {
      selectors: ['.marker'],
      // The line that joins each marker to the next is a border, so it stays.
      outlined: [
        '[part~="marker"]',
        { selector: '[part~="block"]:not(:last-child)', pseudo: '::before', edge: 'InlineStart' },
      ],
    },
    textSizes: { '[part~="subheading"]': 16, '[part~="focus"]': 16, '[part~="time"]': 14, '[part~="task"]': 15 },
    focusable: false,
  });

  describe('the day from the data', () => {
    it('shows the Security Technician day exactly: labels, times, focus and tasks', async () => {
      const data = await getRole('security-technician');
      const blocks = data.dayInTheLife!.blocks;
      const el = await render<DayInTheLife>(html`<day-in-the-life role-id="security-technician"></day-in-the-life>`);
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
      expect(shownBlocks(el)[1]!.focus).to.equal('Focus: System Maintenance and Troubleshooting');
    });

    it('writes the times in the element’s language', async () => {
      const el = await renderInside<DayInTheLife>('day-in-the-life', { roleId: 'security-technician' }, { lang: 'de' });
      const wrapper = el.parentElement!;
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

    it('shows the blocks of roleData', async () => {
      const data = await roleCopy('security-technician');
      data.dayInTheLife!.blocks = [{ label: 'Night', start: '22:00', end: '23:30', focus: 'Patrols', tasks: ['Walk'] }];
      const el = await render<DayInTheLife>(html`<day-in-the-life .roleData=${data}></day-in-the-life>`);
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

    it('renders data strings as text, never as markup', async () => {
      const data = await roleCopy('security-technician');
      data.dayInTheLife!.blocks[0]!.tasks[0] = '<img src=x onerror=alert(1)>';
      data.dayInTheLife!.blocks[0]!.label = '<b>Dawn</b>';
      const el = await render<DayInTheLife>(html`<day-in-the-life .roleData=${data}></day-in-the-life>`);
      expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
      expect(shownBlocks(el)[0]!.tasks[0]).to.equal('<img src=x onerror=alert(1)>');
      expect(shownBlocks(el)[0]!.label).to.equal('<b>Dawn</b>');
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
  });

  describe('layout', () => {
    it('puts the times in a column before the line when wide, and under the label when narrow', async () => {
      const [narrow, wide] = await renderAtWidths<DayInTheLife>('day-in-the-life', [280, 800], {
        roleId: 'security-technician',
      });
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
  });
});
