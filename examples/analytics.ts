// Shows the cw- events a job board would send to its analytics.
const log = document.querySelector<HTMLElement>('#analytics-log');
for (const type of ['cw-load', 'cw-error'] as const) {
  document.addEventListener(type, (event) => {
    if (log) log.textContent = `Analytics: ${type} ${JSON.stringify(event.detail).slice(0, 120)}`;
  });
}
