/** Console warnings of career-widgets elements. */

/** One console warning that names the element and how it was configured. */
export function warn(host: HTMLElement, message: string, lines: string[] = []): void {
  const tag = host.localName;
  // `role-ids` is <role-compare>'s: the roles it compares.
  const named = ['role-id', 'role-ids', 'src']
    .map((name) => [name, host.getAttribute(name)])
    .filter(([, value]) => value)
    .map(([name, value]) => ` ${name}="${value}"`)
    .join('');
  console.warn([`[career-widgets] <${tag}${named}> ${message}`, ...lines].join('\n'));
}
