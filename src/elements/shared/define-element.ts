/**
 * Registers a tag unless it is taken: a second copy of the bundle on the page, or an app that
 * registered it first, must not make `customElements.define` throw. (The drop-in bundle's twin,
 * define-element.iife.ts, registers in tasks of their own after a `<script defer>`.)
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements !== 'undefined' && !customElements.get(tag)) customElements.define(tag, element);
}
