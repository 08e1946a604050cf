/**
 * Shared helpers for the element tests: render and wait for the role to settle, check
 * accessibility in both themes, and capture console warnings.
 */
import { expect, fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { getRole } from '../src/data/catalogue.js';
import type { Role } from '../src/data/schema.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';

type Settled = RoleSourceElement & { updateComplete: Promise<boolean> };

/** `work`, or a rejection with `message()` once `ms` milliseconds pass. */
export async function withinDeadline<T>(work: Promise<T>, ms: number, message: () => string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message())), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
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
export function settled<T extends Settled>(element: T, timeout = 20_000): Promise<T> {
  return waitUntil(element, timeout, (el) => el.state === 'ready' || el.state === 'error');
}

/** Waits until the element is no longer loading: ready, error, or unset (no role chosen). */
export function idle<T extends Settled>(element: T, timeout = 20_000): Promise<T> {
  return waitUntil(element, timeout, (el) => el.state !== 'loading');
}

/** Renders a template and waits for its element to settle. */
export async function render<T extends Settled>(template: TemplateResult): Promise<T> {
  return settled(await fixture<T>(template));
}

/** The shadow root's text, with white space folded. */
export function textOf(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** A fresh copy of a bundled role, for tests that pass `roleData`. */
export async function roleCopy(id: string): Promise<Role> {
  return structuredClone(await getRole(id));
}

/** Checks axe in the light and the dark theme, restoring the element's theme afterwards. */
export async function expectAccessibleInBothThemes(
  element: HTMLElement & { theme?: 'light' | 'dark' | undefined; updateComplete: Promise<boolean> },
): Promise<void> {
  const original = element.theme;
  for (const theme of ['light', 'dark'] as const) {
    element.theme = theme;
    await element.updateComplete;
    await expect(element, `${theme} theme`).to.be.accessible();
  }
  element.theme = original;
  await element.updateComplete;
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

/** How many requests the test server has seen for `/__cw/counted/<key>/…`. */
export async function hitsOf(key: string): Promise<number> {
  return (await (await fetch(`/__cw/hits/${key}`)).json()) as number;
}

/** A URL that never answers, for the loading state: served by the test server's stall route. */
export const STALLING_URL = '/__cw/stall';

/** The next event of a `cw-` type on `target`, typed from GlobalEventHandlersEventMap. */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
  timeout = 20_000,
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
