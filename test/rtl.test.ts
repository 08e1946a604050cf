/**
 * Right to left: under `dir="rtl"` every element lays itself out as the mirror image of its
 * left-to-right self, and nothing overflows its box.
 *
 * Every element of the registry (but `<career-role>`, which draws no box) is rendered with the
 * Security Technician role, its disclosures open, at 320px and 1000px, once in a `dir="ltr"` box
 * and once in a `dir="rtl"` one, all on one page, measured once; and so is every element while
 * loading and failing. For each element, state and width:
 *
 * - no overflow, right to left: the element, and each of its parts that clips or scrolls, scroll
 *   no wider than they are, and every box and line of text drawn stays within the element;
 * - mirrored: every box drawn (elements, the connecting lines drawn as `::before`, nested
 *   elements' shadow trees), measured from the element's edges, stands where its left-to-right
 *   counterpart stands measured from the other edge, with its left and right borders, padding,
 *   margins, rounded corners and text alignment swapped;
 * - what direction means, said plainly: the band runs from its lowest figure on the right to its
 *   highest on the left, the ladder's and the timeline's markers stand on the right of their
 *   text, the scales start on the right, and chevrons and arrows point left (down when open).
 *
 * A guide is rendered with two of its sections, measured with the rest.
 */
import { expect } from '@open-wc/testing';
import 'career-widgets-virtual/define';
import { ELEMENT_TAGS } from '../src/registry.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import { STALLING_URL, build, captureWarnings, roleCopy, settledDeep } from './helpers.js';

type Shown = RoleSourceElement & { updateComplete: Promise<boolean> };
type Direction = 'ltr' | 'rtl';

const TAGS = ELEMENT_TAGS.filter((tag) => tag !== 'career-role');
const WIDTHS = [320, 1000] as const;
const DIRECTIONS = ['ltr', 'rtl'] as const;
const roleId = 'security-technician';
/** Sub-pixel layout: a box may land a fraction of a pixel apart in the two directions. */
const ROUNDING = 1;
/**
 * English text set in a right-to-left line can come out a pixel or two wider or narrower: its
 * final full stop is set apart from the words (at their left), losing the kerning between them.
 * A box as wide as its text may be that much wider or narrower than its mirror image; it starts
 * where its mirror image starts all the same.
 */
const TEXT_ROUNDING = 3;

/**
 * The attributes each element is rendered with: a guide with two sections; a band with an offer
 * that starts below the published range (drawn dashed at its start, and labelled among the others).
 */
const ATTRIBUTES: Partial<Record<string, Record<string, string>>> = {
  'career-guide': { sections: 'salary-band, career-ladder' },
  'salary-band': { 'offer-min': '38000', 'offer-max': '50000' },
  'related-roles': { 'href-template': '/careers/{id}' },
};

/** Where a chevron or an arrow points: a unit vector, x to the right, y down. */
interface Pointing {
  x: number;
  y: number;
}

/** The rendered elements, by tag, width and direction. */
const rendered = new Map<string, Shown>();
/** Where each element's chevrons pointed while closed, before the disclosures were opened. */
const closedPointing = new Map<string, Pointing[]>();
const key = (tag: string, width: number, dir: Direction) => `${tag} ${width} ${dir}`;

/** Every shadow root of the element and of the elements inside it. */
function shadowRoots(el: Element): ShadowRoot[] {
  const root = el.shadowRoot;
  if (!root) return [];
  return [root, ...[...root.querySelectorAll('*')].flatMap((node) => shadowRoots(node))];
}

/** The chevrons and arrows drawn with two borders and turned: each disclosure's, each question's, each related role's. */
function pointers(el: Element): { node: Element; pseudo?: string }[] {
  return shadowRoots(el).flatMap((root) => [
    ...[...root.querySelectorAll('.chevron, .arrow')].map((node) => ({ node })),
    ...[...root.querySelectorAll('summary.summary')].map((node) => ({ node, pseudo: '::before' })),
  ]);
}

/**
 * Where a mark drawn with two adjacent borders points: at the corner where its borders meet,
 * turned by its rotation.
 */
function pointing({ node, pseudo }: { node: Element; pseudo?: string }): Pointing {
  const style = getComputedStyle(node, pseudo);
  const drawn = (side: string) => parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0;
  const corner = {
    x: (drawn('right') ? 1 : 0) - (drawn('left') ? 1 : 0),
    y: (drawn('bottom') ? 1 : 0) - (drawn('top') ? 1 : 0),
  };
  const angle = (parseFloat(style.rotate === 'none' ? '0' : style.rotate) * Math.PI) / 180;
  const x = corner.x * Math.cos(angle) - corner.y * Math.sin(angle);
  const y = corner.x * Math.sin(angle) + corner.y * Math.cos(angle);
  const length = Math.hypot(x, y) || 1;
  // + 0 turns -0 into 0.
  return { x: Math.round((x / length) * 100) / 100 + 0, y: Math.round((y / length) * 100) / 100 + 0 };
}

/** Finishes the chevrons' turns, so each is measured where it comes to rest. */
function finishTurns(el: Element): void {
  for (const root of shadowRoots(el)) for (const animation of root.getAnimations()) animation.finish();
}

/** True when the node is drawn: laid out, shown, and not clipped away (visually hidden text). */
function isDrawn(node: Element): boolean {
  if (!node.checkVisibility({ visibilityProperty: true })) return false;
  const rect = node.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0) return false;
  for (let at: Element | null = node; at; at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null) {
    if (getComputedStyle(at).clipPath !== 'none') return false;
  }
  return true;
}

/** A box measured across: from the element's left edge, and its width. */
interface Across {
  name: string;
  left: number;
  right: number;
  style?: CSSStyleDeclaration;
}

/** How a node is named in a failure: its path of tags and classes from the element. */
function nameOf(node: Element, el: Element): string {
  const names: string[] = [];
  for (
    let at: Element | null = node;
    at && at !== el;
    at = at.parentElement ?? (at.getRootNode() as ShadowRoot).host ?? null
  ) {
    names.unshift(`${at.localName}${at.classList.length ? `.${[...at.classList].join('.')}` : ''}`);
  }
  return names.join(' > ');
}

/**
 * Every box the element draws, in tree order, measured across from its left edge: each element
 * of its shadow trees that is not a line of text's inline box (a `<span>` in a sentence, which
 * keeps its place in the English text in either direction), or inside an SVG picture, and each
 * absolutely placed `::before` (the lines joining markers).
 */
function boxesOf(el: Element): Across[] {
  const origin = el.getBoundingClientRect().left;
  const boxes: Across[] = [];
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll('*')) {
      if (node instanceof SVGElement && node.localName !== 'svg') continue;
      if (!isDrawn(node)) continue;
      const style = getComputedStyle(node);
      const name = nameOf(node, el);
      if (!['inline', 'contents'].includes(style.display)) {
        const rect = node.getBoundingClientRect();
        boxes.push({ name, left: rect.left - origin, right: rect.right - origin, style });
      }
      const before = getComputedStyle(node, '::before');
      if (before.content !== 'none' && before.position === 'absolute') {
        const rect = node.getBoundingClientRect();
        // Its resolved left and width are used values; the width is its border box's (box-sizing: border-box).
        expect(before.boxSizing, `${name}::before`).to.equal('border-box');
        const left = rect.left + node.clientLeft + parseFloat(before.left) - origin;
        boxes.push({ name: `${name}::before`, left, right: left + parseFloat(before.width) });
      }
    }
  }
  return boxes;
}

/** Computed styles that name a side, in pairs that swap in the mirror image. */
const SIDE_PAIRS = [
  ['borderLeftWidth', 'borderRightWidth'],
  ['borderLeftStyle', 'borderRightStyle'],
  ['borderLeftColor', 'borderRightColor'],
  ['borderTopLeftRadius', 'borderTopRightRadius'],
  ['borderBottomLeftRadius', 'borderBottomRightRadius'],
  ['paddingLeft', 'paddingRight'],
  ['marginLeft', 'marginRight'],
] as const;
const MIRRORED_WORDS: Record<string, string> = { left: 'right', right: 'left' };

/** What differs between the left-to-right boxes and the mirror image of the right-to-left ones. */
function unmirrored(ltr: Element, rtl: Element): string[] {
  const width = ltr.getBoundingClientRect().width;
  expect(rtl.getBoundingClientRect().width).to.equal(width);
  const left = boxesOf(ltr);
  const right = boxesOf(rtl);
  expect(
    right.map((box) => box.name),
    'the same boxes drawn in both directions',
  ).to.deep.equal(left.map((box) => box.name));
  const problems: string[] = [];
  left.forEach((box, i) => {
    const mirror = right[i]!;
    const where = `${box.name}: ${box.left.toFixed(1)}–${box.right.toFixed(1)} left to right, ${mirror.left.toFixed(1)}–${mirror.right.toFixed(1)} right to left`;
    const start = Math.abs(width - mirror.right - box.left);
    const across = Math.abs(mirror.right - mirror.left - (box.right - box.left));
    if (start > ROUNDING || across > TEXT_ROUNDING) problems.push(where);
    if (!box.style || !mirror.style) return;
    for (const [start, end] of SIDE_PAIRS) {
      if (box.style[start] !== mirror.style[end] || box.style[end] !== mirror.style[start]) {
        problems.push(
          `${box.name}: ${start} ${box.style[start]} and ${end} ${box.style[end]} left to right, ${mirror.style[start]} and ${mirror.style[end]} right to left`,
        );
      }
    }
    for (const property of ['textAlign', 'float'] as const) {
      const value = box.style[property];
      if ((MIRRORED_WORDS[value] ?? value) !== mirror.style[property]) {
        problems.push(`${box.name}: ${property} ${value} left to right, ${mirror.style[property]} right to left`);
      }
    }
  });
  return problems;
}

/**
 * What overflows the element across: the element, or a part that clips or scrolls its content,
 * scrolling wider than it is; a box or a line of text drawn outside the element. A part that lets
 * its content show may reach past its own box (a ladder step draws the line to the next step
 * across the gap between them), as long as nothing leaves the element.
 */
function overflowing(el: Element): string[] {
  const problems: string[] = [];
  const box = el.getBoundingClientRect();
  const clipping = (node: Element) => isDrawn(node) && getComputedStyle(node).overflowX !== 'visible';
  const scrolling = [el, ...shadowRoots(el).flatMap((root) => [...root.querySelectorAll('[part]')].filter(clipping))];
  for (const node of scrolling) {
    if (node.scrollWidth > node.clientWidth + ROUNDING) {
      problems.push(`${nameOf(node, el) || el.localName} scrolls ${node.scrollWidth}px wide in ${node.clientWidth}px`);
    }
  }
  const outside = (rect: DOMRect) =>
    rect.width > 0 && (rect.left < box.left - ROUNDING || rect.right > box.right + ROUNDING);
  for (const root of shadowRoots(el)) {
    for (const node of root.querySelectorAll('*')) {
      if (!isDrawn(node)) continue;
      if (outside(node.getBoundingClientRect())) problems.push(`${nameOf(node, el)} drawn outside`);
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      if (!text.textContent!.trim() || !text.parentElement || !isDrawn(text.parentElement)) continue;
      const range = document.createRange();
      range.selectNodeContents(text);
      if ([...range.getClientRects()].some(outside))
        problems.push(`"${text.textContent!.trim().slice(0, 30)}" written outside`);
    }
  }
  return problems;
}

/** The first node with the part `name` in the element's shadow root. */
function part(el: Element, selector: string): HTMLElement {
  const node = el.shadowRoot!.querySelector<HTMLElement>(selector);
  expect(node, selector).to.exist;
  return node!;
}

const centre = (node: Element) => {
  const rect = node.getBoundingClientRect();
  return rect.left + rect.width / 2;
};

/** The states measured besides the loaded role, and the role that puts an element in each. */
const OTHER_STATES = {
  // Inside a <career-role> whose source never answers.
  loading: { expected: 'loading', roleId: undefined },
  // A role id that names no bundled role: the error box.
  error: { expected: 'error', roleId: 'astronaut' },
} as const;
type OtherState = keyof typeof OTHER_STATES;

/** What is wrong right to left with each element in the other states, by state, tag and width. */
const otherProblems = new Map<string, string[]>();

/**
 * Renders every element failing and loading (all the loading ones share one request, which
 * never answers), in both directions at both widths; measures each pair at once, before the
 * request times out, and takes them away.
 */
async function measureOtherStates(): Promise<void> {
  const elements = new Map<string, Shown>();
  const boxesOf = (state: OtherState) =>
    WIDTHS.flatMap((width) =>
      DIRECTIONS.map((dir) => {
        const box = document.createElement('div');
        box.dir = dir;
        box.style.width = `${width}px`;
        const { roleId: id } = OTHER_STATES[state];
        for (const tag of TAGS) {
          const attributes: Record<string, string> = { ...ATTRIBUTES[tag] };
          // A comparison takes no role from a <career-role>: it loads its own, from the same stalled
          // source; it fails only when none of its roles can be shown.
          if (tag === 'role-compare') {
            if (id) attributes['role-ids'] = `${id},${id}-too`;
            else attributes.src = `${STALLING_URL} ${STALLING_URL}?again`;
          }
          const el = build<Shown>(tag, id && tag !== 'role-compare' ? { roleId: id, attributes } : { attributes });
          elements.set(`${state} ${key(tag, width, dir)}`, el);
          box.append(el);
        }
        return box;
      }),
    );
  const shown = boxesOf('error');
  const provider = document.createElement('career-role');
  provider.setAttribute('src', STALLING_URL);
  provider.append(...boxesOf('loading'));
  const warnings = captureWarnings();
  try {
    document.body.append(...shown);
    await Promise.all([...elements].filter(([name]) => !name.startsWith('loading')).map(([, el]) => settledDeep(el)));
    document.body.append(provider);
    await Promise.all([...elements].filter(([name]) => name.startsWith('loading')).map(([, el]) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (const [state, { expected }] of Object.entries(OTHER_STATES)) {
      for (const tag of TAGS) {
        for (const width of WIDTHS) {
          const pair = DIRECTIONS.map((dir) => elements.get(`${state} ${key(tag, width, dir)}`)!);
          const problems = pair.filter((el) => el.state !== expected).map((el) => `${el.state}, not ${expected}`);
          try {
            problems.push(...overflowing(pair[1]!), ...unmirrored(pair[0]!, pair[1]!));
          } catch (error) {
            problems.push((error as Error).message);
          }
          otherProblems.set(`${state} ${key(tag, width, 'rtl')}`, problems);
        }
      }
    }
  } finally {
    warnings.restore();
    for (const node of [...shown, provider]) node.remove();
  }
}

describe('right to left', () => {
  before(async function () {
    this.timeout(30_000);
    // No bundled role has related roles: the Security Technician is given two, linked.
    const related = await roleCopy(roleId);
    related.relatedRoles = { ids: ['security-engineer', 'security-systems-technician'] };
    await measureOtherStates();
    const boxes: HTMLElement[] = [];
    for (const width of WIDTHS) {
      for (const dir of DIRECTIONS) {
        const box = document.createElement('div');
        box.dir = dir;
        box.style.width = `${width}px`;
        for (const tag of TAGS) {
          const attributes = { ...ATTRIBUTES[tag] };
          const el = build<Shown>(
            tag,
            tag === 'related-roles' ? { data: structuredClone(related), attributes } : { roleId, attributes },
          );
          rendered.set(key(tag, width, dir), el);
          box.append(el);
        }
        boxes.push(box);
      }
    }
    document.body.append(...boxes);
    await Promise.all([...rendered.values()].map((el) => settledDeep(el)));
    await document.fonts.ready;
    for (const [name, el] of rendered) {
      finishTurns(el);
      closedPointing.set(name, pointers(el).map(pointing));
      for (const root of shadowRoots(el)) for (const details of root.querySelectorAll('details')) details.open = true;
    }
    await Promise.all([...rendered.values()].map((el) => el.updateComplete));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    for (const el of rendered.values()) finishTurns(el);
  });

  after(() => {
    for (const el of rendered.values()) el.parentElement?.remove();
  });

  for (const tag of TAGS) {
    it(`<${tag}> mirrors its left-to-right layout and fits its box, in every state`, () => {
      for (const width of WIDTHS) {
        const ltr = rendered.get(key(tag, width, 'ltr'))!;
        const rtl = rendered.get(key(tag, width, 'rtl'))!;
        expect(rtl.state, `<${tag}> at ${width}px`).to.equal('ready');
        expect(overflowing(rtl), `<${tag}> at ${width}px, right to left: overflow`).to.deep.equal([]);
        expect(unmirrored(ltr, rtl), `<${tag}> at ${width}px: not mirrored`).to.deep.equal([]);
        for (const state of Object.keys(OTHER_STATES)) {
          expect(
            otherProblems.get(`${state} ${key(tag, width, 'rtl')}`),
            `<${tag}> at ${width}px, ${state}`,
          ).to.deep.equal([]);
        }
      }
    });
  }

  describe('what direction means', () => {
    it('<salary-band> runs from the lowest figure on the right to the highest on the left', () => {
      for (const width of WIDTHS) {
        const el = rendered.get(key('salary-band', width, 'rtl'))!;
        const track = part(el, '[part~="track"]').getBoundingClientRect();
        const [lowest, highest] = [...el.shadowRoot!.querySelectorAll('.below > .label')].map((label) =>
          label.getBoundingClientRect(),
        );
        expect(lowest!.right, `${width}px: the lowest figure ends at the track's right end`).to.be.closeTo(
          track.right,
          ROUNDING,
        );
        expect(highest!.left, `${width}px: the highest figure starts at the track's left end`).to.be.closeTo(
          track.left,
          ROUNDING,
        );
        const ticks = [...el.shadowRoot!.querySelectorAll('[part~="level"]')].map(centre);
        expect(ticks, `${width}px: entry, mid and senior ticks from right to left`).to.deep.equal(
          [...ticks].sort((a, b) => b - a),
        );
        const offer = part(el, '[part~="offer"]');
        const style = getComputedStyle(offer);
        expect(
          [style.borderRightStyle, style.borderLeftStyle],
          'an offer below the range is open (dashed) on the right',
        ).to.deep.equal(['dashed', 'solid']);
        expect(offer.getBoundingClientRect().right, 'and reaches the right end').to.be.at.least(track.right - ROUNDING);
        for (const rail of el.shadowRoot!.querySelectorAll('.rail')) {
          const labels = [...rail.querySelectorAll('.label')].map((label) => label.getBoundingClientRect());
          labels.forEach((a, i) =>
            labels.slice(i + 1).forEach((b) => {
              const apart =
                a.right <= b.left + 0.5 ||
                b.right <= a.left + 0.5 ||
                a.bottom <= b.top + 0.5 ||
                b.bottom <= a.top + 0.5;
              expect(apart, `${width}px: two labels overlap`).to.equal(true);
            }),
          );
        }
      }
    });

    it('<career-ladder> and <day-in-the-life> stand their markers on the right of their text, joined by their lines', () => {
      const cases = [
        ['career-ladder', '.tier', '.card'],
        ['day-in-the-life', '.block', '.subheading'],
      ] as const;
      for (const [tag, item, text] of cases) {
        const el = rendered.get(key(tag, 320, 'rtl'))!;
        const items = [...el.shadowRoot!.querySelectorAll(item)];
        expect(items.length, tag).to.be.greaterThan(1);
        for (const node of items) {
          const marker = node.querySelector('.marker')!.getBoundingClientRect();
          expect(marker.left, `${tag}: the marker right of the text`).to.be.at.least(
            node.querySelector(text)!.getBoundingClientRect().right,
          );
        }
        const line = boxesOf(el).find((box) => box.name.endsWith(`${item.slice(1)}::before`))!;
        const marker = items[0]!.querySelector('.marker')!.getBoundingClientRect();
        const origin = el.getBoundingClientRect().left;
        expect((line.left + line.right) / 2, `${tag}: the line through the markers`).to.be.closeTo(
          marker.left + marker.width / 2 - origin,
          ROUNDING,
        );
      }
      const wide = rendered.get(key('day-in-the-life', 1000, 'rtl'))!;
      const block = part(wide, '.block');
      expect(
        part(wide, '.block > .time').getBoundingClientRect().left,
        'the time column right of the markers',
      ).to.be.at.least(block.querySelector('.marker')!.getBoundingClientRect().right);
      const ladder = rendered.get(key('career-ladder', 1000, 'rtl'))!;
      const tiers = [...ladder.shadowRoot!.querySelectorAll('.tier')].map(centre);
      expect(tiers, 'the steps from right to left').to.deep.equal([...tiers].sort((a, b) => b - a));
    });

    it('the scales of <market-demand> and <work-life-balance> start on the right, rounded at their ends', () => {
      for (const [tag, bar] of [
        ['market-demand', '.step > .bar'],
        ['work-life-balance', '.scale > .step'],
      ] as const) {
        for (const width of WIDTHS) {
          const el = rendered.get(key(tag, width, 'rtl'))!;
          const scales = el.shadowRoot!.querySelectorAll('.scale');
          expect(scales.length, tag).to.be.greaterThan(0);
          for (const scale of scales) {
            const bars = [...scale.querySelectorAll(bar)];
            const steps = bars.map(centre);
            expect(steps.length, tag).to.be.greaterThan(2);
            expect(steps, `<${tag}> at ${width}px: steps from right to left`).to.deep.equal(
              [...steps].sort((a, b) => b - a),
            );
            const corners = (node: Element) => {
              const style = getComputedStyle(node);
              return [style.borderTopLeftRadius, style.borderTopRightRadius].map((radius) => parseFloat(radius) > 0);
            };
            expect(corners(bars[0]!), `<${tag}>: the first step rounded on the right`).to.deep.equal([false, true]);
            expect(corners(bars.at(-1)!), `<${tag}>: the last step rounded on the left`).to.deep.equal([true, false]);
          }
        }
      }
    });

    it('chevrons and arrows point left, and disclosures turn theirs down when open', () => {
      const left = { x: -1, y: 0 };
      const down = { x: 0, y: 1 };
      const counted: Record<string, number> = {};
      for (const tag of TAGS) {
        for (const dir of DIRECTIONS) {
          const forward = dir === 'rtl' ? left : { x: 1, y: 0 };
          const el = rendered.get(key(tag, 320, dir))!;
          const marks = pointers(el);
          closedPointing.get(key(tag, 320, dir))!.forEach((closed, i) => {
            const { node } = marks[i]!;
            expect(closed, `<${tag}> ${dir}: ${nameOf(node, el)} closed`).to.deep.equal(forward);
            const turns = node.closest('details') || node.matches('.summary');
            expect(pointing(marks[i]!), `<${tag}> ${dir}: ${nameOf(node, el)} open`).to.deep.equal(
              turns ? down : forward,
            );
          });
          counted[tag] = marks.length;
        }
      }
      for (const tag of [
        'role-overview',
        'career-ladder',
        'education-path',
        'job-market',
        'role-faq',
        'related-roles',
      ]) {
        expect(counted[tag], `<${tag}>'s chevrons or arrows`).to.be.greaterThan(0);
      }
    });
  });
});
