import { expect, fixture, html } from '@open-wc/testing';
import * as React from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { act } from 'react';
import { SalaryBand, RoleFaq, CareerRole, CareerLadder } from '../src/react.js';
import type { CwLoadEvent } from '../src/base/events.js';
import type { CwFaqToggleEvent } from '../src/components/role-faq/role-faq.events.js';
import { nextEvent, roleCopy, settled, textOf } from './helpers.js';
import type { SalaryBand as SalaryBandElement } from '../src/components/salary-band/salary-band.js';

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
