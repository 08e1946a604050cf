/**
 * Natural height: once its role is shown (or its error, or its message that there is none), an
 * element is exactly as tall as its content. The empty space between its last visible content
 * and its bottom edge stays within its box's own padding and border; no reserved height leaves a
 * blank band below the content for the host page to show. Only the loading state may reserve an
 * estimate, and it is not measured here.
 *
 * Every element of the registry (but `<career-role>`, which draws no box) is measured for each
 * bundled role at 320px and 800px, and in the absent, error and unset states at 800px. Each
 * batch is rendered once, in one container, and measured before its cases run.
 */
import { expect } from '@open-wc/testing';
import 'career-widgets-virtual/define';
import { ELEMENT_TAGS } from '../src/registry.js';
import { BUNDLED_ROLE_IDS } from '../src/data/role-ids.js';
import type { Role } from '../src/data/schema.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import { type Setup, build, captureWarnings, idle } from './helpers.js';

type Shown = RoleSourceElement & { updateComplete: Promise<boolean> };

/** What a case measured: the empty space below the content, and what the box's padding and border allow. */
interface Measure {
  gap: number;
  allowance: number;
  /** The element's state, or `absent` for a ready role without its part. */
  shown: string;
}

const TAGS = ELEMENT_TAGS.filter((tag) => tag !== 'career-role');
const WIDTHS = [320, 800] as const;
/** Rounding of sub-pixel layout and of text boxes measured from their glyphs. */
const ROUNDING = 1;

/** Elements drawn as boxes with no content of their own: replaced elements and inputs. */
const REPLACED = new Set(['svg', 'img', 'input', 'textarea', 'select', 'canvas', 'video', 'progress', 'meter']);
const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;

const isClear = (color: string) => color === 'transparent' || /^rgba\(.*,\s*0\)$/.test(color);

/** True when the node is drawn: not hidden, not in a closed <details>, not clipped away (visually hidden text). */
function isDrawn(el: Element): boolean {
  if (!el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true })) return false;
  for (
    let node: Element | null = el;
    node;
    node = node.parentElement ?? (node.getRootNode() as ShadowRoot).host ?? null
  ) {
    if (getComputedStyle(node).clipPath !== 'none') return false;
  }
  return true;
}

/** True when the box paints something of its own: a background, a border, a shadow, or a replaced element. */
function paints(el: Element): boolean {
  if (REPLACED.has(el.localName)) return true;
  const style = getComputedStyle(el);
  if (!isClear(style.backgroundColor) || style.backgroundImage !== 'none' || style.boxShadow !== 'none') return true;
  return SIDES.some(
    (side) =>
      parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) > 0 &&
      !['none', 'hidden'].includes(style.getPropertyValue(`border-${side.toLowerCase()}-style`)) &&
      !isClear(style.getPropertyValue(`border-${side.toLowerCase()}-color`)),
  );
}

/**
 * The bottom of the lowest visible content in a shadow root and the shadow roots inside it: each
 * line of text (to the bottom of its line box: the glyphs' box plus half the leading), and each
 * box that paints something (bars, cards, fields, buttons). `base`, the element's own box, is
 * left out; empty boxes that only stretch to fill space paint nothing and count for nothing.
 */
function contentBottom(root: ShadowRoot, base: Element): number {
  let bottom = -Infinity;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (!node.data.trim() || !parent || !isDrawn(parent)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const line = parseFloat(getComputedStyle(parent).lineHeight);
    for (const rect of range.getClientRects()) {
      if (rect.width < 1 || rect.height < 1) continue;
      const halfLeading = Number.isFinite(line) ? Math.max(0, (line - rect.height) / 2) : 0;
      bottom = Math.max(bottom, rect.bottom + halfLeading);
    }
  }
  for (const el of root.querySelectorAll('*')) {
    if (el.shadowRoot) bottom = Math.max(bottom, contentBottom(el.shadowRoot, base));
    if (el === base || !isDrawn(el) || !paints(el)) continue;
    const rect = el.getBoundingClientRect();
    if (rect.width >= 1 && rect.height >= 1) bottom = Math.max(bottom, rect.bottom);
  }
  return bottom;
}

function measure(el: Shown): Measure {
  const base = el.shadowRoot!.querySelector('[part~="base"]')!;
  const style = getComputedStyle(base);
  return {
    gap: el.getBoundingClientRect().bottom - contentBottom(el.shadowRoot!, base),
    allowance: parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth),
    shown: base.classList.contains('state-absent') ? 'absent' : el.state,
  };
}

/** Waits for an element, and for the sections a guide shows, to leave the loading state. */
async function done(el: Shown): Promise<void> {
  await idle(el);
  await el.updateComplete;
  const inner = [...el.shadowRoot!.querySelectorAll('[part~="section"] > *')] as Shown[];
  await Promise.all(inner.map((section) => done(section)));
}

/** Renders one element of each tag in a box `width` px wide, measures them all, and takes them away. */
async function measureBatch(setup: Setup, width: number): Promise<Map<string, Measure>> {
  const box = document.createElement('div');
  box.style.width = `${width}px`;
  const elements = TAGS.map((tag) => build<Shown>(tag, setup));
  box.append(...elements);
  document.body.append(box);
  try {
    await Promise.all(elements.map((el) => done(el)));
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return new Map(elements.map((el) => [el.localName, measure(el)]));
  } finally {
    box.remove();
  }
}

/** One case per element: its measure from the batch, within its box's padding and border. */
function describeBatch(name: string, setup: () => Setup, width: number, states: readonly string[]): void {
  describe(name, () => {
    let measures: Map<string, Measure>;
    before(async function () {
      this.timeout(30_000);
      const warnings = captureWarnings();
      try {
        measures = await measureBatch(setup(), width);
      } finally {
        warnings.restore();
      }
    });

    for (const tag of TAGS) {
      it(`<${tag}> is as tall as its content`, () => {
        const { gap, allowance, shown } = measures.get(tag)!;
        expect(shown, `<${tag}> (${name}) state`).to.be.oneOf(states);
        expect(
          gap,
          `<${tag}> (${name}, ${width}px wide, ${shown}): ${gap.toFixed(1)}px of empty space below its content, ` +
            `where its box's padding and border take ${allowance.toFixed(1)}px`,
        ).to.be.at.most(allowance + ROUNDING);
      });
    }
  });
}

describe('natural height', () => {
  for (const roleId of BUNDLED_ROLE_IDS) {
    for (const width of WIDTHS) {
      // A bundled role without an element's part shows the absent state.
      describeBatch(`${roleId} at ${width}px`, () => ({ roleId }), width, ['ready', 'absent']);
    }
  }

  // A role with no sections: every element says it has nothing to show.
  const bare = { id: 'bare-role', title: 'Bare Role' } as Role;
  describeBatch('absent at 800px', () => ({ data: structuredClone(bare) }), 800, ['absent']);
  // Role data without a title is invalid: every element shows the error.
  const invalid = { id: 'bare-role' } as unknown as Role;
  describeBatch('error at 800px', () => ({ data: structuredClone(invalid) }), 800, ['error']);
  describeBatch('unset at 800px', () => ({}), 800, ['unset']);
});
