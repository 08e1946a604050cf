// Collects CSP violations on the strict-CSP test page (a file, since inline scripts are blocked).
window.__cspViolations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__cspViolations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample ?? ''}`.trim());
});
