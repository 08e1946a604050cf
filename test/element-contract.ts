/**
 * What every career-widgets element does, whatever it shows: how it chooses and loads its role
 * (roleData, role-id, src, the nearest <career-role>), the loading, error, unset and absent
 * states, `cw-load` and `cw-error`, headings, parts, themes, forced colours, strict CSP and
 * em-based sizing. Each element's test file calls `describeElement()` with its particulars and
 * keeps only what is its own; `<career-role>`, which draws nothing, calls `describeRoleSource()`.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'career-widgets-virtual/define/career-role';
import type { CareerElement } from '../src/base/career-element.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import type { CwErrorEvent, CwLoadEvent } from '../src/base/events.js';
import { getRole, listRoles } from '../src/data/catalogue.js';
import { BUNDLED_ROLE_IDS, type BundledRoleId } from '../src/data/role-ids.js';
import type { PartKey } from '../src/data/role-index-types.js';
import type { Role } from '../src/data/schema.js';
import {
  STALLING_URL,
  type Setup,
  build,
  changeReporting,
  clean,
  clickToggle,
  detailsOf,
  emulate,
  expectAccessibleIn,
  expectAccessibleInBothThemes,
  hitsOf,
  idle,
  isShown,
  mediaSelectors,
  openAll,
  openPart,
  openStates,
  panelOf,
  paragraphsOf,
  part,
  parts,
  place,
  renderBetweenButtons,
  roleCopy,
  settled,
  shownParts,
  textOf,
  toggles,
  uniqueKey,
  warningsOfEachTest,
} from './helpers.js';

type Source = RoleSourceElement & { updateComplete: Promise<boolean> };
type Tag = keyof HTMLElementTagNameMap;
/** The tags of the elements that draw a role (all but `<career-role>`). */
export type ShownTag = {
  [K in Tag]: HTMLElementTagNameMap[K] extends CareerElement ? K : never;
}[Tag];
type SourceTag = {
  [K in Tag]: HTMLElementTagNameMap[K] extends RoleSourceElement ? K : never;
}[Tag];

type State = 'absent' | 'unset' | 'error';

/** A role to show: a bundled role by id, or role data made from one. */
export interface RoleChoice {
  /** The bundled role (default `security-technician`). */
  roleId?: BundledRoleId;
  /** Changes a copy of it, given to the element as `roleData`. */
  alter?: (role: Role) => void;
  /** Leaves these keys out of a copy of it, given as `roleData`. */
  without?: readonly PartKey[];
}

/** A custom property and a style it sets on every shadow node that `selector` matches. */
export interface StyleHook {
  property: `--cw-${string}`;
  selector: string;
  /** A camel-cased CSS property, such as `borderTopColor`. */
  style: string;
  /** A pseudo-element of the matched nodes, such as `::before`. */
  pseudo?: string;
}

/** A border that stays drawn in forced-colours mode, on every node `selector` matches. */
export interface Outline {
  selector: string;
  /** The edge (default: the top). */
  edge?: 'Top' | 'InlineStart' | 'Bottom';
  pseudo?: string;
}

/** Checks that every node an outline names draws a solid border on its edge. */
function expectOutlined(el: Element, outline: string | Outline): void {
  const { selector, edge = 'Top', pseudo } = typeof outline === 'string' ? { selector: outline } : outline;
  const nodes = [...el.shadowRoot!.querySelectorAll(selector)];
  expect(nodes.length, selector).to.be.greaterThan(0);
  for (const node of nodes) {
    const style = getComputedStyle(node, pseudo ?? null);
    const border = (what: 'style' | 'width') =>
      style.getPropertyValue(kebab(`border${edge}${what === 'style' ? 'Style' : 'Width'}`));
    expect(border('style'), `${selector} ${edge}`).to.equal('solid');
    expect(parseFloat(border('width')), `${selector} ${edge}`).to.be.greaterThan(0);
  }
}

export interface RoleSourceContract<T extends Source> {
  /** The two bundled roles the source checks move between (default: Security Technician, then Security Engineer). */
  roles?: readonly [BundledRoleId, BundledRoleId];
  /** Attributes the element has in every check. */
  attributes?: Readonly<Record<string, string>>;
  /** What the element shows of its role, compared between ways of choosing the same role. */
  view: (el: T) => unknown;
}

/** Sub-parts as native disclosures, one row each until opened (<education-path>, <job-market>). */
export interface Disclosures {
  /** The sub-parts of the ready role, in order, with their sub-headings. */
  labels: Readonly<Partial<Record<PartKey, string>>>;
  /** The sub-parts that hold paragraphs of text. */
  paragraphs: readonly PartKey[];
  /** Another bundled role, to switch to. */
  otherRoleId: BundledRoleId;
}

/** The custom properties of every element of disclosures: the lines between rows and the chevrons. */
function disclosureHooks(tag: string): StyleHook[] {
  return [
    { property: `--cw-${tag}-divider-color`, selector: '[part~="part"]', style: 'borderTopColor' },
    { property: `--cw-${tag}-toggle-color`, selector: '.chevron', style: 'borderBottomColor' },
  ];
}

/** How an element draws its role; for an element of disclosures, they say it all (see `layoutOf`). */
interface Layout<T> {
  /** Parts that only a ready role with data draws (its list, figures…). */
  content: readonly string[];
  /** Sub-headings of the ready element (one level below its heading). */
  subheadings: number;
  /** The placeholders of the loading state. */
  skeleton: { selector: string; count?: number; atLeast?: number; sideBySide?: boolean };
  /** Whether the ready element has tab stops of its own. */
  focusable: boolean;
  /** Brings the ready element to its fullest: opens what it can open, waits for what is inside. */
  expand?: (el: T) => Promise<void>;
}

interface CommonContract<T> {
  /** The heading while no role is shown: loading, unset and error. */
  heading: string;
  /** The heading for a role with this title. */
  headingFor: (title: string) => string;
  /** What the absent state says for a role with this title. */
  absentMessage: (title: string) => string;
  /** The sections a bundled role loads for the element, besides its id, title and sources. */
  loads: readonly PartKey[];
  /** Roles without the element's section. */
  absent: readonly RoleChoice[];
  /** Invalid role data: `alter` breaks a copy of the role, `path` is where the problem is reported. */
  invalid: RoleChoice & { path: string; issue?: string };
  /** The ready element the looks, parts and accessibility checks use, and its attributes. */
  ready?: RoleChoice & { attributes?: Readonly<Record<string, string>> };
  /** The two bundled roles the source checks move between. */
  roles?: readonly [BundledRoleId, BundledRoleId];
  /** Every part the ready element, expanded, exposes. */
  parts: readonly string[];
  /**
   * Widths at which the loading state's estimate is checked against the ready element's height
   * (default 800 px); none for an element with no estimate to check.
   */
  estimateWidths?: readonly number[];
  /** What the theme changes, besides the box's background (default: that background). */
  themed?: { selector: string; style: string };
  /** The element's own custom properties. */
  styleHooks?: readonly StyleHook[];
  /** Forced-colours rules the element adds, and what must stay visible when they apply. */
  forcedColors: { selectors: readonly string[]; outlined?: readonly (string | Outline)[]; visible?: (el: T) => void };
  /** Font sizes in px at a 16px base, by selector, for every node it matches. */
  textSizes?: Readonly<Record<string, number>>;
  /** Widths in px at a 16px base, by selector. */
  boxWidths?: Readonly<Record<string, number>>;
  /** Nodes whose style the element sets through the CSSOM (never a style attribute string). */
  styledByScript?: readonly string[];
}

export type ElementContract<T> = CommonContract<T> &
  ((Layout<T> & { disclosures?: undefined }) | (Partial<Layout<T>> & { disclosures: Disclosures }));

/**
 * How the element draws its role. Disclosures decide it for the elements made of them: a row
 * per sub-part under its sub-heading, all openable by keyboard, and a placeholder row for each
 * while loading.
 */
function layoutOf<T extends Source>(contract: ElementContract<T>): Layout<T> {
  if (!contract.disclosures) return contract;
  const rows = Object.keys(contract.disclosures.labels).length;
  return {
    content: contract.content ?? ['parts', 'toggle'],
    subheadings: contract.subheadings ?? rows,
    skeleton: contract.skeleton ?? { selector: '.skeleton.toggle-shape', count: rows },
    focusable: contract.focusable ?? true,
    expand: contract.expand ?? openAll,
  };
}

const TITLES = new Map<string, string>(listRoles().map((role) => [role.id, role.title]));
const titleOf = (id: string) => TITLES.get(id)!;
const UNSET_MESSAGE =
  'No role chosen yet. Set role-id, src or roleData on this element, or place it inside <career-role>.';
const INVALID_MESSAGE = 'The career data for this section is not valid, so it cannot be shown.';

/** The role data a choice stands for, or undefined for a bundled role given by id. */
async function dataOf(choice: RoleChoice): Promise<Role | undefined> {
  if (!choice.alter && !choice.without) return undefined;
  const data = await roleCopy(choice.roleId ?? 'security-technician');
  for (const key of choice.without ?? []) delete data[key];
  choice.alter?.(data);
  return data;
}

async function setupOf(choice: RoleChoice, attributes?: Readonly<Record<string, string>>): Promise<Setup> {
  const data = await dataOf(choice);
  const roleId = choice.roleId ?? 'security-technician';
  return data ? { data, attributes: attributes ?? {} } : { roleId, attributes: attributes ?? {} };
}

/** The title of the role a choice stands for. */
async function titleOfChoice(choice: RoleChoice): Promise<string> {
  return (await dataOf(choice))?.title ?? titleOf(choice.roleId ?? 'security-technician');
}

/** The next `type` event that `el` itself dispatches, as the page's document receives it. */
function announced<K extends 'cw-load' | 'cw-error'>(el: Element, type: K): Promise<GlobalEventHandlersEventMap[K]> {
  const listening = new AbortController();
  return new Promise<GlobalEventHandlersEventMap[K]>((resolve) => {
    document.addEventListener(
      type,
      (event) => {
        if (event.composedPath()[0] === el) resolve(event as GlobalEventHandlersEventMap[K]);
      },
      { signal: listening.signal },
    );
  }).finally(() => listening.abort());
}

/**
 * Ways of choosing a role and the events that report it: the same for every element, and for
 * `<career-role>`.
 */
export function describeRoleSource<K extends SourceTag>(
  tag: K,
  contract: RoleSourceContract<HTMLElementTagNameMap[K]>,
): void {
  type T = HTMLElementTagNameMap[K];
  const [first, second] = contract.roles ?? (['security-technician', 'security-engineer'] as const);
  const { attributes = {}, view } = contract;

  /** What the element shows of a role chosen by `setup` alone. */
  async function reference(setup: Setup): Promise<unknown> {
    const el = build<T>(tag, { attributes, ...setup });
    await place([el]);
    return view(await settled(el));
  }

  it('is registered, and createElement is typed', () => {
    const el: HTMLElementTagNameMap[K] = document.createElement(tag);
    expect(el).to.be.instanceOf(customElements.get(tag)!);
  });

  describe('choosing the role', () => {
    it('takes roleData first, validated, over role-id and src, and follows it', async () => {
      const data = await roleCopy(first);
      data.title = 'Alarm Installer';
      const el = build<T>(tag, { data, roleId: second, src: STALLING_URL, attributes });
      const loaded = announced(el, 'cw-load');
      await place([el]);
      const event: CwLoadEvent = await loaded;
      expect(event.detail).to.deep.equal({ roleId: first, title: 'Alarm Installer', source: 'role-data' });
      // Every event bubbles out of shadow roots, so a page can listen once on the document.
      expect(event.bubbles && event.composed).to.equal(true);
      await el.updateComplete;
      expect(el.loadedRole?.title).to.equal('Alarm Installer');
      const again = announced(el, 'cw-load');
      el.roleData = await roleCopy(first);
      expect((await again).detail).to.deep.equal({ roleId: first, title: titleOf(first), source: 'role-data' });
      await el.updateComplete;
      expect(view(el)).to.deep.equal(await reference({ roleId: first }));
    });

    it('takes role-id over src, and follows it when it changes', async () => {
      const el = build<T>(tag, { roleId: first, src: STALLING_URL, attributes });
      const loaded = announced(el, 'cw-load');
      await place([el]);
      expect((await loaded).detail).to.deep.equal({ roleId: first, title: titleOf(first), source: 'role-id' });
      await settled(el);
      expect(el.loadedRole?.id).to.equal(first);
      const changed = announced(el, 'cw-load');
      el.roleId = second;
      expect((await changed).detail).to.deep.equal({ roleId: second, title: titleOf(second), source: 'role-id' });
      await el.updateComplete;
      expect(view(el)).to.deep.equal(await reference({ roleId: second }));
    });

    it('fetches src when it is the only source, and shows what role-id shows', async () => {
      const el = build<T>(tag, { src: `/__cw/role/${first}`, attributes });
      const loaded = announced(el, 'cw-load');
      await place([el]);
      expect((await loaded).detail).to.deep.equal({ roleId: first, title: titleOf(first), source: 'src' });
      await settled(el);
      expect(el.state).to.equal('ready');
      expect(view(el)).to.deep.equal(await reference({ roleId: first }));
    });

    it('uses the role of the nearest <career-role>, shares its load and follows its changes', async () => {
      const provider = document.createElement('career-role');
      provider.setAttribute('role-id', first);
      const [el, other] = [build<T>(tag, { attributes }), build<T>(tag, { attributes })];
      const section = document.createElement('section');
      section.append(el);
      provider.append(section, other);
      const loaded = announced(el, 'cw-load');
      await place([provider]);
      expect((await loaded).detail).to.deep.equal({ roleId: first, title: titleOf(first), source: 'context' });
      await settled(el);
      await settled(other);
      expect(el.loadedRole).to.equal(other.loadedRole);
      expect(view(el)).to.deep.equal(await reference({ roleId: first }));

      const byId = announced(el, 'cw-load');
      provider.roleId = second;
      expect((await byId).detail).to.deep.equal({ roleId: second, title: titleOf(second), source: 'context' });
      await el.updateComplete;
      expect(view(el)).to.deep.equal(await reference({ roleId: second }));

      const data = await roleCopy(first);
      const byData = announced(el, 'cw-load');
      provider.roleData = data;
      expect((await byData).detail).to.deep.equal({ roleId: first, title: titleOf(first), source: 'context' });
      await el.updateComplete;
      expect(view(el)).to.deep.equal(await reference({ data }));
    });

    it('prefers its own role-id over the <career-role> around it', async () => {
      const provider = document.createElement('career-role');
      provider.setAttribute('role-id', first);
      const el = build<T>(tag, { roleId: second, attributes });
      provider.append(el);
      await place([provider]);
      await settled(el);
      expect(el.loadedRole?.id).to.equal(second);
    });
  });
}

/** The whole contract of an element that draws a role. */
export function describeElement<K extends ShownTag>(tag: K, contract: ElementContract<HTMLElementTagNameMap[K]>): void {
  type T = HTMLElementTagNameMap[K];
  const ready = contract.ready ?? {};
  const attributes = ready.attributes ?? {};
  const layout = layoutOf(contract);
  const expand = layout.expand ?? (async () => undefined);

  /** The ready element, settled and expanded, `width` px wide when given. */
  async function readyElement(options: { width?: number; extra?: Readonly<Record<string, string>> } = {}): Promise<T> {
    const el = build<T>(tag, await setupOf(ready, { ...attributes, ...options.extra }));
    await place([el], options.width);
    await settled(el);
    await expand(el);
    await el.updateComplete;
    return el;
  }

  /** An element in one of the states besides ready and loading. */
  async function stateElement(state: State): Promise<Setup> {
    switch (state) {
      case 'absent':
        return setupOf(contract.absent[0]!);
      case 'unset':
        return {};
      case 'error':
        return { roleId: 'astronaut' };
    }
  }

  /** Checks that none of the ready-only parts is drawn. */
  const expectNoContent = (el: T) => {
    for (const name of layout.content) expect(part(el, name), name).to.equal(null);
  };

  /** Waits for every element to leave the loading state. */
  const allIdle = (elements: readonly T[]) => Promise.all(elements.map((el) => idle(el)));

  describe('what every element does', () => {
    const warnings = warningsOfEachTest();
    describeRoleSource(tag, { roles: contract.roles, view: (el) => textOf(el) });

    it('draws the ready role under a heading with its title', async () => {
      const el = await readyElement();
      expect(el.state).to.equal('ready');
      expect(el.shadowRoot!.querySelector('.state-absent')).to.equal(null);
      expect(clean(part(el, 'heading'))).to.equal(contract.headingFor(await titleOfChoice(ready)));
      for (const name of layout.content) expect(part(el, name), name).to.exist;
    });

    it('loads only the sections it shows from a bundled role', async () => {
      for (const id of BUNDLED_ROLE_IDS) {
        const whole = await getRole(id);
        const el = build<T>(tag, { roleId: id });
        await place([el]);
        await settled(el);
        const expected = ['id', 'title', 'sources', ...contract.loads.filter((key) => whole[key] !== undefined)];
        expect(Object.keys(el.loadedRole!).sort(), id).to.deep.equal(expected.sort());
      }
    });

    describe('states', () => {
      it('shows a busy, accessible loading state under a plain heading', async () => {
        const el = build<T>(tag, { src: STALLING_URL });
        await place([el], 800);
        await el.updateComplete;
        expect(el.state).to.equal('loading');
        expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
        expect(textOf(el)).to.contain('Loading');
        expect(clean(part(el, 'heading'))).to.equal(contract.heading);
        expectNoContent(el);
        const { selector, count, atLeast, sideBySide } = layout.skeleton;
        const placeholders = [...el.shadowRoot!.querySelectorAll(selector)];
        if (count !== undefined) expect(placeholders, selector).to.have.length(count);
        if (atLeast !== undefined) expect(placeholders.length, selector).to.be.at.least(atLeast);
        if (sideBySide) {
          const [one, two] = placeholders.map((node) => node.getBoundingClientRect());
          expect(two!.top).to.be.closeTo(one!.top, 1);
          expect(two!.left).to.be.at.least(one!.right);
        }
        await expectAccessibleInBothThemes(el);
      });

      // The estimate is made in a wide font (DejaVu Serif), so the ready role never outgrows it
      // there; narrower fonts leave the ready element shorter, by up to a fifth or so.
      for (const width of contract.estimateWidths ?? [800]) {
        it(`estimates the ready height while loading at ${width}px: no less, at most a quarter more`, async () => {
          const loading = build<T>(tag, { src: STALLING_URL });
          const shown = build<T>(tag, await setupOf(ready, attributes));
          await place([loading, shown], width);
          await loading.updateComplete;
          await settled(shown);
          expect(loading.state).to.equal('loading');
          const estimate = loading.getBoundingClientRect().height;
          const height = shown.getBoundingClientRect().height;
          expect(estimate, 'loading height').to.be.at.least(height - 2);
          expect(estimate, 'loading height').to.be.at.most(height * 1.25);
          const base = part(shown, 'base')!;
          expect(base.scrollHeight).to.be.at.most(base.clientHeight + 1);
        });
      }

      it('says when no role is chosen, rather than staying blank', async () => {
        const el = build<T>(tag);
        await place([el]);
        await idle(el);
        expect(el.state).to.equal('unset');
        expect(el.shadowRoot!.querySelector('.state-unset')).to.exist;
        expect(clean(part(el, 'heading'))).to.equal(contract.heading);
        expect(clean(part(el, 'message'))).to.equal(UNSET_MESSAGE);
        expectNoContent(el);
        await expectAccessibleInBothThemes(el);
      });

      for (const choice of contract.absent) {
        const left = choice.without && (choice.without.length > 3 ? 'any of them' : choice.without.join(', '));
        const which = `${choice.roleId ?? 'security-technician'}${left ? ` without ${left}` : ''}`;
        it(`says so when a role has none of it (${which})`, async () => {
          const title = await titleOfChoice(choice);
          const el = build<T>(tag, await setupOf(choice));
          await place([el]);
          await settled(el);
          expect(el.state).to.equal('ready');
          expect(el.shadowRoot!.querySelector('.state-absent')).to.exist;
          expect(clean(part(el, 'heading'))).to.equal(contract.headingFor(title));
          expect(clean(part(el, 'message'))).to.equal(contract.absentMessage(title));
          expectNoContent(el);
          await expectAccessibleInBothThemes(el);
        });
      }

      it('shows invalid roleData as an error: message, details, cw-error with issues, a warning with the path', async () => {
        const { path, issue } = contract.invalid;
        const data = (await dataOf(contract.invalid))!;
        const el = build<T>(tag, { data });
        const failed = announced(el, 'cw-error');
        await place([el]);
        const { detail }: CwErrorEvent = await failed;
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(detail).to.include({ kind: 'invalid-data', source: 'role-data' });
        expect(detail.issues?.map((found) => found.path)).to.include(path);
        if (issue) expect(detail.issues?.find((found) => found.path === path)?.message).to.equal(issue);
        expect(clean(part(el, 'heading'))).to.equal(contract.heading);
        expect(clean(part(el, 'message'))).to.equal(INVALID_MESSAGE);
        expect(el.shadowRoot!.querySelector('details')!.textContent).to.contain(path);
        expectNoContent(el);
        const warning = warnings.messages.find((message) => message.includes(path));
        expect(warning).to.contain(`<${tag}>`).and.to.contain(data.id);
        await expectAccessibleInBothThemes(el);
      });

      it('shows an unknown role-id as an error naming the id, warning with the known roles', async () => {
        const el = build<T>(tag, { roleId: 'astronaut' });
        const failed = announced(el, 'cw-error');
        await place([el]);
        expect((await failed).detail).to.include({ kind: 'unknown-role', source: 'role-id' });
        await el.updateComplete;
        expect(clean(part(el, 'message'))).to.equal('There is no career role called “astronaut”.');
        expect(clean(part(el, 'heading'))).to.equal(contract.heading);
        expect(warnings.messages.join('\n')).to.contain('astronaut').and.to.contain('Known roles');
        await expectAccessibleInBothThemes(el);
      });

      it('offers a retry after a failed src; the retry and a new src load again', async () => {
        const key = uniqueKey();
        const el = build<T>(tag, { src: `/__cw/counted/${key}/status/500` });
        const failed = announced(el, 'cw-error');
        await place([el]);
        expect((await failed).detail).to.include({ kind: 'http', source: 'src' });
        await el.updateComplete;
        expect(el.state).to.equal('error');
        expect(clean(part(el, 'retry'))).to.equal('Try again');
        const again = announced(el, 'cw-error');
        part(el, 'retry')!.click();
        await again;
        expect(await hitsOf(key)).to.equal(2);
        el.src = '/__cw/role/security-technician';
        await settled(el);
        expect(el.state).to.equal('ready');
      });
    });

    describe('headings', () => {
      /** The levels of the heading and of every sub-heading; no other heading is drawn. */
      const levels = (el: T) => {
        const headings = [...el.shadowRoot!.querySelectorAll('h1, h2, h3, h4, h5, h6')];
        const main = headings.filter((heading) => heading.getAttribute('part') === 'heading');
        const subs = headings.filter((heading) => heading.getAttribute('part') === 'subheading');
        expect(main.length + subs.length, 'headings without a heading part').to.equal(headings.length);
        expect(main, 'one heading').to.have.length(1);
        return { heading: main[0]!.localName, subheadings: [...new Set(subs.map((sub) => sub.localName))] };
      };

      it('uses heading-level for its heading and one level below for its sub-headings, up to h6', async () => {
        const el = await readyElement({ extra: { 'heading-level': '2' } });
        expect(parts(el, 'subheading')).to.have.length(layout.subheadings);
        const expected = (level: number) => ({
          heading: `h${level}`,
          subheadings: layout.subheadings > 0 ? [`h${Math.min(level + 1, 6)}`] : [],
        });
        expect(levels(el)).to.deep.equal(expected(2));
        for (const level of [1, 2, 3, 4, 5, 6]) {
          el.headingLevel = level;
          await el.updateComplete;
          expect(levels(el), `heading-level ${level}`).to.deep.equal(expected(level));
        }
        el.setAttribute('heading-level', '4');
        await el.updateComplete;
        expect(levels(el)).to.deep.equal(expected(4));
        const plain = await readyElement();
        expect(levels(plain)).to.deep.equal(expected(2));
        const unset = build<T>(tag, { attributes: { 'heading-level': '1' } });
        await place([unset]);
        await idle(unset);
        expect(levels(unset)).to.deep.equal({ heading: 'h1', subheadings: [] });
      });

      it('falls back to h2 for a heading-level it cannot use, with one warning and cw-error per value', async () => {
        const el = await readyElement();
        for (const value of ['9', '0', 'two']) {
          await changeReporting(el, 'heading-level', value, warnings);
          expect(part(el, 'heading')!.localName).to.equal('h2');
          el.setAttribute('heading-level', '4');
          await el.updateComplete;
          expect(part(el, 'heading')!.localName).to.equal('h4');
        }
        // Each value is reported once.
        el.setAttribute('heading-level', '9');
        await el.updateComplete;
        expect(warnings.messages.filter((message) => message.includes('heading-level='))).to.have.length(3);
      });

      it('goes back to h2, reporting nothing, when heading-level is removed', async () => {
        const el = await readyElement({ extra: { 'heading-level': '4' } });
        const errors: Event[] = [];
        el.addEventListener('cw-error', (event) => errors.push(event));
        el.removeAttribute('heading-level');
        await el.updateComplete;
        expect(part(el, 'heading')!.localName).to.equal('h2');
        expect(errors).to.deep.equal([]);
        expect(warnings.messages.filter((message) => message.includes('heading-level'))).to.deep.equal([]);
      });
    });

    describe('parts and looks', () => {
      it('exposes its parts, and base, heading and message in the other states', async () => {
        const names = (el: T) =>
          [
            ...new Set(
              [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/)),
            ),
          ].sort();
        expect(names(await readyElement())).to.deep.equal([...contract.parts].sort());
        const others = await Promise.all((['absent', 'unset', 'error'] as const).map(stateElement));
        const elements = others.map((setup) => build<T>(tag, setup));
        await place(elements);
        await allIdle(elements);
        for (const el of elements) expect(names(el), el.state).to.deep.equal(['base', 'heading', 'message']);
      });

      for (const theme of ['light', 'dark'] as const) {
        it(`passes axe in the ${theme} theme, ready`, async () => {
          await expectAccessibleIn(await readyElement(), theme);
        });
      }

      it('switches colours with theme and follows its custom properties', async () => {
        const el = await readyElement({ extra: { theme: 'light' } });
        const { selector, style } = contract.themed ?? { selector: '[part~="base"]', style: 'backgroundColor' };
        const themed = () => getComputedStyle(el.shadowRoot!.querySelector(selector)!).getPropertyValue(kebab(style));
        const light = themed();
        el.theme = 'dark';
        await el.updateComplete;
        expect(themed()).not.to.equal(light);
        const hooks: StyleHook[] = [
          { property: '--cw-color-surface', selector: '[part~="base"]', style: 'backgroundColor' },
          ...(contract.disclosures ? disclosureHooks(tag) : []),
          ...(contract.styleHooks ?? []),
        ];
        // Each property gets a colour of its own.
        const properties: string[] = [...new Set(hooks.map((hook) => hook.property))];
        const colour = (property: string) => {
          const i = properties.indexOf(property) + 1;
          return `rgb(${i}, ${i + 1}, ${i + 2})`;
        };
        for (const property of properties) el.style.setProperty(property, colour(property));
        for (const hook of hooks) {
          const nodes = [...el.shadowRoot!.querySelectorAll(hook.selector)];
          expect(nodes.length, hook.selector).to.be.greaterThan(0);
          for (const node of nodes) {
            const value = getComputedStyle(node, hook.pseudo ?? null).getPropertyValue(kebab(hook.style));
            expect(value, `${hook.property} on ${hook.selector}`).to.equal(colour(hook.property));
          }
        }
      });

      it('declares forced-colours rules for its boxes and marks', async () => {
        const el = await readyElement();
        expect(mediaSelectors(el, 'forced-colors')).to.include.members([
          '.base',
          ':focus-visible',
          ...contract.forcedColors.selectors,
        ]);
      });

      describe('in forced-colours mode', () => {
        afterEach(async () => {
          await emulate([]);
        });

        it('keeps its box and marks visible, and passes axe', async function () {
          // Only Chromium can emulate forced colours; elsewhere the rules are checked above.
          if (!(await emulate([{ name: 'forced-colors', value: 'active' }]))) this.skip();
          const el = await readyElement();
          expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
          expectOutlined(el, '[part~="base"]');
          for (const outline of contract.forcedColors.outlined ?? []) expectOutlined(el, outline);
          // Each sub-part keeps its dividing line, and each summary its chevron.
          if (contract.disclosures) {
            expectOutlined(el, '[part~="part"]');
            expectOutlined(el, { selector: '.chevron', edge: 'Bottom' });
          }
          contract.forcedColors.visible?.(el);
          await expect(el).to.be.accessible();
        });
      });

      it('sizes text in em: a 62.5% root font size changes nothing, and no text is below 12px', async () => {
        const wrapper = document.createElement('div');
        wrapper.style.fontSize = '16px';
        const el = build<T>(tag, await setupOf(ready, attributes));
        wrapper.append(el);
        await place([wrapper]);
        await settled(el);
        await expand(el);
        await el.updateComplete;
        const texts = [...el.shadowRoot!.querySelectorAll('*')].filter((node) => clean(node) !== '');
        const sizes = () => texts.map((node) => getComputedStyle(node).fontSize);
        const atFull = sizes();
        document.documentElement.style.fontSize = '62.5%';
        try {
          expect(sizes()).to.deep.equal(atFull);
          for (const size of atFull) expect(parseFloat(size)).to.be.at.least(12);
          const measured = (selector: string) => {
            const nodes = [...el.shadowRoot!.querySelectorAll(selector)];
            expect(nodes.length, selector).to.be.greaterThan(0);
            return nodes;
          };
          const textSizes = { ...(contract.disclosures ? { '[part~="toggle"]': 16 } : {}), ...contract.textSizes };
          for (const [selector, px] of Object.entries(textSizes)) {
            for (const node of measured(selector)) {
              expect(parseFloat(getComputedStyle(node).fontSize), selector).to.be.closeTo(px, 0.01);
            }
          }
          for (const [selector, px] of Object.entries(contract.boxWidths ?? {})) {
            for (const node of measured(selector)) {
              expect(node.getBoundingClientRect().width, selector).to.be.closeTo(px, 0.5);
            }
          }
        } finally {
          document.documentElement.style.fontSize = '';
        }
      });

      it('uses no style attribute strings (strict CSP)', async () => {
        const el = await readyElement();
        const allowed = (contract.styledByScript ?? []).join(', ');
        for (const node of el.shadowRoot!.querySelectorAll('[style]')) {
          expect(allowed && node.matches(allowed), `style="${node.getAttribute('style')}"`).to.equal(true);
        }
      });

      it('is readable at 280px: nothing overflows its box', async () => {
        const el = await readyElement({ width: 280 });
        const base = part(el, 'base')!;
        expect(el.getBoundingClientRect().width).to.equal(280);
        expect(base.scrollWidth).to.be.at.most(base.clientWidth);
        const right = base.getBoundingClientRect().right;
        for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          if (!isShown(node) || node.closest('.visually-hidden')) continue;
          const name = `<${node.localName} part="${node.getAttribute('part') ?? ''}"> ${clean(node).slice(0, 40)}`;
          expect(node.getBoundingClientRect().right, name).to.be.at.most(right + 0.5);
          if (node.clientWidth > 0) expect(node.scrollWidth, name).to.be.at.most(node.clientWidth + 1);
        }
      });

      if (!layout.focusable) {
        it('adds no tab stops: Tab goes straight through', async () => {
          const { before, el, after } = await renderBetweenButtons<T>(tag, await setupOf(ready, attributes));
          expect(el.shadowRoot!.querySelectorAll('[tabindex], a, button, input, summary')).to.have.length(0);
          before.focus();
          await sendKeys({ press: 'Tab' });
          expect(document.activeElement).to.equal(after);
          await sendKeys({ down: 'Shift' });
          await sendKeys({ press: 'Tab' });
          await sendKeys({ up: 'Shift' });
          expect(document.activeElement).to.equal(before);
        });
      }
    });

    if (contract.disclosures) {
      describeDisclosures<T>(tag, contract.disclosures, () => setupOf(ready, attributes), ready.roleId);
    }
  });
}

/** Sub-parts as native disclosures, one row each until opened. */
function describeDisclosures<T extends Source & { theme?: 'light' | 'dark' | undefined; headingLevel: number }>(
  tag: string,
  { labels, paragraphs, otherRoleId }: Disclosures,
  setup: () => Promise<Setup>,
  readyRoleId: BundledRoleId = 'security-technician',
): void {
  const collapsed = async () => {
    const el = build<T>(tag, await setup());
    await place([el]);
    return settled(el);
  };
  /** The text the browser renders, white space folded: none of a closed disclosure's content. */
  const rendered = (node: HTMLElement) => node.innerText.replace(/\s+/g, ' ');

  describe('disclosures', () => {
    it('shows the sub-parts the role has, in order, each under its sub-heading', async () => {
      const el = await collapsed();
      expect(shownParts(el)).to.deep.equal(Object.keys(labels));
      expect(parts(el, 'subheading').map((heading) => clean(heading))).to.deep.equal(Object.values(labels));
    });

    it('gives the paragraphs of each text sub-part exactly', async () => {
      const role = await getRole(readyRoleId);
      const el = await collapsed();
      for (const key of paragraphs) {
        const panel = await openPart(el, key);
        const { paragraphs: expected } = role[key] as { paragraphs: string[] };
        expect(expected.length, key).to.be.greaterThan(0);
        expect(paragraphsOf(panel), key).to.deep.equal(expected);
      }
    });

    it("holds every sub-part's text in the page while closed, without rendering it", async () => {
      const role = await getRole(readyRoleId);
      const el = await collapsed();
      const panels = parts(el, 'panel');
      expect(panels).to.have.length(Object.keys(labels).length);
      for (const panel of panels) {
        const details = panel.closest('details')!;
        expect(details.open).to.equal(false);
        expect(clean(panel), details.dataset['part']).not.to.equal('');
        expect(isShown(panel), details.dataset['part']).to.equal(false);
        expect(rendered(part(el, 'base')!)).not.to.contain(clean(panel).slice(0, 40));
      }
      for (const key of paragraphs) {
        const panel = el.shadowRoot!.querySelector<HTMLElement>(`details[data-part="${key}"] > [part~="panel"]`)!;
        expect(paragraphsOf(panel), key).to.deep.equal((role[key] as { paragraphs: string[] }).paragraphs);
      }
    });

    it('closes every sub-part at first: a native <details> whose summary holds its sub-heading', async () => {
      const el = await collapsed();
      const summaries = toggles(el);
      expect(summaries.length).to.be.greaterThan(1);
      expect(summaries).to.have.length(parts(el, 'part').length);
      expect(summaries.map((summary) => clean(summary))).to.deep.equal(parts(el, 'subheading').map((h) => clean(h)));
      for (const summary of summaries) {
        const details = detailsOf(summary);
        expect(details.getAttribute('part')).to.equal('part');
        expect(details.open).to.equal(false);
        // The summary is the button: no ARIA state of its own, nothing interactive inside it.
        expect(summary.hasAttribute('aria-expanded')).to.equal(false);
        expect(summary.hasAttribute('role')).to.equal(false);
        expect(summary.querySelector('a, button, input, select, textarea, details, [tabindex]')).to.equal(null);
        // Its sub-heading is inside it, so heading navigation reaches the disclosure.
        expect(summary.querySelector('[part~="subheading"]')!.localName).to.match(/^h[1-6]$/);
        const panel = panelOf(summary);
        expect(panel.getAttribute('part')).to.equal('panel');
        expect(isShown(panel)).to.equal(false);
        // At least 24 by 24 CSS pixels (WCAG 2.5.8).
        const box = summary.getBoundingClientRect();
        expect(box.width).to.be.at.least(24);
        expect(box.height).to.be.at.least(24);
        // Its text is rendered only while open.
        await clickToggle(summary);
        await el.updateComplete;
        expect(details.open).to.equal(true);
        const text = rendered(panel).trim().slice(0, 40);
        expect(text).not.to.equal('');
        expect(rendered(part(el, 'base')!)).to.contain(text);
        await clickToggle(summary);
        await el.updateComplete;
        expect(details.open).to.equal(false);
        expect(rendered(part(el, 'base')!)).not.to.contain(text);
      }
      await expectAccessibleInBothThemes(el);
    });

    it('opens and closes from the keyboard: Tab, Enter, Space, Tab on, Shift+Tab back, with a visible focus ring', async () => {
      const { before, el } = await renderBetweenButtons<T>(tag, await setup());
      before.focus();
      await sendKeys({ press: 'Tab' });
      const [first, second] = toggles(el);
      expect(el.shadowRoot!.activeElement).to.equal(first);
      const style = getComputedStyle(first!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
      const panel = panelOf(first!);
      const closed = openStates(el).slice(1);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(openStates(el)).to.deep.equal([true, ...closed]);
      expect(isShown(panel)).to.equal(true);
      expect(el.shadowRoot!.activeElement).to.equal(first);

      // The space bar: ' ' is the key name both engines' drivers accept.
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(detailsOf(first!).open).to.equal(false);
      expect(isShown(panel)).to.equal(false);

      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(second);
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(detailsOf(second!).open).to.equal(true);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(detailsOf(second!).open).to.equal(false);
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      // With the panel open, Shift+Tab goes back to the first summary.
      await sendKeys({ down: 'Shift' });
      await sendKeys({ press: 'Tab' });
      await sendKeys({ up: 'Shift' });
      expect(el.shadowRoot!.activeElement).to.equal(first);
    });

    it('keeps what the reader opened when the element renders again', async () => {
      const el = await collapsed();
      const summaries = toggles(el);
      const second = summaries[1]!;
      await clickToggle(second);
      el.headingLevel = 4;
      el.theme = 'dark';
      await el.updateComplete;
      // The sub-headings changed level inside the same summaries, and the one opened stays open.
      expect(parts(el, 'subheading').every((heading) => heading.localName === 'h5')).to.equal(true);
      toggles(el).forEach((summary, i) => expect(summary, `summary ${i}`).to.equal(summaries[i]));
      expect(openStates(el)).to.deep.equal(summaries.map((summary) => summary === second));
      expect(isShown(panelOf(second))).to.equal(true);
    });

    it('starts closed again when the role changes', async () => {
      const el = await collapsed();
      await openAll(el);
      expect(parts(el, 'panel').every((panel) => isShown(panel))).to.equal(true);
      el.roleId = otherRoleId;
      await settled(el);
      await el.updateComplete;
      expect(el.loadedRole?.id).to.equal(otherRoleId);
      expect(openStates(el).length).to.be.greaterThan(0);
      expect(openStates(el).every((open) => !open)).to.equal(true);
      expect(parts(el, 'panel').some((panel) => isShown(panel))).to.equal(false);
    });
  });
}

/** `borderTopColor` → `border-top-color`, for getPropertyValue. */
function kebab(style: string): string {
  return style.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}
