/**
 * Routes the browser tests fetch as `src`, served by the test server itself: a request that
 * never finishes, error statuses, and bodies that are not role JSON.
 */
const STALL_LIMIT_MS = 60_000;
/** Requests per key to /__cw/counted/<key>/…, read back from /__cw/hits/<key>. */
const hits = new Map();

export async function testRoutes(ctx, next) {
  if (!ctx.path.startsWith('/__cw/')) return next();
  const parts = ctx.path.split('/').slice(2);
  if (parts[0] === 'counted') {
    // /__cw/counted/<key>/<route>/<arg>: counts the request, then serves <route>.
    hits.set(parts[1], (hits.get(parts[1]) ?? 0) + 1);
    parts.splice(0, 2);
  }
  const [route, arg] = parts;
  switch (route) {
    case 'hits':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(hits.get(arg) ?? 0);
      return;
    case 'stall':
      // Holds the request open until the page gives up on it (or a minute passes).
      await new Promise((resolve) => {
        const timer = setTimeout(resolve, STALL_LIMIT_MS);
        ctx.req.on('close', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      ctx.status = 204;
      return;
    case 'status':
      ctx.status = Number(arg) || 500;
      ctx.body = `status ${ctx.status}`;
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><p>Nothing here.</p>';
      return;
    case 'empty':
      ctx.type = 'application/json';
      ctx.body = '';
      ctx.status = 200;
      return;
    case 'array':
      ctx.type = 'application/json';
      ctx.body = '[]';
      return;
    case 'not-json':
      ctx.type = 'application/json';
      ctx.body = '{ "id": "security-technician", ';
      return;
    case 'invalid': {
      // Well-formed JSON that breaks the schema: a negative salary.
      const { readFile } = await import('node:fs/promises');
      const role = JSON.parse(await readFile('data/roles/security-technician.json', 'utf8'));
      role.salary.min = -1;
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(role);
      return;
    }
    case 'big':
      ctx.type = 'application/json';
      ctx.body = JSON.stringify({ id: 'big', title: 'Big', summary: ['x'.repeat(6 * 1024 * 1024)] });
      return;
    case 'role': {
      // A bundled role as a site would serve it: /__cw/role/security-engineer
      const { readFile } = await import('node:fs/promises');
      ctx.type = 'application/json';
      ctx.body = await readFile(`data/roles/${arg}.json`, 'utf8');
      return;
    }
    default:
      ctx.status = 404;
  }
}
