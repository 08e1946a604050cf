/**
 * The waiting helpers every element test relies on: a stall must fail the test quickly and say
 * which element stalled, never hold the whole file until the runner gives up on it.
 */
import { expect } from '@open-wc/testing';
import { idle, settled } from './helpers.js';
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
});
