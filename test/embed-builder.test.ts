/**
 * The embed builder of examples/embed.html, mounted in a fixture: the form, the live element,
 * the three kinds of snippet, the field errors, the escaping and quoting, axe, and Copy.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { EmbedBuilder, mountEmbedBuilder } from '../examples/embed-builder.js';
import { LOADER_URL, STYLESHEET_URL, escapeHtml, shellQuote } from '../examples/embed-snippets.js';
import { ELEMENTS, ELEMENT_TAGS } from '../src/registry.js';
import { getRole, listRoles } from '../src/data/catalogue.js';
import { VERSION } from '../src/version.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import { clean, settled } from './helpers.js';

type Live = RoleSourceElement & { updateComplete: Promise<boolean> };

/** The page's stylesheet, so axe judges the colours the page really has. */
async function withPageStyles(): Promise<void> {
  if (document.querySelector('link[data-examples-css]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/examples/examples.css';
  link.dataset['examplesCss'] = '';
  const loaded = new Promise((resolve, reject) => {
    link.addEventListener('load', resolve);
    link.addEventListener('error', reject);
  });
  document.head.append(link);
  await loaded;
}

async function mount(): Promise<EmbedBuilder> {
  const root = await fixture<HTMLDivElement>(html`<div></div>`);
  const builder = mountEmbedBuilder(root);
  await builder.loaded;
  await settled(builder.preview as Live);
  return builder;
}

function control<T extends HTMLElement = HTMLInputElement>(builder: EmbedBuilder, attribute: string): T {
  const label = [...builder.root.querySelectorAll('label')].find(
    (candidate) => candidate.querySelector('code')?.textContent === attribute,
  );
  expect(label, `a field for ${attribute}`).to.exist;
  return builder.root.querySelector<T>(`#${label!.htmlFor}`)!;
}

function fieldAttributes(builder: EmbedBuilder): string[] {
  return [...builder.root.querySelectorAll('.eb-field label > code, .eb-radios > legend > code')].map(
    (code) => code.textContent!,
  );
}

async function choose(select: HTMLSelectElement, value: string, builder: EmbedBuilder): Promise<void> {
  expect([...select.options].map((option) => option.value)).to.include(value);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await builder.loaded;
}

function enter(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function snippet(builder: EmbedBuilder, key: string): string {
  const code = builder.root.querySelector(`[data-snippet="${key}"] code`);
  expect(code, `the ${key} snippet`).to.exist;
  return code!.textContent!;
}

const SNIPPETS = ['script', 'npm-install', 'npm-import', 'npm-markup', 'static'];

function snippetsShown(builder: EmbedBuilder): string[] {
  return [...builder.root.querySelectorAll<HTMLElement>('[data-snippet]')].map((block) => block.dataset['snippet']!);
}

/** The words a POSIX shell makes of `line`, for lines of bare words and single-quoted strings. */
function shellWords(line: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const char = line[i]!;
    if (char === ' ') {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (char === "'") {
      const end = line.indexOf("'", i + 1);
      expect(end, `a closing quote after ${line.slice(i)}`).to.be.greaterThan(i);
      word = (word ?? '') + line.slice(i + 1, end);
      i = end;
    } else if (char === '\\') {
      word = (word ?? '') + line[++i];
    } else {
      // Outside quotes, only characters the shell takes literally.
      expect(char, `unquoted in ${line}`).to.match(/[A-Za-z0-9@%+=:,./_-]/);
      word = (word ?? '') + char;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

/** Pastes the clipboard, with the keyboard, into a new text box, and returns what arrived. */
async function paste(): Promise<string> {
  const box = document.createElement('textarea');
  box.setAttribute('aria-label', 'Pasted');
  document.body.append(box);
  try {
    box.focus();
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'v' });
    await sendKeys({ up: 'Control' });
    await waitUntil(() => box.value !== '', 'the paste arrives');
    return box.value;
  } finally {
    box.remove();
  }
}

async function pressCopy(builder: EmbedBuilder, key: string): Promise<HTMLElement> {
  const block = builder.root.querySelector<HTMLElement>(`[data-snippet="${key}"]`)!;
  block.querySelector<HTMLButtonElement>('button')!.focus();
  await sendKeys({ press: 'Enter' });
  const status = block.querySelector<HTMLElement>('[role="status"]')!;
  await waitUntil(() => clean(status) !== '', 'the copy status appears');
  return status;
}

describe('embed builder (examples/embed.html)', () => {
  it('starts with a live <salary-band> of the first bundled role and all three kinds of snippet', async () => {
    const builder = await mount();
    const { preview } = builder;
    const role = listRoles()[0]!.id;
    const level = String(document.createElement('salary-band').headingLevel);
    expect(preview.localName).to.equal('salary-band');
    expect(preview.getAttribute('role-id')).to.equal(role);
    expect(preview.getAttribute('heading-level')).to.equal(level);
    expect((preview as Live).state).to.equal('ready');
    const markup = `<salary-band role-id="${role}" heading-level="${level}"></salary-band>`;
    expect(snippetsShown(builder)).to.deep.equal(SNIPPETS);
    expect(snippet(builder, 'script')).to.equal(
      `<link rel="stylesheet" href="https://cdn.example/npm/career-widgets@${VERSION}/dist/cdn/career-widgets.css" />\n` +
        `<script type="module" src="https://cdn.example/npm/career-widgets@${VERSION}/dist/cdn/loader.js"></script>\n\n` +
        markup,
    );
    expect(snippet(builder, 'npm-install')).to.equal('npm install career-widgets');
    expect(snippet(builder, 'npm-import')).to.equal(`import 'career-widgets/salary-band.js';`);
    expect(snippet(builder, 'npm-markup')).to.equal(markup);
    expect(snippet(builder, 'static')).to.equal(
      `npx career-widgets render salary-band --role-id ${role} --attr heading-level=${level} --script ${LOADER_URL}`,
    );
  });

  it('offers every registered element but the provider and the comparison, with its summary, and every bundled role', async () => {
    const builder = await mount();
    const [tagSelect, roleSelect] = builder.root.querySelectorAll<HTMLSelectElement>('select');
    expect([...tagSelect!.options].map((option) => option.value)).to.deep.equal(
      ELEMENT_TAGS.filter((tag) => tag !== 'career-role' && tag !== 'role-compare'),
    );
    expect([...roleSelect!.options].map((option) => [option.value, option.textContent!.trim()])).to.deep.equal(
      listRoles().map((role) => [role.id, role.title]),
    );
    const summaryOf = (tag: string) => ELEMENTS.find((element) => element.tag === tag)!.summary;
    const hint = () => builder.root.querySelector(`#${tagSelect!.getAttribute('aria-describedby')}`);
    expect(clean(hint())).to.equal(summaryOf('salary-band'));
    await choose(tagSelect!, 'skill-map', builder);
    expect(clean(hint())).to.equal(summaryOf('skill-map'));
    const details = clean(builder.root.querySelector('details'));
    for (const tag of ELEMENT_TAGS) expect(details).to.contain(`<${tag}>`);
    expect(details).to.contain('<career-role> is not offered here');
    expect(details).to.contain('<role-compare> is not offered here');
  });

  it('offers each element exactly the options its class observes', async () => {
    const builder = await mount();
    const select = builder.root.querySelector<HTMLSelectElement>('select')!;
    const expected: Record<string, string[]> = {
      'salary-band': ['period', 'offer-min', 'offer-max', 'heading-level', 'theme'],
      'career-ladder': ['current', 'heading-level', 'theme'],
      'skill-map': ['groups', 'heading-level', 'theme'],
      'career-guide': ['sections', 'heading-level', 'theme'],
      'related-roles': ['href-template', 'heading-level', 'theme'],
      'role-faq': ['heading-level', 'theme'],
    };
    for (const [tag, attributes] of Object.entries(expected)) {
      await choose(select, tag, builder);
      expect(fieldAttributes(builder), tag).to.deep.equal(attributes);
    }
    for (const option of select.options) {
      await choose(select, option.value, builder);
      const observed = (customElements.get(option.value) as unknown as { observedAttributes: string[] })
        .observedAttributes;
      for (const attribute of fieldAttributes(builder)) expect(observed, option.value).to.include(attribute);
    }
  });

  it('updates the live element and all three snippets on every choice', async () => {
    const builder = await mount();
    const [tagSelect, roleSelect] = builder.root.querySelectorAll<HTMLSelectElement>('select');
    const first = builder.preview;
    await choose(roleSelect!, 'security-technician', builder);
    await choose(tagSelect!, 'career-ladder', builder);
    const ladder = builder.preview;
    expect(ladder).not.to.equal(first);
    expect(first.isConnected).to.equal(false);
    expect(ladder.localName).to.equal('career-ladder');

    // The tiers come from the chosen role's data.
    const tiers = (await getRole('security-technician')).careerTiers!.tiers.map((tier) => tier.title);
    const current = control<HTMLSelectElement>(builder, 'current');
    expect([...current.options].map((option) => option.textContent!.trim())).to.deep.equal([
      'None',
      ...tiers.map((title, i) => `${i + 1}. ${title}`),
    ]);
    await choose(current, '2', builder);
    enter(control(builder, 'heading-level'), '4');
    builder.root.querySelector<HTMLInputElement>('input[type="radio"][value="dark"]')!.click();
    await settled(ladder as Live);

    expect(builder.preview).to.equal(ladder);
    expect(
      Object.fromEntries(ladder.getAttributeNames().map((name) => [name, ladder.getAttribute(name)])),
    ).to.deep.equal({
      'role-id': 'security-technician',
      current: '2',
      'heading-level': '4',
      theme: 'dark',
    });
    expect(clean(ladder.shadowRoot!.querySelector('[aria-current="step"] [part~="subheading"]'))).to.equal(tiers[1]);
    expect(ladder.shadowRoot!.querySelector('h4[part~="heading"]')).to.exist;

    const markup =
      '<career-ladder role-id="security-technician" current="2" heading-level="4" theme="dark"></career-ladder>';
    expect(snippet(builder, 'script').endsWith(`\n\n${markup}`)).to.equal(true);
    expect(snippet(builder, 'npm-import')).to.equal(`import 'career-widgets/career-ladder.js';`);
    expect(snippet(builder, 'npm-markup')).to.equal(markup);
    expect(snippet(builder, 'static')).to.equal(
      'npx career-widgets render career-ladder --role-id security-technician --attr current=2 ' +
        `--attr heading-level=4 --attr theme=dark --script ${LOADER_URL}`,
    );

    // Without the loader, the command leaves --script out.
    builder.root.querySelector<HTMLInputElement>('input[type="checkbox"]')!.click();
    expect(snippet(builder, 'static')).not.to.contain('--script');

    // Another role starts with no tier highlighted; this one has none. "System" removes the theme.
    await choose(roleSelect!, 'security-engineer', builder);
    builder.root.querySelector<HTMLInputElement>('input[type="radio"][value=""]')!.click();
    expect(ladder.getAttribute('role-id')).to.equal('security-engineer');
    expect(ladder.hasAttribute('current')).to.equal(false);
    expect(ladder.hasAttribute('theme')).to.equal(false);
    const hint = builder.root.querySelector(`#${control(builder, 'current').getAttribute('aria-describedby')}`);
    expect(clean(hint)).to.equal('Security Engineer publishes no career tiers.');
    expect(snippet(builder, 'npm-markup')).to.equal(
      '<career-ladder role-id="security-engineer" heading-level="4"></career-ladder>',
    );
    expect(snippet(builder, 'static')).to.equal(
      'npx career-widgets render career-ladder --role-id security-engineer --attr heading-level=4',
    );
  });

  it('shows hours per year only for hourly pay', async () => {
    const builder = await mount();
    expect(fieldAttributes(builder)).not.to.include('hours-per-year');
    await choose(control<HTMLSelectElement>(builder, 'period'), 'hour', builder);
    enter(control(builder, 'hours-per-year'), '1800');
    expect(builder.preview.getAttribute('period')).to.equal('hour');
    expect(builder.preview.getAttribute('hours-per-year')).to.equal('1800');
    expect(snippet(builder, 'npm-markup')).to.contain('period="hour" hours-per-year="1800"');
    await choose(control<HTMLSelectElement>(builder, 'period'), '', builder);
    expect(builder.preview.hasAttribute('period')).to.equal(false);
    expect(builder.preview.hasAttribute('hours-per-year')).to.equal(false);
  });

  it('explains an invalid offer beside its field, and holds back the snippets until it is fixed', async () => {
    const builder = await mount();
    const min = control(builder, 'offer-min');
    const max = control(builder, 'offer-max');
    const errorOf = (input: HTMLInputElement) => {
      const ids = (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
      const described = ids.map((id) => builder.root.querySelector(`#${id}`));
      expect(described.every(Boolean), 'every aria-describedby id exists').to.equal(true);
      return described.filter((node) => node!.classList.contains('eb-error')).map(clean)[0];
    };

    // Typed with the keyboard, as a reader would.
    min.focus();
    await sendKeys({ type: '50k' });
    expect(min.value).to.equal('50k');
    expect(min.getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(min)).to.contain('digits only');
    expect(snippetsShown(builder)).to.deep.equal([]);
    const summary = builder.root.querySelector<HTMLAnchorElement>('.eb-blocked a')!;
    expect(clean(summary)).to.contain('Offer, minimum');
    expect(summary.getAttribute('href')).to.equal(`#${min.id}`);
    // The live element still gets the value, and says what it makes of it.
    expect(builder.preview.getAttribute('offer-min')).to.equal('50k');
    await (builder.preview as Live).updateComplete;
    expect(clean(builder.preview.shadowRoot!.querySelector('[part="offer-note"]'))).to.contain('“50k”');

    enter(min, '-5');
    expect(errorOf(min)).to.contain('above 0');

    enter(min, '60000');
    enter(max, '50000');
    expect(min.getAttribute('aria-invalid')).to.equal('true');
    expect(errorOf(min)).to.contain('minimum is above the maximum');
    expect(max.hasAttribute('aria-invalid')).to.equal(false);
    expect(errorOf(max)).to.equal(undefined);

    enter(max, '65000');
    expect(min.hasAttribute('aria-invalid')).to.equal(false);
    expect(min.getAttribute('aria-describedby')).not.to.contain('error');
    expect(snippetsShown(builder)).to.deep.equal(SNIPPETS);
    expect(snippet(builder, 'npm-markup')).to.contain('offer-min="60000" offer-max="65000"');
    expect(summary.isConnected, 'the summary of problems').to.equal(false);
  });

  it('explains a heading level outside 1–6 and unknown sections', async () => {
    const builder = await mount();
    const level = control(builder, 'heading-level');
    enter(level, '7');
    expect(level.getAttribute('aria-invalid')).to.equal('true');
    expect(clean(builder.root.querySelector(`#${level.id}-error`))).to.contain('from 1 to 6');
    enter(level, '');
    expect(level.hasAttribute('aria-invalid')).to.equal(false);
    expect(builder.preview.hasAttribute('heading-level')).to.equal(false);
    expect(snippet(builder, 'npm-markup')).not.to.contain('heading-level');

    await choose(builder.root.querySelector<HTMLSelectElement>('select')!, 'career-guide', builder);
    const sections = control(builder, 'sections');
    enter(sections, 'salary-band, role-faqs');
    expect(sections.getAttribute('aria-invalid')).to.equal('true');
    expect(clean(builder.root.querySelector(`#${sections.id}-error`))).to.contain('“role-faqs”');
    expect(snippetsShown(builder)).to.deep.equal([]);
    enter(sections, 'salary-band role-faq');
    expect(sections.hasAttribute('aria-invalid')).to.equal(false);
    expect(snippet(builder, 'npm-markup')).to.contain('sections="salary-band role-faq"');
  });

  it('escapes attribute values in the markup, which reads back as the value given', async () => {
    expect(escapeHtml(`a"b'c<d>&e`)).to.equal('a&quot;b&#39;c&lt;d&gt;&amp;e');
    const builder = await mount();
    await choose(builder.root.querySelector<HTMLSelectElement>('select')!, 'related-roles', builder);
    const value = `/careers/{id}?from="board"&x=<y>'z`;
    enter(control(builder, 'href-template'), value);
    expect(builder.preview.getAttribute('href-template')).to.equal(value);
    const markup = snippet(builder, 'npm-markup');
    expect(markup).to.contain(`href-template="/careers/{id}?from=&quot;board&quot;&amp;x=&lt;y&gt;&#39;z"`);
    expect(snippet(builder, 'script').endsWith(markup)).to.equal(true);
    // Parsed as HTML, the snippet gives exactly one element with exactly the value.
    const parsed = new DOMParser().parseFromString(snippet(builder, 'script'), 'text/html');
    const elements = parsed.querySelectorAll('related-roles');
    expect(elements).to.have.length(1);
    expect(elements[0]!.getAttribute('href-template')).to.equal(value);
    expect(
      [...parsed.querySelectorAll('link, script')].map((node) => node.getAttribute('href') ?? node.getAttribute('src')),
    ).to.deep.equal([STYLESHEET_URL, LOADER_URL]);
  });

  it('quotes the render command for a POSIX shell', async () => {
    expect(shellQuote('security-technician')).to.equal('security-technician');
    expect(shellQuote(`it's`)).to.equal(`'it'\\''s'`);
    expect(shellQuote('')).to.equal(`''`);
    const builder = await mount();
    await choose(builder.root.querySelector<HTMLSelectElement>('select')!, 'related-roles', builder);
    const value = `/jobs/{id}?q=it's "x" $(touch /tmp/x); \`id\` <y> *`;
    enter(control(builder, 'href-template'), value);
    const level = control(builder, 'heading-level').value;
    expect(shellWords(snippet(builder, 'static'))).to.deep.equal([
      'npx',
      'career-widgets',
      'render',
      'related-roles',
      '--role-id',
      listRoles()[0]!.id,
      '--attr',
      `href-template=${value}`,
      '--attr',
      `heading-level=${level}`,
      '--script',
      LOADER_URL,
    ]);
  });

  it('has no axe violations, light and dark, valid and invalid', async () => {
    await withPageStyles();
    const builder = await mount();
    const { root } = builder;
    await expect(root, 'light').to.be.accessible();
    root.style.setProperty('color-scheme', 'dark');
    try {
      expect(getComputedStyle(root).color).not.to.equal('rgb(29, 29, 31)');
      await expect(root, 'dark').to.be.accessible();
      enter(control(builder, 'offer-min'), 'abc');
      await (builder.preview as Live).updateComplete;
      await expect(root, 'dark, with an error').to.be.accessible();
    } finally {
      root.style.removeProperty('color-scheme');
    }
    await expect(root, 'light, with an error').to.be.accessible();
  });

  it('copies a snippet to the clipboard and says so', async () => {
    const builder = await mount();
    const status = await pressCopy(builder, 'script');
    expect(clean(status)).to.equal('Copied.');
    expect(await paste()).to.equal(snippet(builder, 'script'));
    // The status belongs to the snippet it copied: a change clears it.
    enter(control(builder, 'heading-level'), '5');
    expect(clean(builder.root.querySelector('[data-snippet="script"] [role="status"]'))).to.equal('');
  });

  it('selects the snippet for the keyboard when the browser refuses to copy', async () => {
    const builder = await mount();
    const clipboard = navigator.clipboard;
    clipboard.writeText = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
    try {
      const status = await pressCopy(builder, 'npm-markup');
      expect(clean(status)).to.contain('did not allow copying');
      expect(clean(status)).to.contain('Ctrl+C');
      expect(getSelection()!.toString()).to.equal(snippet(builder, 'npm-markup'));
    } finally {
      Reflect.deleteProperty(clipboard, 'writeText');
    }
    // The selection is what the reader's own Ctrl+C copies.
    await sendKeys({ down: 'Control' });
    await sendKeys({ press: 'c' });
    await sendKeys({ up: 'Control' });
    expect(await paste()).to.equal(snippet(builder, 'npm-markup'));
  });

  it('selects the snippet when the page has no clipboard at all', async () => {
    const builder = await mount();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    try {
      const status = await pressCopy(builder, 'static');
      expect(clean(status)).to.contain('does not let the page copy');
      expect(getSelection()!.toString()).to.equal(snippet(builder, 'static'));
    } finally {
      Reflect.deleteProperty(navigator, 'clipboard');
    }
    expect(navigator.clipboard).to.exist;
  });
});
