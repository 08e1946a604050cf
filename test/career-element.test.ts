/**
 * Behaviour every element shares through CareerElement and RoleController, exercised through
 * <salary-band>: the system colour scheme and reduced motion, language, events, the unset
 * warning, the define guard, failures. test/element-contract.ts covers the rest for every element.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import 'career-widgets-virtual/define/salary-band';
import type { SalaryBand } from '../src/components/salary-band/salary-band.js';
import { SalaryBand as SalaryBandClass } from '../src/components/salary-band/salary-band.js';
import { defineElement } from '../src/base/define.js';
import { VERSION } from '../src/version.js';
import {
  STALLING_URL,
  captureWarnings,
  emulate,
  fakeClock,
  mediaSelectors,
  nextEvent,
  queuedTasksDone,
  render,
  settled,
} from './helpers.js';

describe('shared element behaviour', () => {
  afterEach(async () => {
    await emulate([]);
  });

  it('follows the system colour scheme, and theme overrides it', async () => {
    const el = await render<SalaryBand>(html`<salary-band role-id="security-technician"></salary-band>`);
    const base = el.shadowRoot!.querySelector('.base')!;
    expect(getComputedStyle(el).colorScheme).to.equal('light dark');
    el.theme = 'dark';
    await el.updateComplete;
    expect(getComputedStyle(el).colorScheme).to.equal('dark');
    expect(getComputedStyle(base).backgroundColor).not.to.equal('rgb(255, 255, 255)');
    el.theme = undefined;
    await el.updateComplete;
    // The colours are light-dark() pairs keyed on color-scheme; the test browsers' system setting is light.
    expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(false);
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
  });

  it('turns dark with a dark system setting, and theme="light" overrides it', async function () {
    // Only Chromium can emulate the system setting.
    if (!(await emulate([{ name: 'prefers-color-scheme', value: 'dark' }]))) this.skip();
    const el = await render<SalaryBand>(html`<salary-band role-id="security-technician" theme="dark"></salary-band>`);
    const base = el.shadowRoot!.querySelector('.base')!;
    const dark = getComputedStyle(base).backgroundColor;
    el.theme = undefined;
    await el.updateComplete;
    expect(getComputedStyle(base).backgroundColor).to.equal(dark);
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    await expect(el).to.be.accessible();
  });

  it('pulses the loading placeholders, with a rule that stops them for reduced motion', async () => {
    const el = await fixture<SalaryBand>(html`<salary-band src=${STALLING_URL}></salary-band>`);
    const skeleton = el.shadowRoot!.querySelector('.skeleton')!;
    expect(getComputedStyle(skeleton).animationName).to.equal('cw-pulse');
    expect(mediaSelectors(el, 'prefers-reduced-motion').length).to.be.greaterThan(0);
  });

  it('stops the loading animation when the reader prefers reduced motion', async function () {
    // Only Chromium can emulate the preference; the rule itself is checked above everywhere.
    if (!(await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }]))) this.skip();
    const el = await fixture<SalaryBand>(html`<salary-band src=${STALLING_URL}></salary-band>`);
    const skeleton = el.shadowRoot!.querySelector('.skeleton')!;
    expect(getComputedStyle(skeleton).animationName).to.equal('none');
  });

  it('speaks the language of the nearest lang, across shadow roots', async () => {
    class LangHost extends LitElement {
      protected override render() {
        return html`<salary-band role-id="security-technician"></salary-band>`;
      }
    }
    customElements.define('cw-test-lang-host', LangHost);
    const host = await fixture<LangHost>(html`<cw-test-lang-host lang="fr-FR"></cw-test-lang-host>`);
    const band = await settled(host.shadowRoot!.querySelector('salary-band')!);
    const median = band.shadowRoot!.querySelector('.figure.central dd')!.textContent!.replace(/\s/g, ' ');
    expect(median).to.match(/^60\s000\s\$US$/);
  });

  it('fires events that bubble out of shadow roots to the document', async () => {
    const event = nextEvent(document, 'cw-load');
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = wrapper.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<salary-band role-id="security-engineer"></salary-band>';
    const received = await event;
    expect(received.bubbles).to.equal(true);
    expect(received.composed).to.equal(true);
    expect(received.detail.roleId).to.equal('security-engineer');
  });

  it('warns when no role arrives within two seconds, and not when one does', async () => {
    const warnings = captureWarnings();
    const clock = fakeClock();
    try {
      const unset = await fixture<SalaryBand>(html`<salary-band></salary-band>`);
      const late = await fixture<SalaryBand>(html`<salary-band></salary-band>`);
      clock.tick(200);
      late.roleId = 'security-technician';
      await settled(late);
      clock.tick(1_799);
      expect(warnings.messages.filter((m) => m.includes('has no role'))).to.have.length(0);
      clock.tick(1);
      expect(unset.state).to.equal('unset');
      expect(late.state).to.equal('ready');
      const said = warnings.messages.filter((m) => m.includes('has no role'));
      expect(said).to.have.length(1);
      expect(said[0]).to.contain('<salary-band>');
      clock.tick(10_000);
      expect(warnings.messages.filter((m) => m.includes('has no role'))).to.have.length(1);
    } finally {
      clock.restore();
      warnings.restore();
    }
  });

  it('validates a value that is not equal to itself (NaN) once, and settles as an error', async () => {
    const warnings = captureWarnings();
    try {
      const el = document.createElement('salary-band') as SalaryBand;
      let failures = 0;
      el.addEventListener('cw-error', () => failures++);
      el.roleData = Number.NaN as never;
      const failed = nextEvent(el, 'cw-error');
      (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
      await failed;
      // A later update must not choose the same NaN afresh and start validating it again.
      await queuedTasksDone();
      el.requestUpdate();
      await el.updateComplete;
      await queuedTasksDone();
      expect(el.state).to.equal('error');
      expect(failures).to.equal(1);
      expect(warnings.messages).to.have.length(1);
    } finally {
      warnings.restore();
    }
  });

  it('throws nothing into the page, whatever it is given', async () => {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent | PromiseRejectionEvent) =>
      errors.push('reason' in event ? event.reason : event.error);
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onError);
    const warnings = captureWarnings();
    try {
      const el = await fixture<SalaryBand>(html`<salary-band .roleData=${null}></salary-band>`);
      expect(el.state).to.equal('unset');
      const inputs: unknown[] = [42, Number.NaN, 'role', [], { id: 'x' }, { id: 'Bad Id', title: '' }, new Date(), () => 1];
      for (const input of inputs) {
        const band = await fixture<SalaryBand>(html`<salary-band .roleData=${input}></salary-band>`);
        await settled(band);
        expect(band.state, String(input)).to.equal('error');
      }
      await render<SalaryBand>(html`<salary-band src="javascript:alert(1)"></salary-band>`);
      await render<SalaryBand>(html`<salary-band src="http://[bad"></salary-band>`);
      // Errors and unhandled rejections are reported in tasks of their own: let those run.
      await queuedTasksDone();
      expect(errors).to.deep.equal([]);
    } finally {
      warnings.restore();
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onError);
    }
  });
});

describe('defineElement', () => {
  it('keeps the first definition and warns once when another copy defines the tag again', () => {
    const warnings = captureWarnings();
    try {
      class OtherCopy extends SalaryBandClass {
        static override cwVersion = '9.9.9';
      }
      expect(() => defineElement('salary-band', OtherCopy)).not.to.throw();
      expect(() => defineElement('salary-band', OtherCopy)).not.to.throw();
      expect(customElements.get('salary-band')).to.equal(SalaryBandClass);
      expect(warnings.messages.length).to.equal(1);
      expect(warnings.messages[0]).to.contain('9.9.9');
      expect(warnings.messages[0]).to.contain(VERSION);
    } finally {
      warnings.restore();
    }
  });

  it('says nothing when the same class is defined again', () => {
    const warnings = captureWarnings();
    try {
      defineElement('salary-band', SalaryBandClass);
      expect(warnings.messages).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});
