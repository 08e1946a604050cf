/**
 * Behaviour every element shares through CareerElement and RoleController, exercised through
 * <salary-band>: themes and media features, language, events, the define guard, failures.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '../src/define/salary-band.js';
import type { SalaryBand } from '../src/components/salary-band/salary-band.js';
import { SalaryBand as SalaryBandClass } from '../src/components/salary-band/salary-band.js';
import { defineElement } from '../src/base/define.js';
import { VERSION } from '../src/version.js';
import { STALLING_URL, captureWarnings, nextEvent, render, settled } from './helpers.js';

type Feature = { name: string; value: string };
/** Emulates media features where the engine can (Chromium); false elsewhere. */
const emulate = (features: Feature[]) => executeServerCommand<boolean, Feature[]>('cw-emulate-media', features);

/** The rules of an element's shadow styles that sit inside `@media (condition)`. */
function mediaRules(el: Element, condition: string): CSSStyleRule[] {
  const sheets = el.shadowRoot!.adoptedStyleSheets;
  return sheets.flatMap((sheet) =>
    [...sheet.cssRules]
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes(condition))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]),
  );
}

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
    const dark = getComputedStyle(base).backgroundColor;
    el.theme = undefined;
    await el.updateComplete;
    if (await emulate([{ name: 'prefers-color-scheme', value: 'dark' }])) {
      expect(getComputedStyle(base).backgroundColor).to.equal(dark);
      el.theme = 'light';
      await el.updateComplete;
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
      await expect(el).to.be.accessible();
    } else {
      // No media emulation in this engine: the colours are light-dark() pairs keyed on color-scheme.
      expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    }
  });

  it('keeps borders and marks visible in forced-colours mode', async () => {
    const el = await render<SalaryBand>(
      html`<salary-band role-id="security-technician" offer-min="50000"></salary-band>`,
    );
    const selectors = mediaRules(el, 'forced-colors').map((rule) => rule.selectorText);
    expect(selectors).to.include.members(['.base', '.track', '.marker', ':focus-visible']);
    if (await emulate([{ name: 'forced-colors', value: 'active' }])) {
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const track = el.shadowRoot!.querySelector('.track')!;
      expect(getComputedStyle(track).borderTopStyle).to.equal('solid');
      expect(getComputedStyle(track).borderTopWidth).not.to.equal('0px');
      await expect(el).to.be.accessible();
    }
  });

  it('stops the loading animation when the reader prefers reduced motion', async () => {
    const el = await fixture<SalaryBand>(html`<salary-band src=${STALLING_URL}></salary-band>`);
    const skeleton = el.shadowRoot!.querySelector('.skeleton')!;
    expect(getComputedStyle(skeleton).animationName).to.equal('cw-pulse');
    expect(mediaRules(el, 'prefers-reduced-motion').length).to.be.greaterThan(0);
    if (await emulate([{ name: 'prefers-reduced-motion', value: 'reduce' }])) {
      expect(getComputedStyle(skeleton).animationName).to.equal('none');
    }
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

  it('renders again when an app switches locale with @lit/localize', async () => {
    const el = await render<SalaryBand>(html`<salary-band role-id="security-technician"></salary-band>`);
    let requests = 0;
    const requestUpdate = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<SalaryBand['requestUpdate']>) => {
      requests++;
      requestUpdate(...args);
    };
    // What @lit/localize's setLocale() announces once the new locale's messages are in.
    window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: 'en' } }));
    expect(requests).to.equal(1);
    el.remove();
    window.dispatchEvent(new CustomEvent('lit-localize-status', { detail: { status: 'ready', readyLocale: 'en' } }));
    expect(requests).to.equal(1); // a removed element stops listening
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
    try {
      const unset = await fixture<SalaryBand>(html`<salary-band></salary-band>`);
      const late = await fixture<SalaryBand>(html`<salary-band></salary-band>`);
      setTimeout(() => (late.roleId = 'security-technician'), 200);
      await new Promise((resolve) => setTimeout(resolve, 2300));
      expect(unset.state).to.equal('unset');
      expect(late.state).to.equal('ready');
      expect(warnings.messages.filter((m) => m.includes('has no role')).length).to.equal(1);
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
      const inputs: unknown[] = [42, 'role', [], { id: 'x' }, { id: 'Bad Id', title: '' }, new Date(), () => 1];
      for (const input of inputs) {
        const band = await fixture<SalaryBand>(html`<salary-band .roleData=${input}></salary-band>`);
        await settled(band);
        expect(band.state, String(input)).to.equal('error');
      }
      await render<SalaryBand>(html`<salary-band src="javascript:alert(1)"></salary-band>`);
      await render<SalaryBand>(html`<salary-band src="http://[bad"></salary-band>`);
      await new Promise((resolve) => setTimeout(resolve, 50));
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
