// A tiny helper for building DOM nodes. Text always goes in through text nodes, never as HTML,
// because room and participant metadata come from other users.

type Child = Node | string | null | undefined | false;

/**
 * Attributes set with `setAttribute`, where `false` and `undefined` leave the attribute out,
 * and `onClick`, added as a click listener.
 */
type Attributes = Record<string, string | boolean | undefined | (() => void)>;

/** Creates an element with `attributes` and `children`, skipping empty and `false` children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'onClick' && typeof value === 'function') {
      element.addEventListener('click', value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else if (typeof value === 'string') {
      element.setAttribute(name, value);
    }
  }
  for (const child of children) {
    if (child) {
      element.append(child);
    }
  }
  return element;
}

/** Returns the element with `id`, or throws when the page lacks it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) {
    throw new Error(`The console page has no element #${id}`);
  }
  return element as T;
}

/** Formats an ISO 8601 timestamp as local time, or a dash when there is none. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? new Date(iso).toLocaleTimeString() : '–';
}
