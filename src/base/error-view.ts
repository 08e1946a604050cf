/**
 * The error state of every element: a plain-words message for the reader, a retry button when
 * trying again can help, and the details for developers.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg, str } from './i18n.js';
import type { RoleLoadError } from './role-state.js';

const MAX_LISTED_ISSUES = 20;

/** The error box's own styles, part of every element's styles. */
export const errorStyles = css`
  .state-error .heading {
    color: var(--_danger);
  }
  .details {
    margin-top: 0.5em;
    font-size: max(0.875em, 12px);
    color: var(--_muted);
  }
  .details code {
    overflow-wrap: anywhere;
  }
`;

/**
 * The error box, under the element's own `heading`; `retry` loads the role again. The details
 * for developers are in English, whatever the element's language, and marked so.
 */
export function renderError(error: RoleLoadError, heading: TemplateResult, retry: () => void): TemplateResult {
  return html`<div part="base" class="base state-error">
    ${heading}
    <p part="message" class="message">${userMessage(error)}</p>
    ${isRetryable(error) ? renderRetry(retry) : nothing}
    ${renderErrorDetails([error])}
  </div>`;
}

/** True when trying again can help: the failure was the network's or the server's, not the data's. */
export function isRetryable(error: RoleLoadError): boolean {
  return ['http', 'network', 'timeout', 'bundle'].includes(error.kind);
}

/** The button that loads the role again. */
export function renderRetry(retry: () => void): TemplateResult {
  return html`<p>
    <button part="retry" class="button" type="button" @click=${retry}>${msg('Try again')}</button>
  </p>`;
}

/** The details for developers, closed at first: each error's message and the path of each problem. */
export function renderErrorDetails(errors: readonly RoleLoadError[]): TemplateResult {
  return html`<details class="details">
    <summary>${msg('Details for developers')}</summary>
    ${errors.map((error) => {
      const issues = error.issues ?? [];
      return html`<p lang="en"><code>${error.message}</code></p>
        ${
          issues.length > 0
            ? html`<ul lang="en">
                  ${issues.slice(0, MAX_LISTED_ISSUES).map((issue) => html`<li><code>${issue.path || '(root)'}</code>: ${issue.message}</li>`)}
                </ul>
                ${
                  issues.length > MAX_LISTED_ISSUES
                    ? html`<p>${msg(str`…and ${issues.length - MAX_LISTED_ISSUES} more.`)}</p>`
                    : nothing
                }`
            : nothing
        }`;
    })}
  </details>`;
}

/** What went wrong, in plain words for the reader. */
export function userMessage(error: RoleLoadError): string {
  switch (error.kind) {
    case 'invalid-data':
      return msg('The career data for this section is not valid, so it cannot be shown.');
    case 'unknown-role':
      return msg(str`There is no career role called “${error.subject ?? ''}”.`);
    case 'http':
      return error.status === 404
        ? msg('The career data could not be found.')
        : msg(str`The career data could not be loaded: the server answered with an error (${error.status ?? ''}).`);
    case 'network':
      return msg('The career data could not be loaded. Check the connection and try again.');
    case 'timeout':
      return msg('The career data took too long to load.');
    case 'not-json':
    case 'empty':
      return msg('The career data is not in a format this section can read.');
    case 'too-large':
      return msg('The career data is too large to load.');
    case 'bundle':
      return msg('The career data could not be loaded.');
  }
}
