/**
 * Number, money, date and list formatting through Intl, in the element's language. Formatters
 * are cached per language and options: a page with a thousand elements builds each one once.
 * Ranges of money are cached too, as text: writing one costs far more than formatting a number,
 * and a page repeats the same few in every salary band.
 */
import { isServer } from 'lit';

const cache = new Map<string, unknown>();

/** Entries kept at most; a page that keeps asking for new ones (offers, say) starts over. */
const MAX_CACHED = 1000;

/** The formatter or formatted value under `key`, made once by `make`. */
export function cached<T>(key: string, make: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(key, value);
  }
  return value;
}

export function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached(`n|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options));
}

/** A currency formatter with whole units, or cents where `fractionDigits` asks (hourly pay). */
function moneyFormat(lang: string, currency: string, fractionDigits: number): Intl.NumberFormat {
  return numberFormat(lang, {
    style: 'currency',
    currency,
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  });
}

/** Money with whole units, or cents where `fractionDigits` asks (hourly pay). */
export function formatMoney(lang: string, amount: number, currency: string, fractionDigits = 0): string {
  return moneyFormat(lang, currency, fractionDigits).format(amount);
}

/**
 * A range of money, "$50,000 – $56,000", as the language writes ranges. Each range is written
 * once: V8 builds an ICU range formatter on every `formatRange` call, some hundred times the cost
 * of formatting one number.
 */
export function formatMoneyRange(lang: string, from: number, to: number, currency: string, fractionDigits = 0): string {
  return cached(`m|${lang}|${currency}|${fractionDigits}|${from}|${to}`, () =>
    moneyFormat(lang, currency, fractionDigits).formatRange(from, to),
  );
}

/** 7 → "7%" in English, "7 %" in French. */
export function formatPercent(lang: string, percent: number): string {
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(percent / 100);
}

export function formatNumber(lang: string, value: number): string {
  return numberFormat(lang).format(value);
}

/** "US" → "United States", in the element's language; the code itself when unknown. */
export function regionName(lang: string, code: string): string {
  try {
    return cached(`r|${lang}`, () => new Intl.DisplayNames(lang, { type: 'region' })).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "2025-03-23" → "March 23, 2025", read as a calendar date (no time-zone shift). */
export function formatDate(lang: string, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  return cached(`d|${lang}`, () => new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

/**
 * True when `count` takes the singular form of a message in `locale` (the locale of the words,
 * not of the numbers): 1 in English, German and Spanish, 0 and 1 in French.
 */
export function isSingular(locale: string, count: number): boolean {
  return cached(`p|${locale}`, () => new Intl.PluralRules(locale)).select(count) === 'one';
}

/** The language a server render is in: `career-widgets/ssr` sets it for each render. */
export const serverLanguage = { lang: 'en' };

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's, across shadow
 * roots, else the page's, else `en`. An empty `lang` says nothing and is passed over. On a
 * server, with no page to look through, the element's own `lang`, else the render's.
 */
export function languageOf(element: Element): string {
  if (isServer) return canonical(element.getAttribute('lang') || serverLanguage.lang);
  let node: Element | null = element;
  while (node) {
    const lang = node.closest('[lang]:not([lang=""])')?.getAttribute('lang');
    if (lang) return canonical(lang);
    const root = node.getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return canonical(document.documentElement.lang || 'en');
}

/** A language tag as Intl writes it ("en-gb" → "en-GB"); `en` for one that is not a tag. */
export function canonical(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang.trim())[0] ?? 'en';
  } catch {
    return 'en';
  }
}
