/**
 * <role-compare>: the bundled roles' figures in every row, "Not published" where the data has
 * none, the pay scale drawn and written out, real table semantics and the cards below the
 * table's width, each way of giving roles, bad input, the row toggle, and axe.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import 'career-widgets-virtual/define/role-compare';
import type { RoleCompare } from '../src/components/role-compare/role-compare.js';
import type { CwCompareRowToggleEvent } from '../src/components/role-compare/role-compare.events.js';
import type { CwErrorEvent, CwLoadEvent } from '../src/base/events.js';
import { getRole } from '../src/data/catalogue.js';
import type { Role } from '../src/data/schema.js';
import {
  STALLING_URL,
  build,
  clean,
  expectAccessibleInBothThemes,
  isShown,
  mediaSelectors,
  nextEvent,
  part,
  parts,
  place,
  roleCopy,
  settled,
  warningsOfEachTest,
} from './helpers.js';

const TRIO = 'security-technician,security-systems-technician,security-engineer';
const ROWS = [
  'Pay',
  'Growth rate',
  'Market demand',
  'Education and entry path',
  'Years to the senior tier',
  'Certifications',
  'Skills',
  'Stress and work-life balance',
];

/** A comparison with these attributes in a box `width` px wide, settled. */
async function compare(attributes: Record<string, string>, width = 1000): Promise<RoleCompare> {
  const el = build<RoleCompare>('role-compare', { attributes });
  await place([el], width);
  return settled(el);
}

const table = (el: RoleCompare) => part(el, 'table') as HTMLTableElement;
/** The rendered text of a node (hidden entries left out), white space folded. */
const shown = (node: HTMLElement) => node.innerText.replace(/\s+/g, ' ').trim();
/** A row header's label, without its toggle. */
const rowLabel = (tr: HTMLTableRowElement) => clean(tr.cells[0]!.querySelector('.criterion-label'));
/** The cells of the table row headed `label`. */
const rowCells = (el: RoleCompare, label: string) => {
  const row = [...table(el).tBodies[0]!.rows].find((tr) => rowLabel(tr) === label);
  expect(row, label).to.exist;
  return [...row!.cells].slice(1) as HTMLTableCellElement[];
};
/** Skills as a role lists them: technical, soft, then its skill map's, each once whatever its case. */
function skillsOf(role: Role): string[] {
  const all = [...(role.techSkills?.items ?? []), ...(role.softSkills?.items ?? []), ...(role.skillMap?.groups.flatMap((g) => g.skills) ?? [])];
  const seen = new Set<string>();
  return all.filter((skill) => !seen.has(skill.toLowerCase()) && !!seen.add(skill.toLowerCase()));
}

describe('<role-compare>', () => {
  const warnings = warningsOfEachTest();
  let roles: Role[];
  before(async () => {
    roles = await Promise.all(TRIO.split(',').map((id) => getRole(id)));
  });

  describe('the three bundled roles, wide', () => {
    let el: RoleCompare;
    let box: HTMLDivElement;
    // One comparison for the checks that only read it: placed by hand, as fixtures are cleaned up after each test.
    before(async () => {
      box = document.createElement('div');
      box.style.width = '1000px';
      el = build<RoleCompare>('role-compare', { attributes: { 'role-ids': TRIO } });
      box.append(el);
      document.body.append(box);
      await settled(el);
    });
    after(() => box.remove());

    it('is a real table: a caption, a column header per role, a row header per criterion, in order', () => {
      expect(el.state).to.equal('ready');
      expect(clean(part(el, 'heading'))).to.equal(
        'Compare: Security Technician, Security Systems Technician, and Security Engineer',
      );
      const t = table(el);
      expect(isShown(t)).to.equal(true);
      expect(isShown(part(el, 'cards')!)).to.equal(false);
      expect(clean(t.caption)).to.equal(clean(part(el, 'heading')));
      const head = [...t.tHead!.rows[0]!.cells];
      expect(head[0]!.localName).to.equal('td');
      expect(head.slice(1).map((th) => [th.localName, th.getAttribute('scope'), clean(th)])).to.deep.equal(
        roles.map((role) => ['th', 'col', role.title]),
      );
      const body = [...t.tBodies[0]!.rows];
      expect(body.map((tr) => [tr.cells[0]!.localName, tr.cells[0]!.getAttribute('scope')])).to.deep.equal(
        ROWS.map(() => ['th', 'row']),
      );
      expect(body.map(rowLabel)).to.deep.equal(ROWS);
      for (const tr of body) expect([...tr.cells].slice(1).map((cell) => cell.localName)).to.deep.equal(['td', 'td', 'td']);
    });

    it("gives each role's pay as its source labels it, on one scale that is drawn and written out", () => {
      const [technician, systems, engineer] = rowCells(el, 'Pay');
      expect(shown(technician!)).to.equal('Median: $60,000 a year Range: $42,000 – $78,000');
      expect(shown(systems!)).to.equal('Not published');
      expect(shown(engineer!)).to.equal('Average: $105,934 a year');
      // Drawn on one scale, from $0 to $110,000 (the highest figure, rounded up), for every role with pay.
      expect(clean(part(el, 'scale-note'))).to.equal(
        'Pay is drawn on one scale for every role, from $0 to $110,000 a year: the band is the published range, the line the median or average.',
      );
      const marks = (cell: HTMLElement) => {
        const scale = cell.querySelector('[part~="pay-scale"]');
        if (!scale) return undefined;
        expect(scale.getAttribute('aria-hidden')).to.equal('true');
        const range = scale.querySelector('.range');
        return {
          central: Number(scale.querySelector('.central')!.getAttribute('x1')),
          range: range && [Number(range.getAttribute('x')), Number(range.getAttribute('x')) + Number(range.getAttribute('width'))],
        };
      };
      const at = (amount: number) => (amount / 110_000) * 100;
      expect(marks(technician!)!.central).to.be.closeTo(at(60_000), 1e-9);
      expect(marks(technician!)!.range![0]).to.be.closeTo(at(42_000), 1e-9);
      expect(marks(technician!)!.range![1]).to.be.closeTo(at(78_000), 1e-9);
      expect(marks(systems!)).to.equal(undefined);
      expect(marks(engineer!)).to.deep.equal({ central: at(105_934), range: null });
      // The bars are as wide as each other: one scale.
      const widths = parts(el, 'pay-scale').filter(isShown).map((svg) => svg.getBoundingClientRect().width);
      expect(widths).to.have.length(2);
      expect(widths[0]).to.be.closeTo(widths[1]!, 0.5);
    });

    it('gives growth, demand, years to the senior tier and stress as the data says, "Not published" elsewhere', () => {
      expect(rowCells(el, 'Growth rate').map(shown)).to.deep.equal([
        '7% Growing faster than average',
        'Not published',
        'Not published',
      ]);
      expect(rowCells(el, 'Market demand').map(shown)).to.deep.equal([
        'High On a scale of low, moderate and high.',
        'Not published',
        'Not published',
      ]);
      // The tier tied to the senior salary level starts at 6 years; no other role ties one.
      expect(rowCells(el, 'Years to the senior tier').map(shown)).to.deep.equal([
        '6 years Senior Security Technician',
        'Not published',
        'Not published',
      ]);
      expect(rowCells(el, 'Stress and work-life balance').map(shown)).to.deep.equal([
        'Stress: Moderate Work-life balance: Good',
        'Stress: Moderate Work-life balance: Good',
        'Not published',
      ]);
      for (const cell of parts(el, 'not-published')) expect(clean(cell)).to.equal('Not published');
    });

    it('gives the first paragraph of education and entry path, every certification, and the skills split', () => {
      const education = rowCells(el, 'Education and entry path');
      roles.forEach((role, i) => {
        const entry = role.pathIntoRole ? role.pathIntoRole.paragraphs[0]! : 'Not published';
        expect(shown(education[i]!)).to.equal(`Education ${role.educationLevel!.paragraphs[0]} Entry path ${entry}`);
        // Every paragraph is in the page, the rest hidden until the row is expanded.
        expect([...education[i]!.querySelectorAll('p:not(.block-label):not([part])')].map((p) => clean(p))).to.deep.equal([
          ...role.educationLevel!.paragraphs,
          ...(role.pathIntoRole?.paragraphs ?? []),
        ]);
      });
      rowCells(el, 'Certifications').forEach((cell, i) => {
        const names = roles[i]!.certifications!.items.map((item) => item.name);
        expect([...cell.querySelectorAll('li')].map((li) => clean(li))).to.deep.equal(names);
        expect(cell.querySelectorAll('li:not([hidden])')).to.have.length(Math.min(3, names.length));
        if (names.length > 3) expect(clean(cell.querySelector('.more'))).to.equal(`and ${names.length - 3} more`);
      });
      // Shared: named by another role in the same words (case aside); particular: by this role alone.
      const lists = roles.map(skillsOf);
      const cells = rowCells(el, 'Skills');
      lists.forEach((list, i) => {
        const others = lists.filter((_, j) => j !== i).map((other) => new Set(other.map((s) => s.toLowerCase())));
        const shared = list.filter((skill) => others.some((set) => set.has(skill.toLowerCase())));
        const [sharedBlock, particularBlock] = [...cells[i]!.querySelectorAll('.block')];
        expect(clean(sharedBlock!.querySelector('.block-label'))).to.equal('Shared');
        expect(clean(particularBlock!.querySelector('.block-label'))).to.equal('Particular to this role');
        const items = (block: Element) => [...block.querySelectorAll('li')].map((li) => clean(li.querySelector('.skill') ?? li));
        expect(items(sharedBlock!)).to.deep.equal(shared);
        expect(items(particularBlock!)).to.deep.equal(list.filter((skill) => !shared.includes(skill)));
      });
      expect(clean(cells[2]!.querySelector('li'))).to.equal('Critical thinking (also Security Technician)');
    });

    it('names the sources of each role, and passes axe in both themes', async () => {
      expect(parts(el, 'sources').map((p) => clean(p).split('.')[0])).to.deep.equal(roles.map((role) => role.title));
      expect(clean(parts(el, 'sources')[2])).to.equal('Security Engineer. Source: Indeed, “Security Engineer Job Description: Top Duties and Qualifications”');
      await expectAccessibleInBothThemes(el);
    });
  });

  it('becomes one card per role with the same labels below the width its table needs, readable at 280px', async () => {
    const el = await compare({ 'role-ids': 'security-technician,security-engineer' }, 280);
    expect(isShown(table(el))).to.equal(false);
    const cards = parts(el, 'card');
    expect(isShown(part(el, 'cards')!)).to.equal(true);
    expect(part(el, 'cards')!.localName).to.equal('ul');
    expect(cards.map((card) => [card.localName, clean(card.querySelector('[part~="subheading"]'))])).to.deep.equal([
      ['li', 'Security Technician'],
      ['li', 'Security Engineer'],
    ]);
    expect(cards[0]!.querySelector('[part~="subheading"]')!.localName).to.equal('h3');
    for (const card of cards) {
      expect([...card.querySelectorAll('dt')].map((dt) => clean(dt))).to.deep.equal(ROWS);
    }
    expect(shown(cards[1]!.querySelector<HTMLElement>('[data-row="pay"] dd')!)).to.equal('Average: $105,934 a year');
    expect(shown(cards[1]!.querySelector<HTMLElement>('[data-row="growth"] dd')!)).to.equal('Not published');
    // Nothing overflows its box.
    const right = part(el, 'base')!.getBoundingClientRect().right;
    for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
      if (!isShown(node) || node.closest('.visually-hidden')) continue;
      expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right + 0.5);
    }
    await expectAccessibleInBothThemes(el);
    // The cards' titles follow heading-level, one level below the element's heading.
    el.headingLevel = 4;
    await el.updateComplete;
    expect(part(el, 'heading')!.localName).to.equal('h4');
    expect(parts(el, 'subheading').map((heading) => heading.localName)).to.deep.equal(['h5', 'h5']);
    // Forced colours keep the boxes, the buttons and the pay scale drawn.
    const forced = mediaSelectors(el, 'forced-colors').flatMap((selector) => selector.split(/,\s*/));
    expect(forced).to.include.members(['.card', '.toggle', '.pay-scale .range', '.pay-scale .central']);
    // Wide enough for two columns (36em), the table again.
    (el.parentElement as HTMLElement).style.width = '600px';
    expect(isShown(table(el))).to.equal(true);
    expect(isShown(part(el, 'cards')!)).to.equal(false);
  });

  it('expands a row in every role at once with its button, from the keyboard too, and fires cw-compare-row-toggle', async () => {
    const el = await compare({ 'role-ids': 'security-technician,security-systems-technician' });
    const toggle = table(el).querySelector<HTMLButtonElement>('tr[data-row="skills"] th [part~="toggle"]')!;
    expect(clean(toggle)).to.equal('Show all: Skills');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    const cells = rowCells(el, 'Skills');
    expect(toggle.getAttribute('aria-controls')!.split(' ').map((id) => el.shadowRoot!.getElementById(id))).to.deep.equal(cells);
    const hidden = () => cells.map((cell) => cell.querySelectorAll('li[hidden]').length);
    expect(hidden().every((count) => count > 0)).to.equal(true);
    const toggled = nextEvent(el, 'cw-compare-row-toggle');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    const event: CwCompareRowToggleEvent = await toggled;
    expect(event.detail).to.deep.equal({ row: 'skills', expanded: true });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(hidden()).to.deep.equal([0, 0]);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(clean(toggle)).to.equal('Show less: Skills');
    // The cards follow the same row.
    for (const button of parts(el, 'card').map((card) => card.querySelector('[data-row="skills"] [part~="toggle"]')!)) {
      expect(button.getAttribute('aria-expanded')).to.equal('true');
    }
    const back = nextEvent(el, 'cw-compare-row-toggle');
    await sendKeys({ press: ' ' });
    expect((await back).detail).to.deep.equal({ row: 'skills', expanded: false });
    await el.updateComplete;
    expect(hidden().every((count) => count > 0)).to.equal(true);
    // Pay and growth hold no more than they show: no button.
    for (const label of ['Pay', 'Growth rate']) {
      expect(rowCells(el, label)[0]!.closest('tr')!.querySelector('button'), label).to.equal(null);
    }
  });

  it('chooses and orders the rows with rows, loads only their parts, and reports a name that is no row', async () => {
    const error = nextEvent(document, 'cw-error');
    const el = await compare({ 'role-ids': 'security-technician,security-engineer', rows: 'years-to-senior, pay bogus' });
    expect([...table(el).tBodies[0]!.rows].map(rowLabel)).to.deep.equal(['Years to the senior tier', 'Pay']);
    expect((await error).detail).to.include({ kind: 'invalid-attribute', attribute: 'rows' });
    expect(warnings.messages.join('\n')).to.contain('"bogus", which is no row');
    // A bundled role loads only what the rows read (the salary band and headline, the tiers).
    expect(el.loadedRoles.map((role) => Object.keys(role).sort())).to.deep.equal([
      ['careerTiers', 'headline', 'id', 'salary', 'sources', 'title'],
      ['id', 'salary', 'sources', 'title'],
    ]);
    el.rows = 'work-life';
    await settled(el);
    await el.updateComplete;
    expect([...table(el).tBodies[0]!.rows].map(rowLabel)).to.deep.equal(['Stress and work-life balance']);
    expect(el.loadedRoles.map((role) => Object.keys(role).sort())).to.deep.equal([
      ['id', 'sources', 'title', 'workLifeBalance'],
      ['id', 'sources', 'title'],
    ]);
  });

  describe('giving the roles', () => {
    it('takes roleData (an array) first, then role-ids, then src, and cw-load carries every role id', async () => {
      const [technician, engineer] = await Promise.all([roleCopy('security-technician'), roleCopy('security-engineer')]);
      technician.title = 'Alarm Installer';
      const el = build<RoleCompare>('role-compare', {
        attributes: { 'role-ids': 'security-systems-technician,security-engineer', src: STALLING_URL },
      });
      el.roleData = [technician, engineer];
      const loaded = nextEvent(el, 'cw-load');
      await place([el], 1000);
      const event: CwLoadEvent = await loaded;
      expect(event.detail).to.deep.equal({
        roleId: 'security-technician',
        title: 'Alarm Installer',
        source: 'role-data',
        roleIds: ['security-technician', 'security-engineer'],
      });
      await settled(el);
      expect(parts(el, 'column-header').map((th) => clean(th))).to.deep.equal(['Alarm Installer', 'Security Engineer']);

      const byIds = nextEvent(el, 'cw-load');
      el.roleData = undefined;
      expect((await byIds).detail).to.deep.equal({
        roleId: 'security-systems-technician',
        title: 'Security Systems Technician',
        source: 'role-id',
        roleIds: ['security-systems-technician', 'security-engineer'],
      });

      const bySrc = nextEvent(el, 'cw-load');
      el.removeAttribute('role-ids');
      el.src = '  /__cw/role/security-engineer\n /__cw/role/security-technician ';
      expect((await bySrc).detail).to.deep.equal({
        roleId: 'security-engineer',
        title: 'Security Engineer',
        source: 'src',
        roleIds: ['security-engineer', 'security-technician'],
      });
      await el.updateComplete;
      expect(parts(el, 'column-header').map((th) => clean(th))).to.deep.equal(['Security Engineer', 'Security Technician']);
    });

    it('estimates the ready height while loading at 800px: no less, at most a quarter more', async () => {
      const loading = build<RoleCompare>('role-compare', { attributes: { src: `${STALLING_URL}?a ${STALLING_URL}?b` } });
      const ready = build<RoleCompare>('role-compare', {
        attributes: { 'role-ids': 'security-technician,security-systems-technician' },
      });
      await place([loading, ready], 800);
      await settled(ready);
      expect(loading.state).to.equal('loading');
      const estimate = loading.getBoundingClientRect().height;
      const height = ready.getBoundingClientRect().height;
      expect(estimate).to.be.at.least(height - 2);
      expect(estimate).to.be.at.most(height * 1.25);
    });

    it('says so when no role is given, and shows a busy loading state while roles load', async () => {
      const unset = build<RoleCompare>('role-compare');
      const loading = build<RoleCompare>('role-compare', { attributes: { src: `${STALLING_URL} ${STALLING_URL}?2` } });
      await place([unset, loading], 800);
      await unset.updateComplete;
      expect(unset.state).to.equal('unset');
      expect(clean(part(unset, 'message'))).to.equal(
        'No roles chosen yet. Set role-ids, src or roleData on this element to compare two to four roles.',
      );
      expect(loading.state).to.equal('loading');
      expect(part(loading, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(clean(part(loading, 'heading'))).to.equal('Compare roles');
      await expectAccessibleInBothThemes(unset);
    });
  });

  describe('bad input', () => {
    /** A comparison and every cw-error it fires while settling. */
    async function reporting(attributes: Record<string, string>, data?: unknown[]) {
      const el = build<RoleCompare>('role-compare', { attributes });
      if (data) el.roleData = data as Role[];
      const errors: CwErrorEvent['detail'][] = [];
      el.addEventListener('cw-error', (event) => errors.push(event.detail));
      await place([el], 1000);
      await settled(el);
      return { el, errors, problems: [...(part(el, 'problems')?.querySelectorAll(':scope > p') ?? [])].map((p) => clean(p)) };
    }

    it('shows one role alone, saying a comparison needs two, with cw-error too-few-roles', async () => {
      const { el, errors, problems } = await reporting({ 'role-ids': 'security-engineer' });
      expect(el.state).to.equal('ready');
      expect(problems).to.deep.equal(['A comparison needs at least two roles; only one is given.']);
      expect(errors.map((e) => [e.kind, e.message])).to.deep.equal([
        ['too-few-roles', 'role-ids="security-engineer" gives 1 role; a comparison takes 2 to 4.'],
      ]);
      expect(parts(el, 'column-header').map((th) => clean(th))).to.deep.equal(['Security Engineer']);
      expect(warnings.messages.join('\n')).to.contain('<role-compare role-ids="security-engineer"> role-ids=');
      await expectAccessibleInBothThemes(el);
    });

    it('names an unknown id and a duplicate, and still compares the valid roles', async () => {
      const { el, errors, problems } = await reporting({
        'role-ids': 'security-technician, astronaut, security-technician, security-engineer',
      });
      expect(el.state).to.equal('ready');
      expect(problems).to.deep.equal([
        'There is no career role called “astronaut”.',
        'Security Technician is given more than once; it is shown once.',
      ]);
      expect(errors.map((e) => e.kind)).to.deep.equal(['unknown-role', 'duplicate-role']);
      expect(errors[0]!.message).to.contain('astronaut');
      expect(errors[1]!.message).to.contain('"security-technician" more than once');
      expect(parts(el, 'column-header').map((th) => clean(th))).to.deep.equal(['Security Technician', 'Security Engineer']);
      // The details name each failure for developers.
      expect(clean(part(el, 'problems')!.querySelector('details'))).to.contain('Unknown role "astronaut"');
      await expectAccessibleInBothThemes(el);
    });

    it('shows the first four of more than four, and the same role given twice as data once', async () => {
      const many = await reporting({
        'role-ids': 'security-technician,security-systems-technician,security-engineer,astronaut,pilot',
      });
      expect(many.problems).to.deep.equal([
        'There is no career role called “astronaut”.',
        'A comparison shows at most four roles; 5 are given, so only the first four are shown.',
      ]);
      expect(many.errors.map((e) => e.kind)).to.deep.equal(['unknown-role', 'too-many-roles']);
      // The fifth is never loaded, so never reported unknown.
      expect(many.errors.filter((e) => e.kind === 'unknown-role').map((e) => e.message)).to.deep.equal([
        'Unknown role "astronaut". Known roles: security-technician, security-systems-technician, security-engineer.',
      ]);
      expect(many.el.loadedRoles).to.have.length(3);

      const twice = await reporting({}, [await roleCopy('security-technician'), await roleCopy('security-technician')]);
      expect(twice.problems).to.deep.equal(['Security Technician is given more than once; it is shown once.']);
      expect(twice.errors.map((e) => [e.kind, e.source])).to.deep.equal([['duplicate-role', 'role-data']]);
      expect(twice.el.loadedRoles).to.have.length(1);
    });

    it('shows an error state when no role can be shown: invalid data, failed src, with a retry', async () => {
      const invalid = await reporting({}, [{ id: 'no-title' }, { id: 'Bad Id', title: 'x' }]);
      expect(invalid.el.state).to.equal('error');
      expect(part(invalid.el, 'base')!.classList.contains('state-error')).to.equal(true);
      expect([...part(invalid.el, 'message')!.querySelectorAll('p')].map((p) => clean(p))).to.deep.equal([
        'Role 1: The career data for this section is not valid, so it cannot be shown.',
        'Role 2: The career data for this section is not valid, so it cannot be shown.',
      ]);
      expect(invalid.errors.map((e) => [e.kind, e.source])).to.deep.equal([
        ['invalid-data', 'role-data'],
        ['invalid-data', 'role-data'],
      ]);
      expect(invalid.errors[0]!.issues!.map((issue) => issue.path)).to.include('title');
      expect(part(invalid.el, 'retry')).to.equal(null);

      const failed = await reporting({ src: '/__cw/status/500 /__cw/role/security-engineer' });
      expect(failed.el.state).to.equal('ready');
      expect(failed.problems[0]).to.equal(
        'Role 1: The career data could not be loaded: the server answered with an error (500).',
      );
      expect(failed.errors.map((e) => [e.kind, e.source])).to.deep.equal([['http', 'src']]);
      expect(clean(part(failed.el, 'retry'))).to.equal('Try again');
      failed.el.src = '/__cw/role/security-technician /__cw/role/security-engineer';
      await settled(failed.el);
      await failed.el.updateComplete;
      expect(part(failed.el, 'problems')).to.equal(null);
      expect(failed.el.loadedRoles.map((role) => role.id)).to.deep.equal(['security-technician', 'security-engineer']);
    });

    it('says when the roles publish nothing the rows show', async () => {
      const { el } = await reporting({ 'role-ids': 'security-systems-technician,security-engineer', rows: 'growth demand' });
      expect(el.state).to.equal('ready');
      expect(part(el, 'base')!.classList.contains('state-absent')).to.equal(true);
      expect(clean(part(el, 'message'))).to.equal(
        'None of these roles publishes what this comparison shows: Growth rate and Market demand.',
      );
    });
  });
});
