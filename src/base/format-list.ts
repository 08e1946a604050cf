/**
 * Lists in the element's language: "a, b and c". Apart from format.ts, so that the elements that
 * never write a list (the salary band among them) do not download it.
 */
import { cached } from './format.js';

export function formatList(lang: string, items: string[], type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return cached(`l|${lang}|${type}`, () => new Intl.ListFormat(lang, { type })).format(items);
}
