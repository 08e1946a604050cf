/**
 * The waiting helpers every element test relies on: a stall must fail the test quickly and say
 * which element stalled, never hold the whole file until the runner gives up on it.
 */
import { expect } from '@open-wc/testing';
import { DEADLINE_MS, fakeClock, idle, nextEvent, queuedTasksDone, settled } from './helpers.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';

type Settled = RoleSourceElement & { updateComplete: Promise<boolean> };

/** An element stand-in whose state and `updateComplete` the test controls. */
function standIn(state: string, updateComplete: Promise<boolean>): Settled {
  const el = document.createElement('stand-in') as unknown as Settled & { state: string };
  Object.defineProperty(el, 'state', { value: state, writable: true });
  Object.defineProperty(el, 'updateComplete', { get: () => updateComplete });
  return el;
}

describe('test helpers', () => {
  it('settled() fails within its deadline when updateComplete never resolves', async () => {
    const started = performance.now();
    const error = await settled(standIn('loading', new Promise<boolean>(() => {})), 200).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).to.equal('<stand-in> stayed "loading" for 200 ms');
    expect(performance.now() - started).to.be.lessThan(5_000);
  });

  it('settled() waits for cw-load, then returns the element', async () => {
    const el = standIn('loading', Promise.resolve(true));
    setTimeout(() => {
      (el as { state: string }).state = 'ready';
      el.dispatchEvent(new Event('cw-load'));
    }, 50);
    expect(await settled(el, 2_000)).to.equal(el);
  });

  it('idle() returns at once when no role is chosen', async () => {
    const el = standIn('unset', Promise.resolve(true));
    expect(await idle(el, 200)).to.equal(el);
  });

  it('leaves no listeners behind on an element it waited for', async () => {
    const el = standIn('loading', Promise.resolve(true));
    const added: string[] = [];
    const removed: string[] = [];
    const add = el.addEventListener.bind(el);
    el.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
      added.push(type);
      options?.signal?.addEventListener('abort', () => removed.push(type));
      add(type, listener, options);
    }) as typeof el.addEventListener;
    setTimeout(() => {
      (el as { state: string }).state = 'ready';
      el.dispatchEvent(new Event('cw-load'));
    }, 20);
    await settled(el, 2_000);
    expect(added.sort()).to.deep.equal(['cw-error', 'cw-load']);
    expect(removed.sort()).to.deep.equal(added);
  });

  it('gives up by default well within the 10 s a test may take, so its own message is the one shown', () => {
    expect(DEADLINE_MS).to.be.at.most(8_000);
  });

  it('nextEvent() fails within its deadline, naming the event, and stops listening', async () => {
    const target = new EventTarget();
    const removed: string[] = [];
    const add = target.addEventListener.bind(target);
    target.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) => {
      options?.signal?.addEventListener('abort', () => removed.push(type));
      add(type, listener, options);
    }) as typeof target.addEventListener;
    const error = await nextEvent(target, 'cw-load', 100).then(
      () => undefined,
      (caught: unknown) => caught as Error,
    );
    expect(error?.message).to.equal('no cw-load event within 100 ms');
    expect(removed).to.deep.equal(['cw-load']);
  });

  it('fakeClock() runs timers only when the clock reaches them, in order, and not once cleared', () => {
    const clock = fakeClock();
    const ran: string[] = [];
    try {
      setTimeout(() => ran.push('late'), 300);
      setTimeout(() => ran.push('early'), 100);
      const cleared = setTimeout(() => ran.push('cleared'), 200);
      clearTimeout(cleared);
      clock.tick(99);
      expect(ran).to.deep.equal([]);
      clock.tick(1);
      expect(ran).to.deep.equal(['early']);
      clock.tick(1_000);
      expect(ran).to.deep.equal(['early', 'late']);
    } finally {
      clock.restore();
    }
  });

  it('keeps the real deadlines of the waiting helpers while the clock is faked', async () => {
    const clock = fakeClock();
    try {
      const error = await settled(standIn('loading', new Promise<boolean>(() => {})), 100).then(
        () => undefined,
        (caught: unknown) => caught as Error,
      );
      expect(error?.message).to.equal('<stand-in> stayed "loading" for 100 ms');
    } finally {
      clock.restore();
    }
  });

  it('queuedTasksDone() lets an unhandled rejection be reported first', async () => {
    const reported: unknown[] = [];
    // Caught first and kept from the runner, which would report it as a stray error.
    const onRejection = (event: PromiseRejectionEvent) => {
      reported.push(event.reason);
      event.preventDefault();
      event.stopImmediatePropagation();
    };
    window.addEventListener('unhandledrejection', onRejection, { capture: true });
    try {
      const reason = new Error('left unhandled on purpose');
      void Promise.reject(reason);
      await queuedTasksDone();
      expect(reported).to.deep.equal([reason]);
    } finally {
      window.removeEventListener('unhandledrejection', onRejection, { capture: true });
    }
  });
});
