/**
 * Code that only some pages need, and that brings a dependency with it, loads on first use: the
 * context consumer (@lit/context), and supplied and fetched roles (the validator, zod, and
 * fetching). `onDemand` wraps such a dynamic import: every caller shares one
 * download, and a failed download is forgotten, so the next call tries again.
 */
export function onDemand<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    const current = (loading ??= load());
    current.catch(() => {
      if (loading === current) loading = undefined;
    });
    return current;
  };
}
