// Lists the bundled roles and their headline figures through the public runtime API.
import { getRole, listRoles, type Role } from '../src/index.js';

const list = document.querySelector<HTMLUListElement>('#catalogue')!;
const lang = document.documentElement.lang || undefined;

function figures(role: Role): [string, string][] {
  const rows: [string, string][] = [];
  const growth = role.jobOutlook?.growthRatePercent ?? role.headline?.growthRatePercent;
  if (growth !== undefined) {
    rows.push(['Growth rate', new Intl.NumberFormat(lang, { style: 'percent' }).format(growth / 100)]);
  }
  if (role.salary) {
    const money = new Intl.NumberFormat(lang, {
      style: 'currency',
      currency: role.salary.currency,
      maximumFractionDigits: 0,
    });
    const { kind, amount } = role.salary.central;
    rows.push([kind === 'median' ? 'Median salary' : 'Average salary', money.format(amount)]);
    if (role.salary.min !== undefined && role.salary.max !== undefined) {
      rows.push(['Range', money.formatRange(role.salary.min, role.salary.max)]);
    }
  } else {
    rows.push(['Salary', 'not published by the sources']);
  }
  if (role.headline?.remoteFriendly !== undefined) {
    rows.push(['Remote-friendly', role.headline.remoteFriendly ? 'yes' : 'no']);
  }
  return rows;
}

function card(role: Role): HTMLLIElement {
  const item = document.createElement('li');
  const heading = document.createElement('h3');
  heading.textContent = role.title;
  const dl = document.createElement('dl');
  for (const [term, value] of figures(role)) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    dl.append(dt, dd);
  }
  item.append(heading, dl);
  return item;
}

try {
  const roles = await Promise.all(listRoles().map(({ id }) => getRole(id)));
  list.replaceChildren(...roles.map(card));
} catch (error) {
  const item = document.createElement('li');
  item.textContent = `The catalogue could not be loaded: ${(error as Error).message}`;
  list.replaceChildren(item);
}
list.removeAttribute('aria-busy');
