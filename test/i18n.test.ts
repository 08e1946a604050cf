/**
 * The elements in the reader's language (src/base/i18n.ts): every element's words and Intl
 * formats in Spanish, French and German; how an element finds its language, and falls back;
 * switching language live; two languages on one page; the role data keeping its own language;
 * an app's own @lit/localize left alone; axe in each locale; and nothing wider than a 320 px
 * phone in German.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { configureLocalization, msg as appMsg } from '@lit/localize';
import 'career-widgets-virtual/define';
import type { CareerGuide } from '../src/components/career-guide/career-guide.js';
import type { SalaryBand } from '../src/components/salary-band/salary-band.js';
import type { RoleCompare } from '../src/components/role-compare/role-compare.js';
import type { Role } from '../src/data/schema.js';
import type { RoleSourceElement } from '../src/base/role-source-element.js';
import type { TestTier } from '../scripts/test-tier.js';
import { ELEMENT_TAGS } from '../src/registry.js';
import {
  build,
  captureWarnings,
  clean,
  place,
  render,
  renderInside,
  roleCopy,
  settled,
  STALLING_URL,
} from './helpers.js';

type Element_ = RoleSourceElement & { updateComplete: Promise<boolean> };
type Locale = 'es' | 'fr' | 'de';
const LOCALES: readonly Locale[] = ['es', 'fr', 'de'];

/** The run's tier (scripts/test-tier.js): the full one checks the phone width in every locale. */
const tier = (await (await fetch('/__cw/tier')).json()) as TestTier;

/** Text with its white space folded, no-break spaces included (French puts them before colons). */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The shadow root's first match of `selector`, as text. */
const textIn = (el: Element, selector: string) => clean(el.shadowRoot!.querySelector(selector));
const heading = (el: Element) => textIn(el, '[part~="heading"]');

/** Waits out a change of `lang`: the page's observer, then the element's update. */
async function afterLangChange(...elements: { updateComplete: Promise<boolean> }[]): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((el) => el.updateComplete));
}

/** The sections a settled guide shows, each settled, by tag. */
async function sectionsOf(guide: CareerGuide): Promise<Map<string, Element_>> {
  const sections = [...guide.shadowRoot!.querySelectorAll<Element_>('section > *')];
  await Promise.all(sections.map((section) => settled(section)));
  return new Map(sections.map((section) => [section.localName, section]));
}

/** A technician role with related roles and a dated source, so every element and format shows. */
async function fullRole(): Promise<Role> {
  const role = await roleCopy('security-technician');
  role.relatedRoles = { ids: ['security-engineer', 'security-systems-technician'] };
  role.sources![0]!.date = '2025-03-23';
  return role;
}

/**
 * What each element writes in each locale: its heading, and one of its own words inside
 * (`[selector, text]`). The role's title, data, stays as written.
 */
const WORDS: Record<Locale, Record<string, { heading: string; inside?: [string, string] }>> = {
  es: {
    'role-overview': { heading: 'Security Technician', inside: ['dt', 'Crecimiento del empleo'] },
    'market-demand': { heading: 'Demanda laboral: Security Technician', inside: ['.level-label', 'Nivel de demanda:'] },
    'salary-band': { heading: 'Salario: Security Technician', inside: ['.central dt', 'Mediana'] },
    'career-ladder': { heading: 'Trayectoria profesional: Security Technician', inside: ['[part~="years"]', '0–2 años'] },
    'skill-map': { heading: 'Mapa de competencias: Security Technician' },
    'education-path': { heading: 'Formación y capacitación: Security Technician', inside: ['.label', 'Nivel de estudios'] },
    'tech-stack': { heading: 'Herramientas y competencias: Security Technician', inside: ['[part~="subheading"]', 'Herramientas y tecnologías'] },
    'day-in-the-life': { heading: 'Un día de trabajo: Security Technician', inside: ['.focus-label', 'Enfoque:'] },
    'work-life-balance': { heading: 'Conciliación laboral y personal: Security Technician', inside: ['.rating-label', 'Nivel de estrés'] },
    'pros-cons': { heading: 'Ventajas y desventajas: Security Technician', inside: ['[part~="subheading"]', 'Ventajas'] },
    'job-market': { heading: 'Mercado laboral: Security Technician', inside: ['.label', 'Perspectivas globales'] },
    'career-advice': { heading: 'Consejos profesionales: Security Technician', inside: ['[part~="subheading"]', 'Errores frecuentes que conviene evitar'] },
    'case-studies': { heading: 'Casos prácticos: Security Technician', inside: ['.takeaway-label', 'Conclusión clave:'] },
    'related-roles': { heading: 'Puestos relacionados con Security Technician' },
    'role-faq': { heading: 'Preguntas sobre Security Technician', inside: ['[part~="search-label"]', 'Buscar en las preguntas'] },
  },
  fr: {
    'role-overview': { heading: 'Security Technician', inside: ['dt', 'Croissance de l’emploi'] },
    'market-demand': { heading: 'Demande du marché : Security Technician', inside: ['.level-label', 'Niveau de demande :'] },
    'salary-band': { heading: 'Salaire : Security Technician', inside: ['.central dt', 'Médiane'] },
    'career-ladder': { heading: 'Parcours professionnel : Security Technician', inside: ['[part~="years"]', '0 à 2 ans'] },
    'skill-map': { heading: 'Carte des compétences : Security Technician' },
    'education-path': { heading: 'Études et formation : Security Technician', inside: ['.label', 'Niveau d’études'] },
    'tech-stack': { heading: 'Outils et compétences : Security Technician', inside: ['[part~="subheading"]', 'Outils et technologies'] },
    'day-in-the-life': { heading: 'Une journée type : Security Technician', inside: ['.focus-label', 'Priorité :'] },
    'work-life-balance': { heading: 'Équilibre vie professionnelle et personnelle : Security Technician', inside: ['.rating-label', 'Niveau de stress'] },
    'pros-cons': { heading: 'Avantages et inconvénients : Security Technician', inside: ['[part~="subheading"]', 'Avantages'] },
    'job-market': { heading: 'Marché du travail : Security Technician', inside: ['.label', 'Perspectives mondiales'] },
    'career-advice': { heading: 'Conseils de carrière : Security Technician', inside: ['[part~="subheading"]', 'Erreurs courantes à éviter'] },
    'case-studies': { heading: 'Études de cas : Security Technician', inside: ['.takeaway-label', 'À retenir :'] },
    'related-roles': { heading: 'Métiers proches de Security Technician' },
    'role-faq': { heading: 'Questions sur Security Technician', inside: ['[part~="search-label"]', 'Rechercher dans les questions'] },
  },
  de: {
    'role-overview': { heading: 'Security Technician', inside: ['dt', 'Beschäftigungswachstum'] },
    'market-demand': { heading: 'Fachkräftenachfrage: Security Technician', inside: ['.level-label', 'Nachfrage:'] },
    'salary-band': { heading: 'Gehalt: Security Technician', inside: ['.central dt', 'Median'] },
    'career-ladder': { heading: 'Karriereweg: Security Technician', inside: ['[part~="years"]', '0–2 Jahre'] },
    'skill-map': { heading: 'Kompetenzlandkarte: Security Technician' },
    'education-path': { heading: 'Aus- und Weiterbildung: Security Technician', inside: ['.label', 'Bildungsniveau'] },
    'tech-stack': { heading: 'Werkzeuge und Kompetenzen: Security Technician', inside: ['[part~="subheading"]', 'Werkzeuge und Technologien'] },
    'day-in-the-life': { heading: 'Ein Arbeitstag: Security Technician', inside: ['.focus-label', 'Schwerpunkt:'] },
    'work-life-balance': { heading: 'Work-Life-Balance: Security Technician', inside: ['.rating-label', 'Stressniveau'] },
    'pros-cons': { heading: 'Vor- und Nachteile: Security Technician', inside: ['[part~="subheading"]', 'Vorteile'] },
    'job-market': { heading: 'Arbeitsmarkt: Security Technician', inside: ['.label', 'Weltweiter Ausblick'] },
    'career-advice': { heading: 'Karrieretipps: Security Technician', inside: ['[part~="subheading"]', 'Häufige Fehler, die Sie vermeiden sollten'] },
    'case-studies': { heading: 'Fallbeispiele: Security Technician', inside: ['.takeaway-label', 'Das Wichtigste:'] },
    'related-roles': { heading: 'Verwandte Berufe: Security Technician' },
    'role-faq': { heading: 'Fragen zu Security Technician', inside: ['[part~="search-label"]', 'Fragen durchsuchen'] },
  },
};

/** Each locale's guide heading, contents and money: "60.000 $" in German, "60 000 $US" in French. */
const GUIDE: Record<Locale, { heading: string; contents: string; median: RegExp; unset: string; error: string }> = {
  es: {
    heading: 'Security Technician: guía profesional',
    contents: 'Contenido',
    median: /^60\.000\sUS\$$/,
    unset: 'Todavía no se ha elegido ningún puesto.',
    error: 'No existe ningún puesto llamado «nobody».',
  },
  fr: {
    heading: 'Security Technician : guide de carrière',
    contents: 'Sommaire',
    median: /^60\s000\s\$US$/,
    unset: 'Aucun métier n’est encore choisi.',
    error: 'Aucun métier ne s’appelle « nobody ».',
  },
  de: {
    heading: 'Security Technician: Karriereleitfaden',
    contents: 'Inhalt',
    median: /^60\.000\s\$$/,
    unset: 'Noch kein Beruf gewählt.',
    error: 'Es gibt keinen Beruf namens „nobody“.',
  },
};

describe('languages', () => {
  afterEach(() => {
    document.documentElement.lang = 'en';
  });

  for (const locale of LOCALES) {
    it(`writes every element in ${locale}, with ${locale} formats, and passes axe`, async () => {
      const guide = build<CareerGuide>('career-guide', { data: await fullRole(), attributes: { lang: locale } });
      await place([guide]);
      await settled(guide);
      const sections = await sectionsOf(guide);
      expect(heading(guide)).to.equal(GUIDE[locale].heading);
      expect(textIn(guide, '#toc-heading')).to.equal(GUIDE[locale].contents);
      const expected = WORDS[locale];
      expect([...sections.keys()].sort()).to.deep.equal(Object.keys(expected).sort());
      for (const [tag, { heading: text, inside }] of Object.entries(expected)) {
        const section = sections.get(tag)!;
        expect(heading(section), tag).to.equal(text);
        if (inside) expect(textIn(section, inside[0]), tag).to.equal(inside[1]);
      }
      // Intl in the element's locale: money (the currency from the data), percentages, dates,
      // plural forms and numbers.
      const band = sections.get('salary-band')!;
      expect(textIn(band, '.central dd')).to.match(GUIDE[locale].median);
      const overview = sections.get('role-overview')!;
      expect(textIn(overview, 'dd')).to.equal(fold(new Intl.NumberFormat(locale, { style: 'percent' }).format(0.07)));
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(Date.UTC(2025, 2, 23));
      expect(textIn(band, '[part~="sources"]')).to.contain(`(${fold(date)})`);
      const years = [...sections.get('career-ladder')!.shadowRoot!.querySelectorAll('[part~="years"]')].map(clean);
      expect(years.at(-1)).to.equal({ es: '10+ años', fr: '10 ans et plus', de: '10+ Jahre' }[locale]);
      expect(textIn(sections.get('role-faq')!, '[part~="count"]')).to.equal(
        { es: 'Preguntas mostradas: 10 de 10', fr: 'Questions affichées : 10 sur 10', de: 'Angezeigte Fragen: 10 von 10' }[
          locale
        ],
      );
      await expect(guide).to.be.accessible();
    });
  }

  it('says unset, loading, absent and error in the element’s language, accessible names included', async () => {
    for (const locale of LOCALES) {
      const unset = await fixture<SalaryBand>(html`<salary-band lang=${locale}></salary-band>`);
      await unset.updateComplete;
      expect(textIn(unset, '[part~="message"]')).to.contain(GUIDE[locale].unset);
      const loading = await fixture<SalaryBand>(html`<salary-band lang=${locale} src=${STALLING_URL}></salary-band>`);
      await loading.updateComplete;
      expect(textIn(loading, '.visually-hidden')).to.equal({ es: 'Cargando…', fr: 'Chargement…', de: 'Wird geladen…' }[locale]);
      expect(heading(loading)).to.equal({ es: 'Salario', fr: 'Salaire', de: 'Gehalt' }[locale]);
      const warnings = captureWarnings();
      try {
        const failed = await render<SalaryBand>(html`<salary-band lang=${locale} role-id="nobody"></salary-band>`);
        expect(textIn(failed, '[part~="message"]')).to.equal(GUIDE[locale].error);
        // The details for developers stay in English, and say so.
        expect(failed.shadowRoot!.querySelector('.details code')!.closest('[lang]')!.getAttribute('lang')).to.equal('en');
      } finally {
        warnings.restore();
      }
      const absent = await render<SalaryBand>(html`<salary-band lang=${locale} role-id="security-systems-technician"></salary-band>`);
      expect(textIn(absent, '[part~="message"]')).to.equal(
        {
          es: 'No hay cifras salariales publicadas para Security Systems Technician.',
          fr: 'Aucun chiffre de salaire n’est publié pour Security Systems Technician.',
          de: 'Für Security Systems Technician sind keine Gehaltsangaben veröffentlicht.',
        }[locale],
      );
      const faq = await render<HTMLElement & Element_>(html`<role-faq lang=${locale} role-id="security-technician"></role-faq>`);
      const link = faq.shadowRoot!.querySelector('[part~="anchor-link"]')!;
      expect(fold(link.getAttribute('aria-label')!)).to.match(
        { es: /^Enlace a esta pregunta: /, fr: /^Lien vers cette question : /, de: /^Link zu dieser Frage: / }[locale],
      );
    }
  });

  it('places an offer in the element’s language, and writes lists with its conjunction', async () => {
    const band = await render<SalaryBand>(
      html`<salary-band lang="de" role-id="security-technician" offer-min="50000" offer-max="56000"></salary-band>`,
    );
    expect(textIn(band, '[part~="offer-note"]')).to.equal(
      'Das Angebot von 50.000–56.000 $ liegt unter dem Median von 60.000 $. Es liegt am nächsten am Wert für das Einstiegsniveau (47.400 $).',
    );
    const warnings = captureWarnings();
    try {
      const map = await render<HTMLElement & Element_>(
        html`<skill-map lang="fr" role-id="security-technician" groups="nothing-known"></skill-map>`,
      );
      expect(textIn(map, '.no-match')).to.match(/Groupes disponibles : .+ et .+\.$/);
    } finally {
      warnings.restore();
    }
  });

  describe('choosing the language', () => {
    it('takes the element’s own lang, else the nearest ancestor’s, across shadow roots, else the page’s, else English', async () => {
      const own = await renderInside<SalaryBand>('salary-band', { roleId: 'security-technician', attributes: { lang: 'de' } }, { lang: 'fr' });
      expect(heading(own)).to.equal('Gehalt: Security Technician');
      const ancestor = await renderInside<SalaryBand>('salary-band', { roleId: 'security-technician' }, { lang: 'fr' });
      expect(heading(ancestor)).to.equal('Salaire : Security Technician');

      class LangHost extends LitElement {
        protected override render() {
          return html`<div><salary-band role-id="security-technician"></salary-band></div>`;
        }
      }
      customElements.define('cw-i18n-lang-host', LangHost);
      const host = await fixture<LangHost>(html`<div lang="es"><cw-i18n-lang-host></cw-i18n-lang-host></div>`);
      const shadowed = await settled(host.querySelector('cw-i18n-lang-host')!.shadowRoot!.querySelector('salary-band')!);
      expect(heading(shadowed)).to.equal('Salario: Security Technician');

      document.documentElement.lang = 'fr';
      const page = await render<SalaryBand>(html`<salary-band role-id="security-technician"></salary-band>`);
      expect(heading(page)).to.equal('Salaire : Security Technician');
      document.documentElement.removeAttribute('lang');
      const none = await render<SalaryBand>(html`<salary-band role-id="security-technician"></salary-band>`);
      expect(heading(none)).to.equal('Security Technician salary');
      expect(textIn(none, '.central dd')).to.equal('$60,000');
    });

    it('falls back by language (es-MX → es, with Mexican numbers), then to English, with no error', async () => {
      const warnings = captureWarnings();
      try {
        const mexican = await renderInside<SalaryBand>('salary-band', { roleId: 'security-technician' }, { lang: 'es-MX' });
        expect(heading(mexican)).to.equal('Salario: Security Technician');
        const money = new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
        expect(textIn(mexican, '.central dd')).to.equal(fold(money.format(60000)));
        const swiss = await renderInside<SalaryBand>('salary-band', { roleId: 'security-technician' }, { lang: 'DE-ch' });
        expect(heading(swiss)).to.equal('Gehalt: Security Technician');
        const portuguese = await renderInside<SalaryBand>('salary-band', { roleId: 'security-technician' }, { lang: 'pt-BR' });
        expect(heading(portuguese)).to.equal('Security Technician salary');
        const real = new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
        expect(textIn(portuguese, '.central dd')).to.equal(fold(real.format(60000)));
        for (const lang of ['', 'not a tag!']) {
          const odd = await renderInside<SalaryBand>('salary-band', { roleId: 'security-technician', attributes: { lang } }, { lang: 'fr' });
          // An empty lang says nothing, so the ancestor's counts; a malformed one is read as English.
          expect(heading(odd), lang).to.equal(lang === '' ? 'Salaire : Security Technician' : 'Security Technician salary');
        }
        expect(warnings.messages).to.deep.equal([]);
      } finally {
        warnings.restore();
      }
    });
  });

  describe('switching language', () => {
    it('renders again when the element’s, an ancestor’s or the page’s lang changes, and only then', async () => {
      const el = await renderInside<SalaryBand>('salary-band', { roleId: 'security-technician' }, { lang: 'es' });
      const wrapper = el.parentElement!;
      // Counts the element's renders.
      let updates = 0;
      const updating = el as unknown as { update(changed: unknown): void };
      const update = updating.update.bind(el);
      updating.update = (changed) => {
        updates++;
        update(changed);
      };
      wrapper.setAttribute('lang', 'de');
      await afterLangChange(el);
      expect(heading(el)).to.equal('Gehalt: Security Technician');
      expect(textIn(el, '.central dd')).to.match(/^60\.000\s\$$/);
      el.setAttribute('lang', 'fr');
      await afterLangChange(el);
      expect(heading(el)).to.equal('Salaire : Security Technician');
      el.removeAttribute('lang');
      wrapper.removeAttribute('lang');
      document.documentElement.lang = 'es';
      await afterLangChange(el);
      expect(heading(el)).to.equal('Salario: Security Technician');
      // A change of lang that leaves the element's language as it was renders nothing again.
      const before = updates;
      const elsewhere = await fixture<HTMLParagraphElement>(html`<p>Elsewhere</p>`);
      elsewhere.setAttribute('lang', 'de');
      el.setAttribute('lang', 'es');
      await afterLangChange(el);
      expect(updates - before).to.equal(0);
    });

    it('follows its own lang inside another component’s shadow root', async () => {
      const outer = await fixture<HTMLDivElement>(html`<div></div>`);
      const shadow = outer.attachShadow({ mode: 'open' });
      const el = build<SalaryBand>('salary-band', { roleId: 'security-technician', attributes: { lang: 'fr' } });
      shadow.append(el);
      await settled(el);
      expect(heading(el)).to.equal('Salaire : Security Technician');
      el.setAttribute('lang', 'de');
      await afterLangChange(el);
      expect(heading(el)).to.equal('Gehalt: Security Technician');
    });

    it('shows two elements in two languages side by side, and a guide’s sections in the guide’s', async () => {
      const spanish = build<SalaryBand>('salary-band', { roleId: 'security-technician', attributes: { lang: 'es' } });
      const german = build<SalaryBand>('salary-band', { roleId: 'security-technician', attributes: { lang: 'de' } });
      const english = build<SalaryBand>('salary-band', { roleId: 'security-technician' });
      await place([spanish, german, english]);
      await Promise.all([settled(spanish), settled(german), settled(english)]);
      expect([heading(spanish), heading(german), heading(english)]).to.deep.equal([
        'Salario: Security Technician',
        'Gehalt: Security Technician',
        'Security Technician salary',
      ]);
      expect([textIn(spanish, '.central dt'), textIn(german, '.central dt'), textIn(english, '.central dt')]).to.deep.equal([
        'Mediana',
        'Median',
        'Median',
      ]);
      const guide = await render<CareerGuide>(html`<career-guide lang="fr" role-id="security-technician" sections="salary-band"></career-guide>`);
      const [section] = (await sectionsOf(guide)).values();
      expect(heading(section!)).to.equal('Salaire : Security Technician');
      guide.setAttribute('lang', 'es');
      await afterLangChange(guide, section!);
      expect([heading(guide), heading(section!)]).to.deep.equal([
        'Security Technician: guía profesional',
        'Salario: Security Technician',
      ]);
    });
  });

  describe('the role data’s own language', () => {
    it('marks the role’s text with its language inside another language’s element, and not otherwise', async () => {
      const spanish = await renderInside<HTMLElement & Element_>('role-overview', { roleId: 'security-technician' }, { lang: 'es' });
      const marked = [...spanish.shadowRoot!.querySelectorAll('[lang]')].map((node) => node.getAttribute('lang'));
      expect(marked.length).to.be.greaterThan(3);
      expect(new Set(marked)).to.deep.equal(new Set(['en']));
      expect(clean(spanish.shadowRoot!.querySelector('[part~="heading"] [lang="en"]'))).to.equal('Security Technician');
      expect(spanish.shadowRoot!.querySelector('[part~="summary"]')!.getAttribute('lang')).to.equal('en');
      // The element's own words are not marked: they are in the page's language.
      expect(spanish.shadowRoot!.querySelector('dt')!.closest('[lang]')).to.equal(null);

      const english = await render<HTMLElement & Element_>(html`<role-overview role-id="security-technician"></role-overview>`);
      expect(english.shadowRoot!.querySelector('[lang]')).to.equal(null);
    });

    it('takes translated role data through roleData: unmarked in its own language, marked in another', async () => {
      const data = await roleCopy('security-technician');
      data.language = 'es';
      data.title = 'Técnico de seguridad';
      data.salary!.note = 'Depende de la región.';
      const inSpanish = await renderInside<SalaryBand>('salary-band', { data }, { lang: 'es-MX' });
      expect(heading(inSpanish)).to.equal('Salario: Técnico de seguridad');
      expect(inSpanish.shadowRoot!.querySelector('[lang]')).to.equal(null);
      const inEnglish = await renderInside<SalaryBand>('salary-band', { data }, { lang: 'en' });
      expect(clean(inEnglish.shadowRoot!.querySelector('[part~="heading"] [lang="es"]'))).to.equal('Técnico de seguridad');
      expect(inEnglish.shadowRoot!.querySelector('[part~="note"]')!.getAttribute('lang')).to.equal('es');
    });
  });

  it('leaves an app’s own @lit/localize to the app, which may configure it', async () => {
    const { getLocale, setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['de'],
      loadLocale: async () => ({ templates: { s1: 'Hallo' } }),
    });
    await setLocale('de');
    expect(getLocale()).to.equal('de');
    expect(appMsg('Hello', { id: 's1' })).to.equal('Hallo');
    const el = await renderInside<SalaryBand>('salary-band', { roleId: 'security-technician' }, { lang: 'fr' });
    expect(heading(el)).to.equal('Salaire : Security Technician');
    const english = await render<SalaryBand>(html`<salary-band role-id="security-technician"></salary-band>`);
    expect(heading(english)).to.equal('Security Technician salary');
  });

  describe('<role-compare>, which shows several roles', () => {
    const PAIR = 'security-technician,security-systems-technician';
    const COMPARE: Record<Locale, { heading: string; pay: string; median: string; absent: string; unset: string; loading: string }> = {
      es: {
        heading: 'Comparación: Security Technician y Security Systems Technician',
        pay: 'Remuneración',
        median: 'Mediana: 60.000 US$ al año',
        absent: 'No publicado',
        unset: 'Todavía no se ha elegido ningún puesto.',
        loading: 'Comparar puestos',
      },
      fr: {
        heading: 'Comparaison : Security Technician et Security Systems Technician',
        pay: 'Rémunération',
        median: 'Médiane : 60 000 $US par an',
        absent: 'Non publié',
        unset: 'Aucun métier n’est encore choisi.',
        loading: 'Comparer des métiers',
      },
      de: {
        heading: 'Vergleich: Security Technician und Security Systems Technician',
        pay: 'Bezahlung',
        median: 'Median: 60.000 $ pro Jahr',
        absent: 'Nicht veröffentlicht',
        unset: 'Noch keine Berufe gewählt.',
        loading: 'Berufe vergleichen',
      },
    };
    const payCells = (el: Element) => [...el.shadowRoot!.querySelectorAll('tr[data-row="pay"] td')];

    it('writes the comparison in the language of an ancestor’s or the page’s lang, Intl included, in every state', async () => {
      for (const locale of LOCALES) {
        const el = await renderInside<Element_>('role-compare', { attributes: { 'role-ids': PAIR } }, { lang: locale });
        const words = COMPARE[locale];
        expect(heading(el), locale).to.equal(words.heading);
        expect(textIn(el, 'tr[data-row="pay"] th')).to.equal(words.pay);
        const [technician, systems] = payCells(el);
        expect(clean(technician!.querySelector('.figure'))).to.equal(words.median);
        expect(clean(systems)).to.equal(words.absent);
        // The English titles are the data's, marked as English, column by column.
        const headers = [...el.shadowRoot!.querySelectorAll('[part~="column-header"]')];
        expect(headers.map((th) => th.querySelector('[lang="en"]') && clean(th.querySelector('[lang="en"]')))).to.deep.equal([
          'Security Technician',
          'Security Systems Technician',
        ]);
        const unset = await fixture<Element_>(html`<role-compare lang=${locale}></role-compare>`);
        await unset.updateComplete;
        expect(textIn(unset, '[part~="message"]')).to.contain(words.unset);
        const loading = await fixture<Element_>(html`<role-compare lang=${locale} src=${STALLING_URL}></role-compare>`);
        await loading.updateComplete;
        expect(heading(loading)).to.equal(words.loading);
      }
      document.documentElement.lang = 'de';
      const page = await render<Element_>(html`<role-compare role-ids=${PAIR}></role-compare>`);
      expect(heading(page)).to.equal(COMPARE.de.heading);
      document.documentElement.removeAttribute('lang');
      const none = await render<Element_>(html`<role-compare role-ids=${PAIR}></role-compare>`);
      expect(heading(none)).to.equal('Compare: Security Technician and Security Systems Technician');
      expect(none.shadowRoot!.querySelector('[lang]')).to.equal(null);
    });

    it('marks each role’s text with that role’s language, column by column, and follows lang as it changes', async () => {
      const spanish = await roleCopy('security-technician');
      spanish.language = 'es';
      spanish.title = 'Técnico de seguridad';
      const english = await roleCopy('security-engineer');
      const el = build<RoleCompare>('role-compare');
      el.roleData = [spanish, english];
      const wrapper = document.createElement('div');
      wrapper.lang = 'es-MX';
      wrapper.append(el);
      await place([wrapper]);
      await settled(el);
      /** The text marked with each language, in order. */
      const marked = () =>
        [...el.shadowRoot!.querySelectorAll('[part~="heading"] [lang], [part~="column-header"] [lang]')].map((node) => [
          node.getAttribute('lang'),
          clean(node),
        ]);
      expect(heading(el)).to.equal('Comparación: Técnico de seguridad y Security Engineer');
      expect(marked()).to.deep.equal([
        ['en', 'Security Engineer'],
        ['en', 'Security Engineer'],
      ]);
      // Mexican Spanish: Spanish words, Mexican money.
      const money = new Intl.NumberFormat('es-MX', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
      expect(clean(payCells(el)[0]!.querySelector('.figure'))).to.equal(`Mediana: ${fold(money.format(60000))} al año`);
      // The Spanish role's own paragraphs and skills are not marked; the English role's are.
      const column = (i: number) => [...el.shadowRoot!.querySelectorAll(`td[id$="-${i}"]`)];
      expect(column(0).some((cell) => cell.querySelector('[lang]'))).to.equal(false);
      expect(column(1).some((cell) => cell.querySelector('[lang="en"]'))).to.equal(true);

      wrapper.setAttribute('lang', 'de');
      await afterLangChange(el);
      expect(heading(el)).to.equal('Vergleich: Técnico de seguridad und Security Engineer');
      expect(marked()).to.deep.equal([
        ['es', 'Técnico de seguridad'],
        ['en', 'Security Engineer'],
        ['es', 'Técnico de seguridad'],
        ['en', 'Security Engineer'],
      ]);
      expect(clean(payCells(el)[0]!.querySelector('.figure'))).to.equal('Median: 60.000 $ pro Jahr');
      el.setAttribute('lang', 'en');
      await afterLangChange(el);
      expect(heading(el)).to.equal('Compare: Técnico de seguridad and Security Engineer');
      expect(marked()).to.deep.equal([
        ['es', 'Técnico de seguridad'],
        ['es', 'Técnico de seguridad'],
      ]);
      expect(textIn(el, '[part~="scale-note"]')).to.match(/^Pay is drawn on one scale for every role, from \$0 to \$110,000 a year/);
    });
  });

  describe('on a 320 px phone', () => {
    /**
     * Whatever sticks out of `box`, through every shadow root inside it (sections of a guide
     * included), with every disclosure open.
     */
    async function overflowing(box: HTMLElement): Promise<string[]> {
      const hosts: Element_[] = [];
      const walk = (root: ParentNode) => {
        for (const node of root.querySelectorAll('*')) {
          if (node instanceof HTMLDetailsElement) node.open = true;
          if (node.shadowRoot) {
            hosts.push(node as Element_);
            walk(node.shadowRoot);
          }
        }
      };
      walk(box);
      await Promise.all(hosts.map((host) => host.updateComplete));
      const { left, right } = box.getBoundingClientRect();
      const out: string[] = [];
      const check = (root: ParentNode, host: Element) => {
        for (const node of root.querySelectorAll('*')) {
          const rect = node.getBoundingClientRect();
          if (rect.width > 0 && (rect.left < left - 0.5 || rect.right > right + 0.5)) {
            out.push(`<${host.localName}> ${node.localName}.${[...node.classList].join('.')}: ${clean(node).slice(0, 60)}`);
          }
          if (node.shadowRoot) check(node.shadowRoot, node);
        }
      };
      check(box, box);
      return out;
    }

    for (const locale of tier.name === 'full' ? LOCALES : (['de'] as const)) {
      it(`has nothing wider than the screen in ${locale}, long words included`, async () => {
        const data = await fullRole();
        const tags = ELEMENT_TAGS.filter((tag) => tag !== 'career-role');
        const elements = tags.map((tag) =>
          build<Element_>(tag, {
            data,
            attributes: { lang: locale, ...(tag === 'salary-band' ? { 'offer-min': '50000', 'offer-max': '56000' } : {}) },
          }),
        );
        const box = await place(elements, 320);
        await Promise.all(elements.map((el) => settled(el)));
        await sectionsOf(elements.find((el) => el.localName === 'career-guide') as CareerGuide);
        expect(heading(elements[0]!)).to.equal(WORDS[locale]['role-overview']!.heading);
        expect(await overflowing(box)).to.deep.equal([]);
      });
    }
  });
});

