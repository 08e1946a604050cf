/** Console warnings of career-widgets elements. */

/** One console warning that names the element and how it was configured. */
export function warn(host: HTMLElement, message: string, lines: string[] = []): void {
  const tag = host.localName;
  const id = host.getAttribute('role-id');
  const src = host.getAttribute('src');
  const where = `<${tag}${id ? ` role-id="${id}"` : ''}${src ? ` src="${src}"` : ''}>`;
  console.warn([`[career-widgets] ${where} ${message}`, ...lines].join('\n'));
}
