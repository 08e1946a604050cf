/** Types for scripts/sizes.js. */
export function gzipBytes(file: string): number;
export function closure(entry: string): string[];
export function elementChunk(tag: string): string;
export function roleChunk(id: string, part: string): string;
export function pageBytes(tags: string[], parts?: [string, string][]): { total: number; rows: [string, number][] };
export function allElementsBytes(): number;
