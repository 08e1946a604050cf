/**
 * The promise under `key` in `cache`, made by `load` on first use. A promise that rejects is
 * dropped once it settles (a failed download may succeed on a later attempt), so the next call
 * tries again.
 */
export function remember<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  let value = cache.get(key);
  if (!value) {
    value = load();
    cache.set(key, value);
    value.catch(() => cache.delete(key));
  }
  return value;
}
