/**
 * The embed builder: a form that chooses an element, a bundled role and the element's options;
 * the real element, updated on every change; and copy-ready snippets for a script tag, for npm
 * and for static HTML. examples/embed.html mounts it; the tests mount it in a fixture.
 *
 * Everything it offers comes from the code: the elements and their summaries from the registry,
 * the roles from the catalogue, each element's options from the attributes its class observes,
 * and the defaults from a fresh element. The snippets appear only while every value is one the
 * element can use; the preview shows any value, with the element's own message.
 */
// Importing the package entry defines every element.
import { getRoleSections, listRoles, type Role } from '../src/index.js';
import { html, nothing, render, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { ELEMENTS } from '../src/registry.js';
import type { CareerElement } from '../src/base/career-element.js';
import type { SalaryPeriod } from '../src/components/salary-band/salary-band.js';
import { GUIDE_SECTIONS } from '../src/components/career-guide/guide-sections.js';
import { ROLE_ID_PLACEHOLDER, relatedRoleHref } from '../src/components/related-roles/related-roles.js';
import { type Embed, npmSnippets, renderCommand, scriptTagSnippet } from './embed-snippets.js';

/** The provider shows nothing itself, so it gets an explanation instead of a preview. */
const PROVIDER_TAG = 'career-role';
/** The element a job board most often wants, chosen first. */
const FIRST_TAG = 'salary-band';

/** The comparison takes several roles, where the builder chooses one. */
const COMPARE_TAG = 'role-compare';

/** The elements the builder offers: every registered one that shows one role. */
const CHOICES = ELEMENTS.filter((element) => element.tag !== PROVIDER_TAG && element.tag !== COMPARE_TAG);
const PROVIDER = ELEMENTS.find((element) => element.tag === PROVIDER_TAG);
const COMPARE = ELEMENTS.find((element) => element.tag === COMPARE_TAG);

type Theme = NonNullable<CareerElement['theme']>;

const PERIOD_LABELS: Record<SalaryPeriod, string> = { year: 'Year', month: 'Month', hour: 'Hour' };
const THEME_LABELS: Record<Theme, string> = { light: 'Light', dark: 'Dark' };

/** What the form knows about the chosen role, for the options that depend on its data. */
interface RoleFacts {
  readonly tiers: readonly string[];
  readonly groups: readonly { id: string; title: string }[];
  readonly currency: string | undefined;
}

/** What the options read: the choice so far, and the chosen role's facts once loaded. */
interface Context {
  readonly tag: string;
  readonly roleTitle: string;
  readonly values: Readonly<Record<string, string>>;
  readonly facts: RoleFacts | undefined;
}

interface Choice {
  readonly value: string;
  readonly label: string;
}

/** One option of an element: the attribute it sets and how the form asks for it. */
interface Option {
  readonly attribute: string;
  readonly label: string;
  readonly control: 'text' | 'select' | 'radios';
  /** Options every element has sit together after the element's own. */
  readonly shared?: boolean;
  readonly inputMode?: 'numeric' | 'decimal' | 'url';
  hint(context: Context): TemplateResult | string;
  choices?(context: Context): readonly Choice[];
  /** False hides the field, and the attribute is left out. */
  applies?(context: Context): boolean;
  /** What is wrong with a value that is not empty, or undefined when the element can use it. */
  problem?(value: string, context: Context): string | undefined;
}

const defaults = new Map<string, string>();

/** A fresh element's value of `property`: the default the element uses without the attribute. */
function defaultOf(tag: string, property: string): string {
  const key = `${tag} ${property}`;
  if (!defaults.has(key)) {
    defaults.set(key, String((document.createElement(tag) as unknown as Record<string, unknown>)[property]));
  }
  return defaults.get(key)!;
}

/** Names separated by commas and/or spaces, as the elements read `groups` and `sections`. */
function names(value: string): string[] {
  return value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
}

function unknownNames(value: string, known: readonly string[], what: string, listed: string): string | undefined {
  const unknown = names(value).filter((name) => !known.includes(name));
  if (unknown.length === 0) return undefined;
  const quoted = unknown.map((name) => `“${name}”`).join(', ');
  return `${unknown.length === 1 ? `Unknown ${what}` : `Unknown ${what}s`}: ${quoted}. Use ${listed}.`;
}

/** An amount of money as the offer attributes take it, or why not. */
function offerProblem(value: string): string | undefined {
  if (!/^-?\d+(\.\d+)?$/.test(value)) {
    return 'Enter the amount in digits only, such as 50000: no currency sign, spaces or thousands separators.';
  }
  return Number(value) > 0 ? undefined : 'Enter an amount above 0.';
}

function offerHint(context: Context): string {
  const period = (context.values['period'] || defaultOf('salary-band', 'period')) as SalaryPeriod;
  const currency = context.facts?.currency ? `, in ${context.facts.currency}` : '';
  return `The posting's pay per ${PERIOD_LABELS[period].toLowerCase()}${currency}, as the band shows it. Digits only.`;
}

const codeList = (items: readonly string[]) => items.map((item, i) => html`${i > 0 ? ', ' : ''}<code>${item}</code>`);

/** Every option the builder knows, in the order the markup writes them. */
const OPTIONS: readonly Option[] = [
  {
    attribute: 'period',
    label: 'Pay period',
    control: 'select',
    hint: () => 'The period the figures are shown in; month and hour are worked out from the yearly figures.',
    choices: () => {
      const fallback = defaultOf('salary-band', 'period');
      return (Object.keys(PERIOD_LABELS) as SalaryPeriod[]).map((period) => ({
        // The element's default is left out of the markup.
        value: period === fallback ? '' : period,
        label: period === fallback ? `${PERIOD_LABELS[period]} (default)` : PERIOD_LABELS[period],
      }));
    },
  },
  {
    attribute: 'hours-per-year',
    label: 'Working hours in a year',
    control: 'text',
    inputMode: 'numeric',
    applies: (context) => context.values['period'] === 'hour',
    hint: () => `Used to turn yearly pay into hourly pay. Leave empty for ${defaultOf('salary-band', 'hoursPerYear')}.`,
    problem: (value) =>
      /^\d+(\.\d+)?$/.test(value) && Number(value) >= 1 && Number(value) <= 8784
        ? undefined
        : 'Enter a number of hours from 1 to 8784 (the hours in a leap year).',
  },
  {
    attribute: 'offer-min',
    label: 'Offer, minimum',
    control: 'text',
    inputMode: 'decimal',
    hint: offerHint,
    problem: (value, context) => {
      const own = offerProblem(value);
      if (own) return own;
      const max = context.values['offer-max']?.trim() ?? '';
      if (max && !offerProblem(max) && Number(value) > Number(max)) {
        return 'The minimum is above the maximum: lower it, or raise the maximum.';
      }
      return undefined;
    },
  },
  {
    attribute: 'offer-max',
    label: 'Offer, maximum',
    control: 'text',
    inputMode: 'decimal',
    hint: offerHint,
    problem: offerProblem,
  },
  {
    attribute: 'current',
    label: 'Current tier',
    control: 'select',
    hint: (context) =>
      context.facts && context.facts.tiers.length === 0
        ? `${context.roleTitle} publishes no career tiers.`
        : "The reader's step, highlighted on the ladder.",
    choices: (context) => [
      { value: '', label: 'None' },
      ...(context.facts?.tiers ?? []).map((title, i) => ({ value: String(i + 1), label: `${i + 1}. ${title}` })),
    ],
  },
  {
    attribute: 'groups',
    label: 'Skill groups',
    control: 'text',
    hint: (context) => {
      const groups = context.facts?.groups ?? [];
      return html`Group ids, separated by commas or spaces, in the order to show them. Empty shows every group.
      ${
        groups.length > 0
          ? html`Groups of ${context.roleTitle}: ${codeList(groups.map((group) => group.id))}.`
          : context.facts
            ? `${context.roleTitle} publishes no skill map.`
            : nothing
      }`;
    },
    problem: (value, context) => {
      // Until the role's data arrives there is nothing to check the names against.
      if (!context.facts) return undefined;
      const ids = context.facts.groups.map((group) => group.id);
      return unknownNames(
        value,
        ids,
        'group',
        ids.length > 0 ? ids.join(', ') : 'no groups: this role has no skill map',
      );
    },
  },
  {
    attribute: 'sections',
    label: 'Sections',
    control: 'text',
    hint: () =>
      html`Element names, separated by commas or spaces, in the order to show them. Empty shows every section the role
      has. Sections: ${codeList(GUIDE_SECTIONS.map((section) => section.tag))}.`,
    problem: (value) =>
      unknownNames(
        value,
        GUIDE_SECTIONS.map((section) => section.tag),
        'section',
        'the element names listed above',
      ),
  },
  {
    attribute: 'href-template',
    label: 'Link address of each related role',
    control: 'text',
    inputMode: 'url',
    hint: () =>
      html`The address of each role's page on your site, with <code>${ROLE_ID_PLACEHOLDER}</code> where its id goes,
        such as <code>/careers/${ROLE_ID_PLACEHOLDER}</code>. Empty shows the roles as plain text.`,
    problem: (value) => {
      if (!value.includes(ROLE_ID_PLACEHOLDER)) return `Put ${ROLE_ID_PLACEHOLDER} where the role's id goes.`;
      return relatedRoleHref(value, 'sample-id') === undefined
        ? 'Use a relative address or an http(s) one.'
        : undefined;
    },
  },
  {
    attribute: 'heading-level',
    label: 'Heading level',
    control: 'text',
    shared: true,
    inputMode: 'numeric',
    hint: (context) =>
      `1 to 6: one below the heading the element sits under on your page. Empty leaves the default, ${defaultOf(context.tag, 'headingLevel')}.`,
    problem: (value) => (/^[1-6]$/.test(value) ? undefined : 'Enter a whole number from 1 to 6.'),
  },
  {
    attribute: 'theme',
    label: 'Colour scheme',
    control: 'radios',
    shared: true,
    hint: () => "System follows each reader's light or dark setting.",
    choices: () => [
      ...(Object.keys(THEME_LABELS) as Theme[]).map((theme) => ({ value: theme, label: THEME_LABELS[theme] })),
      { value: '', label: 'System (default)' },
    ],
  },
];

/** The attributes the class of `tag` observes: the options it really has. */
function observedAttributes(tag: string): readonly string[] {
  const constructor = customElements.get(tag) as { observedAttributes?: readonly string[] } | undefined;
  return constructor?.observedAttributes ?? [];
}

function factsOf(role: Role): RoleFacts {
  return {
    tiers: role.careerTiers?.tiers.map((tier) => tier.title) ?? [],
    groups: role.skillMap?.groups.map(({ id, title }) => ({ id, title })) ?? [],
    currency: role.salary?.currency,
  };
}

/** One copy-ready snippet. */
interface Snippet {
  readonly key: string;
  /** Its own heading, when it is one of several steps. */
  readonly step?: string;
  /** What the Copy button copies, for its accessible name. */
  readonly what: string;
  readonly text: string;
}

/** A problem with one field, for the summary above the snippets. */
interface Problem {
  readonly fieldId: string;
  readonly label: string;
  readonly message: string;
}

let mounted = 0;

/** A mounted builder, for the page and the tests. */
export class EmbedBuilder {
  readonly root: HTMLElement;
  #preview: HTMLElement;
  #tag: string = CHOICES.some((element) => element.tag === FIRST_TAG) ? FIRST_TAG : CHOICES[0]!.tag;
  #roleId: string;
  #values: Record<string, string>;
  #withScript = true;
  readonly #facts = new Map<string, RoleFacts>();
  readonly #requested = new Set<string>();
  #loading: Promise<void> = Promise.resolve();
  /** Each snippet's copy status, kept while the snippet reads the same. */
  readonly #status = new Map<string, { text: string; message: string }>();
  readonly #prefix = `embed-builder-${++mounted}`;

  constructor(root: HTMLElement) {
    this.root = root;
    root.classList.add('embed-builder');
    // The page's "loading" note gives way to the builder.
    root.replaceChildren();
    this.#roleId = listRoles()[0]!.id;
    this.#values = { 'heading-level': defaultOf(this.#tag, 'headingLevel') };
    this.#preview = document.createElement(this.#tag);
    this.#update();
  }

  /** The live element. */
  get preview(): HTMLElement {
    return this.#preview;
  }

  /** Resolves once the chosen role's data has reached the form. */
  get loaded(): Promise<void> {
    return this.#loading;
  }

  #id(name: string): string {
    return `${this.#prefix}-${name}`;
  }

  #context(): Context {
    return {
      tag: this.#tag,
      roleTitle: listRoles().find((role) => role.id === this.#roleId)?.title ?? this.#roleId,
      values: this.#values,
      facts: this.#facts.get(this.#roleId),
    };
  }

  /** The options the chosen element has and that apply to the values so far. */
  #options(context: Context): Option[] {
    const observed = observedAttributes(this.#tag);
    return OPTIONS.filter((option) => observed.includes(option.attribute) && (option.applies?.(context) ?? true));
  }

  #problem(option: Option, context: Context): string | undefined {
    const value = (this.#values[option.attribute] ?? '').trim();
    return value ? option.problem?.(value, context) : undefined;
  }

  /** The element as chosen: what the preview shows and the snippets write. */
  #embed(context: Context): Embed {
    const attributes = this.#options(context).flatMap((option) => {
      const value = (this.#values[option.attribute] ?? '').trim();
      return value ? [[option.attribute, value] as const] : [];
    });
    return { tag: this.#tag, roleId: this.#roleId, attributes };
  }

  #loadFacts(): void {
    const roleId = this.#roleId;
    if (this.#requested.has(roleId)) return;
    this.#requested.add(roleId);
    this.#loading = getRoleSections(roleId, ['careerTiers', 'skillMap', 'salary']).then(
      (role) => {
        this.#facts.set(roleId, factsOf(role));
        this.#update();
      },
      (error: unknown) => console.warn(`The data of ${roleId} could not be loaded: ${String(error)}`),
    );
  }

  #set(attribute: string, value: string): void {
    this.#values = { ...this.#values, [attribute]: value };
    this.#update();
  }

  #chooseTag(tag: string): void {
    this.#tag = tag;
    this.#update();
  }

  #chooseRole(roleId: string): void {
    this.#roleId = roleId;
    // Steps are numbered per role: another role's ladder starts with none highlighted.
    this.#set('current', '');
  }

  #update(): void {
    this.#loadFacts();
    const context = this.#context();
    const embed = this.#embed(context);
    this.#syncPreview(embed);
    render(this.#template(context, embed), this.root);
    const frame = this.root.querySelector('.eb-preview');
    if (frame && this.#preview.parentNode !== frame) frame.append(this.#preview);
  }

  /** The real element, created once per tag, with exactly the attributes of the markup. */
  #syncPreview(embed: Embed): void {
    if (this.#preview.localName !== embed.tag) {
      const element = document.createElement(embed.tag);
      this.#preview.replaceWith(element);
      this.#preview = element;
    }
    const wanted = new Map<string, string>([['role-id', embed.roleId], ...embed.attributes]);
    // Only the attributes the builder sets: any the element gives itself stay.
    for (const { attribute } of OPTIONS) {
      if (!wanted.has(attribute)) this.#preview.removeAttribute(attribute);
    }
    for (const [name, value] of wanted) {
      if (this.#preview.getAttribute(name) !== value) this.#preview.setAttribute(name, value);
    }
  }

  #template(context: Context, embed: Embed): TemplateResult {
    const options = this.#options(context);
    const own = options.filter((option) => !option.shared);
    const shared = options.filter((option) => option.shared);
    const problems: Problem[] = options.flatMap((option) => {
      const message = this.#problem(option, context);
      return message ? [{ fieldId: this.#id(option.attribute), label: option.label, message }] : [];
    });
    const chosen = CHOICES.find((element) => element.tag === this.#tag)!;
    return html`<div class="eb-layout">
      <section class="eb-form-area">
        <h2>Choose</h2>
        <form class="eb-form" @submit=${(event: Event) => event.preventDefault()}>
          <fieldset>
            <legend>Element and role</legend>
            <div class="eb-field">
              <label for=${this.#id('tag')}>Element</label>
              <p class="eb-hint" id=${this.#id('tag-hint')}>${chosen.summary}</p>
              <select
                id=${this.#id('tag')}
                aria-describedby=${this.#id('tag-hint')}
                @change=${(event: Event) => this.#chooseTag((event.target as HTMLSelectElement).value)}
              >
                ${CHOICES.map(
                  (element) =>
                    html`<option value=${element.tag} .selected=${element.tag === this.#tag}>
                      &lt;${element.tag}&gt;
                    </option>`,
                )}
              </select>
            </div>
            <details class="eb-details">
              <summary>What each element shows</summary>
              <dl>
                ${CHOICES.map(
                  (element) =>
                    html`<dt><code>&lt;${element.tag}&gt;</code></dt>
                      <dd>${element.summary}</dd>`,
                )}
              </dl>
              ${
                PROVIDER
                  ? html`<p>
                      <code>&lt;${PROVIDER.tag}&gt;</code> is not offered here: it shows nothing itself.
                      ${PROVIDER.summary} Wrap several elements in it, without their own <code>role-id</code>, to load
                      the role once.
                    </p>`
                  : nothing
              }
              ${
                COMPARE
                  ? html`<p>
                      <code>&lt;${COMPARE.tag}&gt;</code> is not offered here: it compares two to four roles, where
                      this builder chooses one. ${COMPARE.summary} Give it their ids, such as
                      <code>role-ids="security-technician,security-engineer"</code> (see the README).
                    </p>`
                  : nothing
              }
            </details>
            <div class="eb-field">
              <label for=${this.#id('role')}>Role</label>
              <p class="eb-hint" id=${this.#id('role-hint')}>
                The roles bundled with career-widgets. Your own role data works too, through <code>src</code> or
                <code>roleData</code> (see the README).
              </p>
              <select
                id=${this.#id('role')}
                aria-describedby=${this.#id('role-hint')}
                @change=${(event: Event) => this.#chooseRole((event.target as HTMLSelectElement).value)}
              >
                ${listRoles().map(
                  (role) => html`<option value=${role.id} .selected=${role.id === this.#roleId}>${role.title}</option>`,
                )}
              </select>
            </div>
          </fieldset>
          ${
            own.length > 0
              ? html`<fieldset>
                  <legend>Options of <code>&lt;${this.#tag}&gt;</code></legend>
                  ${own.map((option) => this.#field(option, context))}
                </fieldset>`
              : html`<p class="eb-hint">
                  <code>&lt;${this.#tag}&gt;</code> has no options of its own besides the heading and colour scheme.
                </p>`
          }
          <fieldset>
            <legend>Heading and colour scheme</legend>
            ${shared.map((option) => this.#field(option, context))}
          </fieldset>
        </form>
      </section>
      <section class="eb-preview-area">
        <h2>Preview</h2>
        <p class="eb-hint">
          The real element, updated on every change. A value it cannot use shows the element's own message, as it would
          on your page.
        </p>
        <div class="eb-preview" role="region" tabindex="0" aria-label=${`Preview of <${this.#tag}>`}></div>
      </section>
      <section class="eb-snippets-area">
        <h2>Snippets</h2>
        ${problems.length > 0 ? this.#blocked(problems) : this.#snippets(embed)}
      </section>
    </div>`;
  }

  #field(option: Option, context: Context): TemplateResult {
    const id = this.#id(option.attribute);
    const value = this.#values[option.attribute] ?? '';
    const hintId = `${id}-hint`;
    const errorId = `${id}-error`;
    const hint = html`<p class="eb-hint" id=${hintId}>${option.hint(context)}</p>`;
    if (option.control === 'radios') {
      return html`<fieldset class="eb-radios" aria-describedby=${hintId}>
        <legend>${option.label} <code>${option.attribute}</code></legend>
        ${hint}
        ${(option.choices?.(context) ?? []).map(
          (choice) =>
            html`<label class="eb-radio">
              <input
                type="radio"
                name=${id}
                .value=${choice.value}
                .checked=${live(choice.value === value)}
                @change=${() => this.#set(option.attribute, choice.value)}
              />
              ${choice.label}
            </label>`,
        )}
      </fieldset>`;
    }
    const problem = this.#problem(option, context);
    const describedBy = problem ? `${hintId} ${errorId}` : hintId;
    const label = html`<label for=${id}>${option.label} <code>${option.attribute}</code></label>`;
    const error = problem ? html`<p class="eb-error" id=${errorId}>${problem}</p>` : nothing;
    if (option.control === 'select') {
      return html`<div class="eb-field">
        ${label} ${hint}
        <select
          id=${id}
          aria-describedby=${describedBy}
          @change=${(event: Event) => this.#set(option.attribute, (event.target as HTMLSelectElement).value)}
        >
          ${(option.choices?.(context) ?? []).map(
            (choice) =>
              html`<option value=${choice.value} .selected=${choice.value === value}>${choice.label}</option>`,
          )}
        </select>
      </div>`;
    }
    return html`<div class="eb-field ${problem ? 'eb-invalid' : ''}">
      ${label} ${hint} ${error}
      <input
        type="text"
        id=${id}
        inputmode=${option.inputMode ?? nothing}
        autocomplete="off"
        spellcheck="false"
        aria-describedby=${describedBy}
        aria-invalid=${problem ? 'true' : nothing}
        .value=${live(value)}
        @input=${(event: Event) => this.#set(option.attribute, (event.target as HTMLInputElement).value)}
      />
    </div>`;
  }

  #blocked(problems: readonly Problem[]): TemplateResult {
    return html`<div class="eb-blocked">
      <p>
        <strong>The snippets appear once every option is one the element can use.</strong> Copying a value it cannot use
        would put its error message on your page. The preview shows that message meanwhile.
      </p>
      <ul>
        ${problems.map(
          (problem) =>
            html`<li>
              <a
                href="#${problem.fieldId}"
                @click=${(event: Event) => {
                  event.preventDefault();
                  this.root.querySelector<HTMLElement>(`#${problem.fieldId}`)?.focus();
                }}
                >${problem.label}: ${problem.message}</a
              >
            </li>`,
        )}
      </ul>
    </div>`;
  }

  #snippets(embed: Embed): TemplateResult {
    const npm = npmSnippets(embed);
    return html`<p class="eb-hint">
        Three ways to put <code>&lt;${embed.tag}&gt;</code> on a page; each gives the same element. Copy puts a snippet
        on your clipboard.
      </p>
      <section class="eb-kind">
        <h3>Script tag</h3>
        <p class="eb-hint">
          For any page where you can add HTML: the stylesheet and the loader go in the <code>&lt;head&gt;</code>, once
          per page; the element goes where it should appear.
        </p>
        ${this.#snippet({ key: 'script', what: 'the script-tag snippet', text: scriptTagSnippet(embed) })}
      </section>
      <section class="eb-kind">
        <h3>npm</h3>
        <p class="eb-hint">For a site built with a bundler such as Vite, webpack or esbuild.</p>
        ${this.#snippet({ key: 'npm-install', step: 'Install', what: 'the install command', text: npm.install })}
        ${this.#snippet({
          key: 'npm-import',
          step: 'Import, in your JavaScript',
          what: 'the import',
          text: npm.import,
        })}
        ${this.#snippet({ key: 'npm-markup', step: 'Markup, in your HTML', what: 'the markup', text: npm.markup })}
      </section>
      <section class="eb-kind">
        <h3>Static HTML</h3>
        <p class="eb-hint">
          For a CMS that takes only pasted HTML: run this command in a terminal and paste what it prints. The element
          comes written out in full, so it reads without JavaScript.
        </p>
        <label class="eb-checkbox">
          <input
            type="checkbox"
            .checked=${live(this.#withScript)}
            @change=${(event: Event) => {
              this.#withScript = (event.target as HTMLInputElement).checked;
              this.#update();
            }}
          />
          Add the loader script, so the element becomes interactive where the CMS keeps scripts
        </label>
        ${this.#snippet({
          key: 'static',
          what: 'the render command',
          text: renderCommand(embed, { script: this.#withScript }),
        })}
      </section>`;
  }

  #snippet(snippet: Snippet): TemplateResult {
    const status = this.#status.get(snippet.key);
    const message = status?.text === snippet.text ? status.message : '';
    const headingId = this.#id(`${snippet.key}-step`);
    return html`<div class="eb-snippet" data-snippet=${snippet.key}>
      <div class="eb-snippet-bar">
        ${snippet.step ? html`<h4 id=${headingId}>${snippet.step}</h4>` : nothing}
        <button type="button" class="eb-copy" @click=${() => this.#copy(snippet)}>
          Copy<span class="visually-hidden"> ${snippet.what}</span>
        </button>
        <p class="eb-status" role="status">${message}</p>
      </div>
      <pre tabindex="-1"><code>${snippet.text}</code></pre>
    </div>`;
  }

  async #copy(snippet: Snippet): Promise<void> {
    const clipboard = navigator.clipboard as Clipboard | undefined;
    let message: string;
    if (typeof clipboard?.writeText !== 'function') {
      message = 'This browser does not let the page copy.';
    } else {
      try {
        await clipboard.writeText(snippet.text);
        this.#status.set(snippet.key, { text: snippet.text, message: 'Copied.' });
        this.#update();
        return;
      } catch {
        message = 'The browser did not allow copying.';
      }
    }
    this.#status.set(snippet.key, {
      text: snippet.text,
      message: `${message} The snippet is selected: press Ctrl+C (⌘C on a Mac) to copy it.`,
    });
    this.#update();
    const pre = this.root.querySelector<HTMLElement>(`[data-snippet="${snippet.key}"] pre`);
    if (pre) {
      pre.focus();
      getSelection()?.selectAllChildren(pre);
    }
  }
}

/** Builds the embed builder inside `root`. */
export function mountEmbedBuilder(root: HTMLElement): EmbedBuilder {
  return new EmbedBuilder(root);
}
