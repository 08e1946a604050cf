// The catalogue of bundled roles with their headline figures, and a gallery of every element.
import { listRoles } from '../src/index.js';
import { ELEMENT_TAGS } from '../src/registry.js';
import './catalogue.js';

const picker = document.querySelector<HTMLSelectElement>('#role-picker')!;
const gallery = document.querySelector<HTMLDivElement>('#gallery')!;

for (const { id, title } of listRoles()) picker.append(new Option(title, id));

const others = (id: string) => listRoles().flatMap((role) => (role.id === id ? [] : [role.id]));

function show(id: string): void {
  const items = ELEMENT_TAGS.filter((tag) => tag !== 'career-role').map((tag) => {
    const element = document.createElement(tag);
    // The comparison shows the chosen role beside every other bundled role.
    if (tag === 'role-compare') element.setAttribute('role-ids', [id, ...others(id)].join(','));
    else element.setAttribute('role-id', id);
    element.setAttribute('heading-level', '3');
    return element;
  });
  gallery.replaceChildren(...items);
}

picker.addEventListener('change', () => show(picker.value));
show(picker.value);
