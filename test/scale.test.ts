/**
 * Many instances: a page full of elements renders, and inserting and removing them again and
 * again leaves no global listener, observer, timer or element behind. `npm test` runs 3 × 100;
 * `npm run test:full` runs a page of 1,000 and 20 × 1,000. The figures are printed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import { ELEMENT_TAGS } from '../src/registry.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { RoleSourceElement as Base } from '../src/base/role-source-element.js';
import { settled } from './helpers.js';
import { roleAttributes } from './role-attributes.js';
import type { TestTier } from '../scripts/test-tier.js';

const { scaleCount: COUNT, scaleCycles: CYCLES } = (await (await fetch('/__cw/tier')).json()) as TestTier;
const count = COUNT.toLocaleString('en');

type Element = RoleSourceElement & { updateComplete: Promise<boolean> };
const SECTION_TAGS = ELEMENT_TAGS.filter((tag) => tag !== 'career-role');
const ROLES = ['security-technician', 'security-engineer', 'security-systems-technician'];

/** Counts what outlives an element if it is not cleaned up: global listeners, observers, timers. */
function instrument() {
  const live = { listeners: 0, observers: 0, timers: new Set<number>(), intervals: new Set<number>() };
  const restores: (() => void)[] = [];
  for (const target of [window, document] as EventTarget[]) {
    const add = target.addEventListener.bind(target);
    const remove = target.removeEventListener.bind(target);
    const active = new Set<string>();
    target.addEventListener = ((
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | AddEventListenerOptions,
    ) => {
      const key = `${type}|${String(listener && (listener as { name?: string }).name)}|${Math.random()}`;
      (listener as unknown as { __cwKey?: string }).__cwKey ??= key;
      if (!active.has((listener as unknown as { __cwKey: string }).__cwKey)) {
        active.add((listener as unknown as { __cwKey: string }).__cwKey);
        live.listeners++;
      }
      add(type, listener, options);
    }) as typeof target.addEventListener;
    target.removeEventListener = ((
      type: string,
      listener: EventListenerOrEventListenerObject,
      options?: boolean | EventListenerOptions,
    ) => {
      const key = (listener as { __cwKey?: string } | null)?.__cwKey;
      if (key && active.delete(key)) live.listeners--;
      remove(type, listener, options);
    }) as typeof target.removeEventListener;
    restores.push(() => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    });
  }
  for (const name of ['MutationObserver', 'ResizeObserver', 'IntersectionObserver'] as const) {
    const Original = window[name];
    const Counted = class extends (Original as unknown as {
      new (callback: never): { observe(...args: unknown[]): void; disconnect(): void };
    }) {
      private observing = false;
      override observe(...args: unknown[]) {
        if (!this.observing) live.observers++;
        this.observing = true;
        super.observe(...args);
      }
      override disconnect() {
        if (this.observing) live.observers--;
        this.observing = false;
        super.disconnect();
      }
    };
    (window as unknown as Record<string, unknown>)[name] = Counted;
    restores.push(() => ((window as unknown as Record<string, unknown>)[name] = Original));
  }
  const { setInterval: si, clearInterval: ci } = window;
  window.setInterval = ((...args: Parameters<typeof si>) => {
    const id = si(...args);
    live.intervals.add(id);
    return id;
  }) as typeof si;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) live.intervals.delete(id);
    ci(id);
  }) as typeof ci;
  restores.push(() => {
    window.setInterval = si;
    window.clearInterval = ci;
  });
  return { live, restore: () => restores.forEach((restore) => restore()) };
}

async function mount(count: number, host: HTMLElement): Promise<Element[]> {
  const elements: Element[] = [];
  for (let i = 0; i < count; i++) {
    const tag = SECTION_TAGS[i % SECTION_TAGS.length]!;
    const el = document.createElement(tag) as Element;
    for (const [name, value] of Object.entries(roleAttributes(tag, ROLES[i % ROLES.length]!))) el.setAttribute(name, value);
    elements.push(el);
  }
  host.append(...elements);
  await Promise.all(elements.map((el) => settled(el)));
  return elements;
}

/** Live career-widgets elements after garbage collection (Chromium; null where not measurable). */
async function liveElements(): Promise<number | null> {
  (globalThis as { __cwElementPrototype?: object }).__cwElementPrototype = Base.prototype;
  const count = await executeServerCommand<number | false, { global: string }>('cw-count-instances', {
    global: '__cwElementPrototype',
  });
  return typeof count === 'number' ? count : null;
}

describe('scale', function () {
  // The full tier's 1,000-element pages take longer than one ordinary test.
  if (COUNT > 100) this.timeout(CYCLES * COUNT * 10);

  it(`renders a page with ${count} elements`, async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const started = performance.now();
    const elements = await mount(COUNT, host);
    const ms = performance.now() - started;
    expect(elements.every((el) => el.state === 'ready')).to.equal(true);
    expect(elements.every((el) => (el.shadowRoot?.textContent ?? '').trim().length > 0)).to.equal(true);
    console.log(`${count} elements: ready in ${Math.round(ms)} ms (${(ms / COUNT).toFixed(2)} ms each)`);
    host.remove();
  });

  /** Live elements and heap size before and after the insert-and-remove cycles. */
  let measured:
    { liveBefore: number | null; liveAfter: number | null; heapBefore?: number; heapAfter?: number } | undefined;
  const heap = () => (performance as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;

  it(`leaves no listener, observer or interval behind after inserting and removing ${count} elements ${CYCLES} times`, async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const { live, restore } = instrument();
    try {
      const liveBefore = await liveElements();
      const heapBefore = heap();
      const baseline = { listeners: live.listeners, observers: live.observers };
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        await mount(COUNT, host);
        host.replaceChildren();
        expect(live.listeners, `listeners after cycle ${cycle}`).to.equal(baseline.listeners);
        expect(live.observers, `observers after cycle ${cycle}`).to.equal(baseline.observers);
        expect(live.intervals.size, `intervals after cycle ${cycle}`).to.equal(0);
      }
      measured = { liveBefore, liveAfter: await liveElements(), heapBefore, heapAfter: heap() };
      console.log(
        `${CYCLES} × ${count} elements inserted and removed: ${live.listeners - baseline.listeners} global listeners and ${live.observers - baseline.observers} observers left`,
      );
    } finally {
      restore();
    }
  });

  it('lets every removed element be garbage-collected (where the engine can count them)', function () {
    if (!measured) throw new Error('the insert-and-remove cycles did not finish');
    const { liveBefore, liveAfter, heapBefore, heapAfter } = measured;
    // Counting live objects needs the DevTools protocol's heap profiler: Chromium only.
    if (liveBefore === null || liveAfter === null) this.skip();
    const collected = `${liveAfter - liveBefore} of ${(CYCLES * COUNT).toLocaleString('en')} elements still alive after garbage collection`;
    const heapNote =
      heapBefore && heapAfter
        ? `heap ${(heapBefore / 1e6).toFixed(1)} MB → ${(heapAfter / 1e6).toFixed(1)} MB (ratio ${(heapAfter / heapBefore).toFixed(2)})`
        : 'heap size not exposed';
    console.log(`${collected}; ${heapNote}`);
    expect(liveAfter - liveBefore, collected).to.equal(0);
    if (heapBefore && heapAfter) expect(heapAfter / heapBefore).to.be.below(3);
  });
});
