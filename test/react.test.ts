import { expect, fixture, html } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import type { EventName, ReactWebComponent } from '@lit/react';
import * as wrappers from '../src/react.js';
import type { CwLoadEvent } from '../src/base/events.js';
import type { CwFaqToggleEvent } from '../src/components/role-faq/role-faq.events.js';
import { nextEvent, roleCopy, settled, textOf } from './helpers.js';
import type { SalaryBand as SalaryBandElement } from '../src/components/salary-band/salary-band.js';
import type { RoleFaq as RoleFaqElement } from '../src/components/role-faq/role-faq.js';
import type { CareerRole as CareerRoleElement } from '../src/components/career-role/career-role.js';
import type { CareerLadder as CareerLadderElement } from '../src/components/career-ladder/career-ladder.js';

// The wrappers come from the registry (scripts/vite-plugin.js), and their types from the build
// (scripts/entry-types.js), which the host apps type-check against the packed package. Here they
// get the same types by hand.
type Wrapper<E extends HTMLElement, Events = object> = ReactWebComponent<
  E,
  { onCwLoad: EventName<CwLoadEvent> } & Events
>;
const { SalaryBand, RoleFaq, CareerRole, CareerLadder } = wrappers as unknown as {
  SalaryBand: Wrapper<SalaryBandElement>;
  RoleFaq: Wrapper<RoleFaqElement, { onCwFaqToggle: EventName<CwFaqToggleEvent> }>;
  CareerRole: Wrapper<CareerRoleElement>;
  CareerLadder: Wrapper<CareerLadderElement>;
};

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('React wrappers (React 19)', () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(async () => {
    container = await fixture<HTMLDivElement>(html`<div></div>`);
    root = createRoot(container);
  });
  afterEach(() => act(() => root.unmount()));

  it('renders with React 19 and passes attributes, properties and typed event props', async () => {
    expect(React.version).to.match(/^19\./);
    const loads: CwLoadEvent[] = [];
    await act(async () => {
      root.render(
        React.createElement(SalaryBand, {
          roleId: 'security-technician',
          offerMin: 50000,
          offerMax: 56000,
          onCwLoad: (event) => loads.push(event),
        }),
      );
    });
    const band = container.querySelector<SalaryBandElement>('salary-band')!;
    await settled(band);
    expect(band.offerMin).to.equal(50000);
    expect(textOf(band)).to.contain('$60,000');
    expect(textOf(band)).to.contain('below the median');
    expect(loads.map((event) => event.detail.roleId)).to.deep.equal(['security-technician']);
  });

  it('sets roleData as a property, not an attribute', async () => {
    const data = await roleCopy('security-engineer');
    await act(async () => {
      root.render(React.createElement(SalaryBand, { roleData: data }));
    });
    const band = container.querySelector<SalaryBandElement>('salary-band')!;
    await settled(band);
    expect(band.hasAttribute('roledata')).to.equal(false);
    expect(band.loadedRole?.id).to.equal('security-engineer');
  });

  it('nests elements in <CareerRole> and fires element events to props', async () => {
    const toggles: CwFaqToggleEvent[] = [];
    await act(async () => {
      root.render(
        React.createElement(
          CareerRole,
          { roleId: 'security-technician' },
          React.createElement(CareerLadder, { current: '1' }),
          React.createElement(RoleFaq, { onCwFaqToggle: (event) => toggles.push(event) }),
        ),
      );
    });
    const faq = container.querySelector('role-faq')!;
    await settled(faq);
    await settled(container.querySelector('career-ladder')!);
    expect(container.querySelector('career-ladder')!.shadowRoot!.querySelector('[aria-current="step"]')).to.exist;
    const summary = faq.shadowRoot!.querySelector('summary')!;
    const toggled = nextEvent(faq, 'cw-faq-toggle');
    summary.click();
    await toggled;
    expect(toggles.map((event) => event.detail.open)).to.deep.equal([true]);
  });
});
