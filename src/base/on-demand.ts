/**
 * Code that only some pages need (the error view, the context consumer, supplied and fetched
 * roles) loads on first use. `onDemand` wraps such a dynamic import: every caller shares one
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
