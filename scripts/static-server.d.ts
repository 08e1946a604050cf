/** Types for scripts/static-server.js. */
export interface PageServer {
  url: string;
  close: () => Promise<void>;
}
export function serveFiles(
  pages?: Record<string, string>,
  options?: { headers?: Record<string, string>; root?: string },
): Promise<PageServer>;
