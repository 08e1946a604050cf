/**
 * Story helpers: the full set of state stories for a career-widgets element in a few lines.
 *
 * Stories for a new element <my-section> (its registry entry in src/registry.ts, showing the role's
 * `mySection`) go in stories/my-section.stories.ts:
 *
 *   import { elementStories } from './story-helpers.js';
 *   const s = elementStories({ tag: 'my-section' });
 *   export default { title: 'Elements/my-section', component: 'my-section', ...s.meta };
 *   export const SecurityTechnician = s.SecurityTechnician;
 *   // …one `export const X = s.X;` line for each name in STATE_STORIES (copy them from any file)
 *   export const Compact = s.variant({ ...s.show, 'my-attr': 'x' });
 *
 * Storybook finds stories by reading the file, so each story must be an `export const` of its
 * own (destructured exports are not indexed), and an element's own stories use `s.variant()`
 * (a call named `.story()` reads as CSF Next). The role parts the element shows (its registry
 * entry's) decide which roles show the absent state; `s.show` are the args of a role that has them
 * (pass `sample` data when no bundled role does). Restart Storybook after adding an element.
 *
 * Controls and docs come from custom-elements.json (the element's JSDoc) through
 * @wc-toolkit/storybook-helpers: never write argTypes by hand for what the manifest describes.
 *
 * Every story states the state its career-widgets elements must reach in `parameters.cw.expect`;
 * scripts/storybook-check.js waits for it, then fails on console errors and axe violations. A
 * story the check cannot run says why in `parameters.cw.skip` (printed by the check).
 *
 * The loading and failing-src states need a server that never answers, or answers 500, and the
 * static Storybook has none: those stories install `fakeServer`, a fetch wrapper that answers
 * URLs under /__cw-story__/ (and passes everything else through) while the story is shown.
 */
import type { Decorator, Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, nothing, type TemplateResult } from 'lit';
import { ref } from 'lit/directives/ref.js';
import { styleMap } from 'lit/directives/style-map.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { ELEMENTS, ELEMENT_TAGS, type ElementTag } from '../src/registry.js';
import type { Role } from '../src/data/schema.js';

/** A part of a role an element can show: any key but the id, title and sources. */
export type RolePart = Exclude<keyof Role, 'id' | 'title' | 'sources'>;

// ---------------------------------------------------------------------------------------------
// What the check expects

/**
 * A state scripts/storybook-check.js waits for: the element's `state`, where `absent` is a
 * ready element showing its absent message, `ready` excludes it, and `shown` is either.
 */
export type Expected = 'ready' | 'absent' | 'shown' | 'loading' | 'error' | 'unset';

/** `parameters.cw` of a story. */
export interface CwParameters {
  /**
   * The state of every career-widgets element in the story, or one per tag name, with `'*'` for
   * the tags not named (default `ready`).
   */
  expect?: Expected | Record<string, Expected>;
  /** Why the check skips this story. Printed by the check; never skip without one. */
  skip?: string;
}

// ---------------------------------------------------------------------------------------------
// Bundled roles and elements

/** The bundled role data, by id, read from data/roles/. */
export const ROLES: Record<string, Role> = Object.fromEntries(
  Object.values(import.meta.glob<Role>('../data/roles/*.json', { eager: true, import: 'default' })).map((role) => [
    role.id,
    role,
  ]),
);

/** The role most stories show: it has every section. */
export const FULL_ROLE = 'security-technician';

/** The per-role stories: story name → bundled role id. */
export const ROLE_STORIES = {
  SecurityTechnician: 'security-technician',
  SecuritySystemsTechnician: 'security-systems-technician',
  SecurityEngineer: 'security-engineer',
} as const;

/** Elements that share a role and draw no section of their own. */
const PROVIDERS = new Set(['career-role', 'career-guide']);

/** The headline section elements, in the order a page shows them. */
const HEADLINE_ORDER = ['salary-band', 'career-ladder', 'skill-map', 'role-faq'];

/** The headline elements Storybook has (the theming story shows them together). */
export const HEADLINE_TAGS: string[] = HEADLINE_ORDER.filter((tag) =>
  (ELEMENT_TAGS as readonly string[]).includes(tag),
);

/** Every section element Storybook has: the headline ones first, then the rest by name. */
export const SECTION_TAGS: string[] = [
  ...HEADLINE_TAGS,
  ...ELEMENT_TAGS.filter((tag) => !HEADLINE_ORDER.includes(tag) && !PROVIDERS.has(tag)).sort(),
];

/** True when the bundled role `roleId` has any of `sections`. */
export function roleHas(roleId: string, sections: readonly RolePart[]): boolean {
  const role = ROLES[roleId];
  return !!role && sections.some((key) => role[key] !== undefined);
}

// ---------------------------------------------------------------------------------------------
// A fake server for the loading and failing-src states

const FAKE_PREFIX = '/__cw-story__/';
/** A `src` that never answers: the element stays loading. Use it with `timeout: NEVER_MS`. */
export const STALLING_SRC = `${FAKE_PREFIX}stall`;
/** A `src` that answers 500 Internal Server Error. */
export const FAILING_SRC = `${FAKE_PREFIX}status/500`;
/** The longest `timeout` setTimeout takes (about 24.8 days): the stalled load never times out. */
export const NEVER_MS = 2 ** 31 - 1;

let installs = 0;
let realFetch: typeof fetch | undefined;

function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
  const at = url.pathname.indexOf(FAKE_PREFIX);
  if (at < 0) return realFetch!(input, init);
  const [route, arg] = url.pathname.slice(at + FAKE_PREFIX.length).split('/');
  const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
  if (route === 'stall') {
    // Never settles, unless the element gives up and aborts (its timeout), as a real fetch would.
    return new Promise((_, reject) => {
      signal?.addEventListener('abort', () => reject(new DOMException('The request was aborted.', 'AbortError')), {
        once: true,
      });
    });
  }
  const status = route === 'status' ? Number(arg) || 500 : 404;
  return Promise.resolve(
    new Response(`status ${status}`, {
      status,
      statusText: status === 500 ? 'Internal Server Error' : status === 404 ? 'Not Found' : '',
      headers: { 'content-type': 'text/plain' },
    }),
  );
}

/**
 * A story `beforeEach`: answers STALLING_SRC and FAILING_SRC while the story is shown. Counted,
 * so stories shown together on a docs page share one wrapper; the last one out restores fetch.
 */
export function fakeServer(): () => void {
  if (installs++ === 0) {
    realFetch = window.fetch;
    window.fetch = fakeFetch;
  }
  return () => {
    if (--installs === 0 && realFetch) {
      window.fetch = realFetch;
      realFetch = undefined;
    }
  };
}

// ---------------------------------------------------------------------------------------------
// Data for the error and absent states

/** Role data that fails validation: an id with spaces and capitals, and no title. */
export function invalidRole(): object {
  const { title: _title, ...rest } = structuredClone(ROLES[FULL_ROLE]!);
  return { ...rest, id: 'Security Technician (draft)' };
}

/** The full role without `sections`: the absent state when every bundled role has them. */
function roleWithout(sections: readonly RolePart[]): Role {
  const role: Record<string, unknown> = structuredClone(ROLES[FULL_ROLE]!);
  for (const key of sections) delete role[key];
  return role as unknown as Role;
}

// ---------------------------------------------------------------------------------------------
// Page settings: width, dark page, custom tokens, right to left

/** A custom theme through the global --cw-* tokens, with the contrast axe asks for. */
export const CUSTOM_THEME: Record<string, string> = {
  '--cw-color-text': '#2b1d0e',
  '--cw-color-text-muted': '#5c4632',
  '--cw-color-surface': '#fff8f0',
  '--cw-color-surface-alt': '#fbeadb',
  '--cw-color-border': '#b07d50',
  '--cw-color-accent': '#8a3b00',
  '--cw-color-accent-soft': '#ffd9b8',
  '--cw-color-on-accent': '#ffffff',
  '--cw-color-focus': '#8a3b00',
  '--cw-radius': '0',
  '--cw-space': '1.5em',
  '--cw-font-family': 'Georgia, "Times New Roman", serif',
};

/** The page colours of the dark stories. */
export const DARK_PAGE = { background: '#121216', color: '#ececf1' };

/**
 * A dark page around the story: background and color-scheme fill the preview (use it with
 * `layout: 'fullscreen'`, as `dark` does).
 */
export const darkPage: Decorator = (story) =>
  html`<div
    class="cw-story-dark-page"
    style=${styleMap({ ...DARK_PAGE, colorScheme: 'dark', padding: '1rem', minHeight: '100vh', boxSizing: 'border-box' })}
  >
    ${story()}
  </div>`;

/** Story settings for a dark page. */
export const dark: Pick<StoryObj, 'decorators' | 'parameters'> = {
  decorators: [darkPage],
  parameters: { layout: 'fullscreen' },
};

/** A container `width` wide. */
export const container =
  (width: string): Decorator =>
  (story) =>
    html`<div class="cw-story-container" style=${styleMap({ width, maxWidth: '100%' })}>${story()}</div>`;

/** A right-to-left section of the page. */
export const rightToLeft: Decorator = (story) => html`<div dir="rtl">${story()}</div>`;

/** Custom properties on a wrapper, inherited by every element inside. */
export const withTokens =
  (tokens: Record<string, string>): Decorator =>
  (story) =>
    html`<div class="cw-story-tokens" style=${styleMap(tokens)}>${story()}</div>`;

// ---------------------------------------------------------------------------------------------
// Rendering elements

export type Args = Record<string, unknown>;
export type Template = (args?: Args, slot?: TemplateResult) => TemplateResult;
export type Story = StoryObj;

/** Controls, docs and a template for `tag`, from custom-elements.json. */
export function manifestHelpers(tag: string): {
  args: Args;
  argTypes: NonNullable<Meta['argTypes']>;
  template: Template;
  inManifest: boolean;
} {
  try {
    const { args, argTypes, template } = getStorybookHelpers(tag);
    // The helpers start every property control at "": for roleData that would be (invalid) data.
    return { args: { ...args, roleData: undefined }, argTypes, template: template as Template, inManifest: true };
  } catch (error) {
    // No @tagname in the element's JSDoc yet: render it anyway; its docs page says what is missing.
    console.warn(`[stories] <${tag}> is not in custom-elements.json: ${(error as Error).message.split('\n')[0]}`);
    return { args: {}, argTypes: {}, template: plainTemplate(tag), inManifest: false };
  }
}

/** A template without the manifest: `--*` args become styles, `roleData` a property, the rest attributes. */
function plainTemplate(tag: string): Template {
  return (args = {}, slot) => element(tag, args, slot);
}

/**
 * `<tag>` for a tag name known only at run time, with `args`: `--*` keys become custom
 * properties, `roleData` is set as a property, anything else is an attribute.
 */
export function element(tag: string, args: Args = {}, slot?: TemplateResult): TemplateResult {
  const name = unsafeStatic(tag);
  const apply = (node: Element | undefined) => {
    if (!(node instanceof HTMLElement)) return;
    for (const [key, value] of Object.entries(args)) {
      if (value === undefined || value === null || value === '' || value === false) continue;
      if (key.startsWith('--')) node.style.setProperty(key, String(value));
      else if (key === 'roleData') (node as unknown as Args).roleData = value;
      else node.setAttribute(key, String(value));
    }
  };
  return staticHtml`<${name} ${ref(apply)}>${slot ?? nothing}</${name}>`;
}

/** `tags` one under the other, each with `args` (see `element`). */
export function stack(tags: readonly string[], args: Args = {}): TemplateResult {
  return html`<div class="cw-story-stack" style=${styleMap({ display: 'grid', gap: '1.5rem' })}>
    ${tags.map((tag) => element(tag, args))}
  </div>`;
}

// ---------------------------------------------------------------------------------------------
// The state stories

/** The names of the stories elementStories() makes, in their order in the sidebar. */
export const STATE_STORIES = [
  'SecurityTechnician',
  'SecuritySystemsTechnician',
  'SecurityEngineer',
  'Loading',
  'ErrorFromSrc',
  'ErrorInvalidData',
  'ErrorUnknownRole',
  'SectionAbsent',
  'Narrow',
  'Dark',
  'CustomTheme',
  'RightToLeft',
  'InsideCareerRole',
] as const;

export type StateStories = { [K in (typeof STATE_STORIES)[number]]: Story };

export interface ElementStoriesOptions {
  /** The element's tag name; the role parts it shows come from its registry entry. */
  tag: ElementTag;
  /** Args every story of the element starts from. */
  args?: Args;
  /**
   * Role data with `sections`, for an element no bundled role has data for (<related-roles>):
   * the stories that show the element at work use it as `roleData`.
   */
  sample?: Role;
}

/** A story that expects `expect` of its elements. */
export function expecting(expect: CwParameters['expect'], story: Story = {}): Story {
  return { ...story, parameters: { ...story.parameters, cw: { ...(story.parameters?.cw as CwParameters), expect } } };
}

/**
 * The meta (spread it into the default export) and the state stories of a section element:
 * one per bundled role, loading, three errors, section absent, a 300px container, dark, a
 * custom theme, right to left and inside <career-role>; and `variant(args, story)` for the
 * element's own stories.
 */
export function elementStories(options: ElementStoriesOptions): StateStories & {
  meta: Meta;
  /** One more story of the element, from its args (and any other story fields). */
  variant: (args?: Args, story?: Story) => Story;
  /** The args that give the element a role with its sections: start a variant's args from them. */
  show: Args;
} {
  const { tag } = options;
  // The role parts it shows: a role with none of them shows the absent state.
  const sections: readonly RolePart[] = ELEMENTS.find((element) => element.tag === tag)!.parts;
  const helpers = manifestHelpers(tag);
  const { template } = helpers;
  const controlled = Object.keys(helpers.argTypes);
  const role = (id: string): Args => ({ 'role-id': id });

  const meta: Meta = {
    component: tag,
    args: { ...helpers.args, ...options.args },
    argTypes: helpers.argTypes,
    render: (args) => template(args),
    parameters: {
      cw: { expect: 'ready' } satisfies CwParameters,
      ...(helpers.inManifest
        ? {}
        : {
            docs: {
              description: {
                component: `**<${tag}> is missing from custom-elements.json** (no \`@tagname\` in its JSDoc), so these docs list no API.`,
              },
            },
          }),
    },
  };

  const variant = (args: Args = {}, story: Story = {}): Story => ({ ...story, args: { ...args, ...story.args } });

  const perRole = Object.fromEntries(
    Object.entries(ROLE_STORIES).map(([name, id]) => [
      name,
      expecting(roleHas(id, sections) ? 'ready' : 'absent', variant(role(id))),
    ]),
  ) as Pick<StateStories, keyof typeof ROLE_STORIES>;
  const lacking = Object.keys(ROLES).find((id) => !roleHas(id, sections));
  // The role the display stories show: the full role, another bundled one, or the sample.
  const having = [FULL_ROLE, ...Object.keys(ROLES)].find((id) => roleHas(id, sections));
  if (!having && !options.sample) {
    throw new Error(`<${tag}>: no bundled role has ${sections.join(', ')}; give elementStories() a sample.`);
  }
  const show: Args = having ? role(having) : { roleData: options.sample };
  const themeArgs = Object.fromEntries(Object.entries(CUSTOM_THEME).filter(([key]) => controlled.includes(key)));
  const themeRest = Object.fromEntries(Object.entries(CUSTOM_THEME).filter(([key]) => !controlled.includes(key)));

  return {
    meta,
    variant,
    show,
    ...perRole,
    Loading: expecting('loading', variant({ src: STALLING_SRC, timeout: NEVER_MS }, { beforeEach: fakeServer })),
    ErrorFromSrc: expecting('error', variant({ src: FAILING_SRC }, { beforeEach: fakeServer })),
    ErrorInvalidData: expecting('error', variant({ roleData: invalidRole() })),
    ErrorUnknownRole: expecting('error', variant(role('astronaut'))),
    SectionAbsent: expecting('absent', variant(lacking ? role(lacking) : { roleData: roleWithout(sections) })),
    Narrow: variant(show, { decorators: [container('300px')] }),
    Dark: variant({ ...show, theme: 'dark' }, dark),
    // Tokens the element's controls list are set through them; any others on a wrapper.
    CustomTheme: variant({ ...show, ...themeArgs }, { decorators: [withTokens(themeRest)] }),
    RightToLeft: variant(show, { decorators: [rightToLeft] }),
    InsideCareerRole: variant(
      {},
      {
        render: (args) =>
          html`<career-role role-id=${having ?? nothing} .roleData=${having ? undefined : options.sample}
            >${template({ ...args, 'role-id': undefined })}</career-role
          >`,
      },
    ),
  };
}
