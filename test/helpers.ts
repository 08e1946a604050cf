/**
 * Shared helpers for the element tests: render and wait for the role to settle, look into
 * shadow roots, check accessibility in both themes, emulate media features, capture console
 * warnings, and move time by hand.
 */
import { expect, fixture } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import { getRole } from '../src/data/catalogue.js';
import type { Role } from '../src/data/schema.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import type { CwErrorDetail } from '../src/base/events.js';
import { roleAttributes } from './role-attributes.js';

/**
 * An element the waiting helpers can wait for: every one that loads roles, whether it shows one
 * (a `RoleSourceElement`) or compares several (`<role-compare>`).
 */
type Settled = HTMLElement & {
  readonly state: RoleSourceElement['state'];
  roleData?: unknown;
  updateComplete: Promise<boolean>;
};

/**
 * How long the waiting helpers wait by default: well below the test runner's 10 s limit per
 * test, so that a stall fails with the helper's message, naming the element, not the runner's.
 */
export const DEADLINE_MS = 8_000;

// The deadlines keep real time even while a test fakes the clock (fakeClock below).
const realSetTimeout = globalThis.setTimeout.bind(globalThis);
const realClearTimeout = globalThis.clearTimeout.bind(globalThis);

/** `work`, or a rejection with `message()` once `ms` milliseconds pass. */
export async function withinDeadline<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = realSetTimeout(() => reject(new Error(message())), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    realClearTimeout(timer);
  }
}

/**
 * Waits until `isDone(element)` holds after an update, or after the `cw-load` or `cw-error` that
 * ends a load. One deadline covers the whole wait, `updateComplete` included, so a stall fails
 * the test at once with the element's name and state, rather than holding the whole file.
 */
async function waitUntil<T extends Settled>(element: T, timeout: number, isDone: (element: T) => boolean): Promise<T> {
  const listening = new AbortController();
  const announced = new Promise<void>((resolve) => {
    for (const type of ['cw-load', 'cw-error']) {
      element.addEventListener(type, () => resolve(), { signal: listening.signal });
    }
  });
  const wait = async () => {
    await element.updateComplete;
    if (isDone(element)) return;
    await announced;
    await element.updateComplete;
  };
  try {
    await withinDeadline(wait(), timeout, () => `<${element.localName}> stayed "${element.state}" for ${timeout} ms`);
  } finally {
    listening.abort();
  }
  return element;
}

/** Waits until the element shows a ready role or an error (or `timeout` ms pass). */
export function settled<T extends Settled>(element: T, timeout = DEADLINE_MS): Promise<T> {
  return waitUntil(element, timeout, (el) => el.state === 'ready' || el.state === 'error');
}

/**
 * Waits for an element and every element drawn inside it (the sections of a guide) to settle:
 * ready or failed, and rendered.
 */
export async function settledDeep(element: Settled): Promise<void> {
  await settled(element);
  await element.updateComplete;
  const inner = [...(element.shadowRoot?.querySelectorAll<Settled>('*') ?? [])].filter((node) => 'state' in node);
  await Promise.all(inner.map((node) => settledDeep(node)));
}

/** Waits until the element is no longer loading: ready, error, or unset (no role chosen). */
export function idle<T extends Settled>(element: T, timeout = DEADLINE_MS): Promise<T> {
  return waitUntil(element, timeout, (el) => el.state !== 'loading');
}

/** Renders a template and waits for its element to settle. */
export async function render<T extends Settled>(template: TemplateResult): Promise<T> {
  return settled(await fixture<T>(template));
}

/** A node's text, with white space folded. */
export function clean(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** How a test gives an element its role and attributes. */
export interface Setup {
  roleId?: string;
  src?: string;
  data?: Role;
  attributes?: Readonly<Record<string, string>>;
}

/** A new element, not yet on the page, so a test can listen to it before it starts loading. */
export function build<T extends Element = Settled>(tag: string, setup: Setup = {}): T {
  const el = document.createElement(tag) as Element as T & Partial<Settled>;
  for (const [name, value] of Object.entries(setup.attributes ?? {})) el.setAttribute(name, value);
  // <role-compare> takes role-ids: the role and another (role-attributes.ts).
  if (setup.roleId) for (const [name, value] of Object.entries(roleAttributes(tag, setup.roleId))) el.setAttribute(name, value);
  if (setup.src) el.setAttribute('src', setup.src);
  if (setup.data) el.roleData = setup.data;
  return el;
}

/** Puts nodes on the page, in a box `width` px wide when given. */
export async function place(nodes: readonly Node[], width?: number): Promise<HTMLDivElement> {
  const box = document.createElement('div');
  if (width) box.style.width = `${width}px`;
  box.append(...nodes);
  return fixture<HTMLDivElement>(box);
}

/** One element per width, each in a box that wide, all settled: for layout checks. */
export async function renderAtWidths<T extends Settled>(
  tag: string,
  widths: readonly number[],
  setup: Setup,
): Promise<T[]> {
  const elements = widths.map(() => build<T>(tag, setup));
  const boxes = elements.map((el, i) => {
    const box = document.createElement('div');
    box.style.width = `${widths[i]}px`;
    box.append(el);
    return box;
  });
  await place(boxes);
  return Promise.all(elements.map((el) => settled(el)));
}

/** An element between two buttons, settled, for keyboard checks: Tab from `before`, Shift+Tab from `after`. */
export async function renderBetweenButtons<T extends Settled>(
  tag: string,
  setup: Setup,
): Promise<{ before: HTMLButtonElement; el: T; after: HTMLButtonElement }> {
  const [before, after] = ['Before', 'After'].map((label) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = label;
    return button;
  });
  const el = build<T>(tag, setup);
  await place([before!, el, after!]);
  return { before: before!, el: await settled(el), after: after! };
}

/** An element inside a box with these styles and language, settled. */
export async function renderInside<T extends Settled>(
  tag: string,
  setup: Setup,
  box: { lang?: string; fontSize?: string },
): Promise<T> {
  const el = build<T>(tag, setup);
  const wrapper = document.createElement('div');
  if (box.lang) wrapper.lang = box.lang;
  if (box.fontSize) wrapper.style.fontSize = box.fontSize;
  wrapper.append(el);
  await place([wrapper]);
  return settled(el);
}

/** The accessible name a node gets from aria-labelledby, resolved inside the shadow root. */
export function labelOf(element: Element, node: Element): string {
  return (node.getAttribute('aria-labelledby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const target = element.shadowRoot!.getElementById(id);
      expect(target, `#${id} inside the shadow root`).to.exist;
      return clean(target);
    })
    .join(' ');
}

/** A list under a sub-heading, as the reader gets it: the sub-heading, the list's name and its items. */
export function listIn(element: Element, box: Element): { heading: string; label: string; items: string[] } {
  const list = box.querySelector('ul')!;
  return {
    heading: clean(box.querySelector('[part~="subheading"]')),
    label: labelOf(element, list),
    items: [...list.querySelectorAll(':scope > li')].map((item) => clean(item)),
  };
}

/** The shadow root's text, with white space folded. */
export function textOf(element: Element): string {
  return clean(element.shadowRoot);
}

/** The first node in the element's shadow root with the part `name`. */
export function part(element: Element, name: string): HTMLElement | null {
  return element.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
}

/** Every node in the element's shadow root with the part `name`, in document order. */
export function parts(element: Element, name: string): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
}

/**
 * True when the node takes up space on screen: laid out, and not skipped for rendering (as
 * Chromium skips the content of a closed `<details>`, with `content-visibility: hidden`).
 */
export function isShown(node: HTMLElement): boolean {
  return node.checkVisibility() && node.getClientRects().length > 0 && node.getBoundingClientRect().height > 0;
}

/** A fresh copy of a bundled role, for tests that pass `roleData`. */
export async function roleCopy(id: string): Promise<Role> {
  return structuredClone(await getRole(id));
}

type Themed = HTMLElement & { theme?: 'light' | 'dark' | undefined; updateComplete: Promise<boolean> };

/** Checks axe in one theme, restoring the element's theme afterwards. */
export async function expectAccessibleIn(element: Themed, theme: 'light' | 'dark'): Promise<void> {
  const original = element.theme;
  element.theme = theme;
  await element.updateComplete;
  try {
    await expect(element, `${theme} theme`).to.be.accessible();
  } finally {
    element.theme = original;
    await element.updateComplete;
  }
}

/** Checks axe in the light and the dark theme, restoring the element's theme afterwards. */
export async function expectAccessibleInBothThemes(element: Themed): Promise<void> {
  await expectAccessibleIn(element, 'light');
  await expectAccessibleIn(element, 'dark');
}

/** Collects console.warn calls until `restore()` is called. */
export function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  return { messages, restore: () => (console.warn = original) };
}

/** Collects console.warn calls during each test of the calling `describe` block, and restores it after. */
export function warningsOfEachTest(): { readonly messages: string[] } {
  const view = { messages: [] as string[] };
  let restore = () => {};
  beforeEach(() => {
    const warnings = captureWarnings();
    view.messages = warnings.messages;
    restore = warnings.restore;
  });
  afterEach(() => restore());
  return view;
}

/** Checks a report of an attribute value the element cannot use: its cw-error and its warning. */
function expectAttributeReport(detail: CwErrorDetail, attribute: string, value: string, warnings: readonly string[]) {
  expect(detail).to.include({ kind: 'invalid-attribute', attribute });
  expect(detail.message).to.contain(`${attribute}="${value}"`);
  expect(warnings.filter((warning) => warning.includes(`${attribute}="${value}"`))).to.have.length(1);
}

/**
 * Renders an element whose `attribute` (in `setup`) has a value it cannot use, and checks the
 * report: a cw-error of kind invalid-attribute quoting the value, and one console warning.
 */
export async function renderReporting<T extends Settled>(
  tag: string,
  setup: Setup & { attributes: Readonly<Record<string, string>> },
  attribute: string,
  warnings: { readonly messages: string[] },
): Promise<{ el: T; detail: CwErrorDetail }> {
  const el = build<T>(tag, setup);
  const error = nextEvent(el, 'cw-error');
  await place([el]);
  const { detail } = await error;
  await settled(el);
  expectAttributeReport(detail, attribute, setup.attributes[attribute]!, warnings.messages);
  return { el, detail };
}

/** Gives `attribute` a value the element cannot use, and checks the report as renderReporting() does. */
export async function changeReporting(
  el: Settled,
  attribute: string,
  value: string,
  warnings: { readonly messages: string[] },
): Promise<CwErrorDetail> {
  const error = nextEvent(el, 'cw-error');
  el.setAttribute(attribute, value);
  const { detail } = await error;
  await el.updateComplete;
  expectAttributeReport(detail, attribute, value, warnings.messages);
  return detail;
}

/** How many requests the test server has seen for `/__cw/counted/<key>/…`. */
export async function hitsOf(key: string): Promise<number> {
  return (await (await fetch(`/__cw/hits/${key}`)).json()) as number;
}

/** A key of its own for the test server's counted routes. */
export function uniqueKey(): string {
  return Math.random().toString(36).slice(2);
}

/** A URL that never answers, for the loading state: served by the test server's stall route. */
export const STALLING_URL = '/__cw/stall';

/** The next event of a `cw-` type on `target`, typed from GlobalEventHandlersEventMap. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  timeout = DEADLINE_MS,
): Promise<GlobalEventHandlersEventMap[K]> {
  const listening = new AbortController();
  const event = new Promise<GlobalEventHandlersEventMap[K]>((resolve) => {
    target.addEventListener(type, (caught) => resolve(caught as GlobalEventHandlersEventMap[K]), {
      once: true,
      signal: listening.signal,
    });
  });
  return withinDeadline(event, timeout, () => `no ${type} event within ${timeout} ms`).finally(() => listening.abort());
}

/** One message round trip: resolves after the tasks the browser had queued before it. */
function messageRoundTrip(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * Resolves once the current task has finished, its microtasks included, and the tasks the
 * browser queued by then have run: among them the reports of errors and unhandled rejections,
 * which it queues as the microtasks finish. Two round trips: the first ends the current task.
 */
export async function queuedTasksDone(): Promise<void> {
  await messageRoundTrip();
  await messageRoundTrip();
}

type Feature = { name: string; value: string };

/** Emulates media features where the engine can (Chromium); answers false elsewhere. */
export function emulate(features: Feature[]): Promise<boolean> {
  return executeServerCommand<boolean, Feature[]>('cw-emulate-media', features).then((done) => done === true);
}

/** The selectors of an element's shadow styles that sit inside `@media (condition)`. */
export function mediaSelectors(element: Element, condition: string): string[] {
  return element.shadowRoot!.adoptedStyleSheets.flatMap((sheet) =>
    [...sheet.cssRules]
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
      .flatMap((rule) => [...rule.cssRules].map((inner) => (inner as CSSStyleRule).selectorText)),
  );
}

/** A clock the test moves by hand: `setTimeout` callbacks run only when `tick()` reaches them. */
export interface FakeClock {
  /** Moves the clock on by `ms`, running every timer that falls due, in order. */
  tick(ms: number): void;
  /** Puts the browser's own `setTimeout` and `clearTimeout` back. */
  restore(): void;
}

/**
 * Replaces `setTimeout` and `clearTimeout` with a clock the test moves by hand, until
 * `restore()`. The waiting helpers above keep their real deadlines meanwhile.
 */
export function fakeClock(): FakeClock {
  const { setTimeout: originalSet, clearTimeout: originalClear } = globalThis;
  const timers = new Map<number, { at: number; run: () => void }>();
  let now = 0;
  let lastId = 0;
  const fakeSet = (handler: TimerHandler, delay?: number, ...args: unknown[]): number => {
    const id = ++lastId;
    const run = () => {
      if (typeof handler === 'function') (handler as (...values: unknown[]) => void)(...args);
    };
    timers.set(id, { at: now + Math.max(0, Number(delay) || 0), run });
    return id;
  };
  const fakeClear = (id?: number): void => {
    if (id !== undefined) timers.delete(id);
  };
  globalThis.setTimeout = fakeSet as unknown as typeof setTimeout;
  globalThis.clearTimeout = fakeClear as unknown as typeof clearTimeout;
  return {
    tick(ms: number) {
      const until = now + ms;
      for (;;) {
        const due = [...timers].filter(([, timer]) => timer.at <= until).sort(([, a], [, b]) => a.at - b.at)[0];
        if (!due) break;
        const [id, timer] = due;
        timers.delete(id);
        now = timer.at;
        timer.run();
      }
      now = until;
    },
    restore() {
      globalThis.setTimeout = originalSet;
      globalThis.clearTimeout = originalClear;
    },
  };
}

type Updating = Element & { updateComplete: Promise<boolean> };

/** The summaries of the element's disclosures (native `<details>`), in order. */
export function toggles(element: Element): HTMLElement[] {
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('details > summary[part~="toggle"]')];
}

/** The `<details>` a summary opens and closes. */
export function detailsOf(summary: HTMLElement): HTMLDetailsElement {
  const details = summary.parentElement;
  expect(details?.localName, "the summary's parent").to.equal('details');
  expect(details!.firstElementChild, 'the first child of its <details>').to.equal(summary);
  return details as HTMLDetailsElement;
}

/** Whether each disclosure of the element is open, in order. */
export function openStates(element: Element): boolean[] {
  return toggles(element).map((summary) => detailsOf(summary).open);
}

/** What a summary shows and hides: the content of its `<details>` that follows it. */
export function panelOf(summary: HTMLElement): HTMLElement {
  detailsOf(summary);
  const panel = summary.nextElementSibling;
  expect(panel, 'the content after the summary').to.exist;
  return panel as HTMLElement;
}

/** The keys of the sub-parts shown (<education-path>, <job-market>), in order. */
export function shownParts(element: Element): (string | undefined)[] {
  return parts(element, 'part').map((node) => node.dataset['part']);
}

/** The summary of the sub-part `key`. */
export function toggleOf(element: Element, key: string): HTMLElement {
  return element.shadowRoot!.querySelector<HTMLElement>(`details[data-part="${key}"] > summary[part~="toggle"]`)!;
}

/** Clicks a summary and waits for its `<details>` to report the change (`toggle`, a task later). */
export async function clickToggle(summary: HTMLElement): Promise<void> {
  const toggled = nextEvent(detailsOf(summary), 'toggle');
  summary.click();
  await toggled;
}

/** Opens the sub-part `key` and returns its panel. */
export async function openPart(element: Updating, key: string): Promise<HTMLElement> {
  const summary = toggleOf(element, key);
  if (!detailsOf(summary).open) await clickToggle(summary);
  await element.updateComplete;
  return panelOf(summary);
}

/** Opens every disclosure of the element. */
export async function openAll(element: Updating): Promise<void> {
  for (const summary of toggles(element)) if (!detailsOf(summary).open) await clickToggle(summary);
  await element.updateComplete;
  expect(openStates(element).every(Boolean)).to.equal(true);
}

/** The text of each paragraph directly in `panel`. */
export function paragraphsOf(panel: HTMLElement): string[] {
  return [...panel.querySelectorAll(':scope > p')].map((p) => clean(p));
}

/** The text a screen reader reaches, in order: everything but what is hidden from it. */
export function spoken(root: Node): string {
  const words: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element && node.getAttribute('aria-hidden') === 'true') return;
    if (node.nodeType === Node.TEXT_NODE) words.push(node.textContent!);
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return words.join(' ').replace(/\s+/g, ' ').trim();
}

