/**
 * Makes the React wrapper of one element with @lit/react, and registers the element. Each
 * wrapper module calls it as a pure expression, so a bundle keeps only the wrappers an app uses,
 * and registers only their elements.
 */
import * as React from 'react';
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import { defineElement } from '../base/define.js';
import type { CwErrorEvent, CwLoadEvent } from '../base/events.js';

/** The events every element fires, as React props. */
export const roleEvents = {
  onCwLoad: 'cw-load' as EventName<CwLoadEvent>,
  onCwError: 'cw-error' as EventName<CwErrorEvent>,
};

type Events = Record<string, EventName | string>;

/** Registers `tag` as `elementClass` (once per page) and returns its React component. */
export function wrap<I extends HTMLElement, E extends Events>(
  tag: string,
  elementClass: { new (): I },
  events: E,
): ReactWebComponent<I, E> {
  defineElement(tag, elementClass);
  return createComponent({ react: React, tagName: tag, elementClass, events });
}
