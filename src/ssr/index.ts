/**
 * `career-widgets/ssr`: server rendering, for Node. `renderElement` returns an element's final
 * HTML with a declarative shadow root (`<template shadowrootmode="open">`) and its styles, so a
 * page shows the content before any script runs, or without script at all: school CMSs that
 * take only pasted HTML, readers with JavaScript blocked, crawlers. When the script-tag loader
 * arrives on such a page, it fetches Lit's hydration support and the elements take over the
 * markup they find without rendering it again.
 *
 *   import { renderElement } from 'career-widgets/ssr';
 *   const html = await renderElement('salary-band', { roleId: 'security-technician', lang: 'de' });
 *
 * It renders in the language of the element's `lang` attribute, else of the page (`lang`), else
 * English, as the browser would: the element's words, numbers and dates.
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import 'career-widgets-virtual/define';
import { ELEMENTS, type ElementTag } from '../registry.js';
import { BUNDLED_ROLE_IDS, isBundledRoleId } from '../data/role-ids.js';
import type { RoleInput } from '../data/schema.js';
import { loadedNow } from '../base/role-loader.js';
import { RoleSourceElement } from '../base/role-source-element.js';
import { RoleCompare } from '../components/role-compare/role-compare.js';
import type { CwErrorDetail } from '../base/events.js';
import { canonical, serverLanguage } from '../base/format.js';
import { loadStrings, uiLocale, withLocale } from '../base/i18n.js';
import ALL_STRINGS from 'career-widgets-virtual/strings-of';

export type { ElementTag };

/** A value of an attribute; `true` writes the attribute without a value, `false` leaves it out. */
export type AttributeValue = string | number | boolean;

export interface RenderOptions {
  /**
   * The id of a bundled role, as the `role-id` attribute. (`<role-compare>` takes the ids of its
   * roles as the `role-ids` attribute, in `attributes`, and neither this nor `roleData`.)
   */
  roleId?: string;
  /**
   * A site's own role data, validated before rendering; invalid data renders the element's
   * error state, as it would in the browser. (The page's script must give the element the same
   * data as `roleData` before the element is defined, for it to take over this markup.)
   */
  roleData?: RoleInput;
  /** Further attributes of the element: `period`, `offer-min`, `heading-level`, `theme`, `lang`… */
  attributes?: Readonly<Record<string, AttributeValue>>;
  /**
   * The language of the page the element goes into (its `<html lang>`), as a BCP 47 tag: `de`,
   * `es-MX`. The element renders in it, as it will in that page's browser, without a `lang`
   * attribute of its own; a `lang` in `attributes` wins. `en` when neither is given. A language
   * without strings of its own (`ar`) gets English words and its own numbers.
   */
  lang?: string;
  /**
   * Called with each problem the element reports while rendering, as its `cw-error` event
   * would carry it in the browser: an attribute it cannot use, or invalid data.
   */
  onError?: (detail: CwErrorDetail) => void;
}

/** A request `renderElement` cannot render: an unknown element, role or attribute. */
export class RenderRequestError extends Error {
  override name = 'RenderRequestError';
}

/** Attributes every element takes besides its own. */
const GLOBAL_ATTRIBUTES = new Set(['id', 'class', 'lang', 'dir', 'title', 'hidden', 'slot']);

/** The registered class of a tag, as Lit describes its properties. */
type ElementClass = CustomElementConstructor & { elementProperties: Map<PropertyKey, { attribute?: unknown }> };

/** The attributes a registered element observes (its reactive properties'). */
function attributesOf(tag: ElementTag): Set<string> {
  const element = customElements.get(tag) as ElementClass;
  const names = new Set<string>();
  for (const [name, options] of element.elementProperties) {
    if (options.attribute === false) continue;
    names.add(typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase());
  }
  return names;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function isElementTag(tag: string): tag is ElementTag {
  return ELEMENTS.some((entry) => entry.tag === tag);
}

/** The opening tag, its attributes checked and escaped. */
function openingTag(tag: ElementTag, roleId: string | undefined, attributes: Readonly<Record<string, AttributeValue>>): string {
  const known = attributesOf(tag);
  const written: string[] = [];
  if (roleId !== undefined) written.push(`role-id="${escapeAttribute(roleId)}"`);
  for (const [name, value] of Object.entries(attributes)) {
    const lower = name.toLowerCase();
    if (lower === 'role-id' || lower === 'src') {
      throw new RenderRequestError(
        `"${name}" is not an attribute to render: give roleId or roleData (a src is fetched by the browser, not rendered).`,
      );
    }
    if (!known.has(lower) && !GLOBAL_ATTRIBUTES.has(lower) && !/^(data|aria)-[a-z0-9-]+$/.test(lower)) {
      const own = [...known].filter((attribute) => attribute !== 'role-id' && attribute !== 'src').sort();
      throw new RenderRequestError(`<${tag}> has no attribute "${name}". Its attributes: ${own.join(', ')}.`);
    }
    if (value === false) continue;
    written.push(value === true ? lower : `${lower}="${escapeAttribute(String(value))}"`);
  }
  // `ssr` marks the element as server-rendered: career-widgets.css reserves no space for it.
  return `<${tag} ssr${written.map((attribute) => ` ${attribute}`).join('')}>`;
}

/** Reports of the element being rendered (and its sections), for `onError`. */
let reportTo: ((detail: CwErrorDetail) => void) | undefined;
LitElementRenderer.renderOptions.push((element) => {
  const report = reportTo;
  if (report) {
    element.addEventListener('cw-error', (event) => report((event as CustomEvent<CwErrorDetail>).detail));
  }
  return undefined;
});

/**
 * The HTML of `<tag>` with its role, rendered as the browser would render it once loaded: the
 * element, a declarative shadow root with its styles and content, and the closing tag. Bundled
 * roles are loaded (only the parts the element shows) and supplied data is validated first.
 *
 * Rejects with a `RenderRequestError` for an unknown tag, role id or attribute, or for role data
 * that is not an object.
 */
export async function renderElement(tag: string, options: RenderOptions = {}): Promise<string> {
  const { roleId, roleData, attributes = {}, onError } = options;
  const own = Object.entries(attributes).find(([name]) => name.toLowerCase() === 'lang')?.[1];
  const lang = canonical(typeof own === 'string' && own ? own : (options.lang ?? 'en'));
  if (!isElementTag(tag)) {
    throw new RenderRequestError(`There is no element <${tag}>. Elements: ${ELEMENTS.map((e) => e.tag).join(', ')}.`);
  }
  if (roleId !== undefined && roleData !== undefined) {
    throw new RenderRequestError('Give roleId or roleData, not both.');
  }
  if (roleId !== undefined && !isBundledRoleId(roleId)) {
    throw new RenderRequestError(`There is no bundled role "${roleId}". Roles: ${BUNDLED_ROLE_IDS.join(', ')}.`);
  }
  if (roleData !== undefined && (typeof roleData !== 'object' || roleData === null)) {
    throw new RenderRequestError('roleData must be an object shaped like role.schema.json.');
  }
  const opening = openingTag(tag, roleId, attributes);

  // The element renders synchronously what has already loaded: an instance of it loads the
  // parts it shows of a bundled role, or validates the data, first.
  const probe = new (customElements.get(tag) as unknown as new () => RoleSourceElement | RoleCompare)();
  if (probe instanceof RoleCompare) {
    // A comparison takes its bundled roles from its own attribute, `role-ids`.
    if (roleId !== undefined || roleData !== undefined) {
      throw new RenderRequestError('<role-compare> compares several roles: give their ids as the role-ids attribute, not roleId or roleData.');
    }
    const ids = Object.entries(attributes).find(([name]) => name.toLowerCase() === 'role-ids')?.[1];
    probe.roleIds = typeof ids === 'string' ? ids : undefined;
    probe.rows = Object.entries(attributes).find(([name]) => name.toLowerCase() === 'rows')?.[1]?.toString();
    await RoleCompare.rolesSettled(probe);
    for (const detail of RoleCompare.problemsOf(probe)) onError?.(detail);
  } else {
    if (roleId !== undefined) probe.roleId = roleId;
    if (roleData !== undefined) probe.roleData = roleData;
    await RoleSourceElement.roleSettled(probe);
  }
  if (roleData !== undefined) {
    const loaded = loadedNow('role-data', roleData, []);
    if (loaded && 'error' in loaded) {
      const { message, kind, issues } = loaded.error;
      onError?.({ message, kind, source: 'role-data', ...(issues ? { issues } : {}) });
    }
  }

  // Every element's strings in the language, since a <career-guide> renders every section.
  const locale = uiLocale(lang);
  await loadStrings(locale, ALL_STRINGS);
  const template =
    roleData === undefined
      ? html`${unsafeStatic(opening)}</${unsafeStatic(tag)}>`
      : html`${unsafeStatic(opening.slice(0, -1))} .roleData=${roleData}></${unsafeStatic(tag)}>`;
  const previous = { report: reportTo, lang: serverLanguage.lang };
  reportTo = onError;
  serverLanguage.lang = lang;
  try {
    // The element stands alone in the page, not in a template to hydrate: no part markers around it.
    return withLocale(locale, () => collectResultSync(render(template)))
      .replace(/^<!--lit-part [^>]*-->|<!--\/lit-part-->$/g, '')
      .replace(/^<([a-z][a-z0-9-]*)\s+/, '<$1 ');
  } finally {
    reportTo = previous.report;
    serverLanguage.lang = previous.lang;
  }
}
