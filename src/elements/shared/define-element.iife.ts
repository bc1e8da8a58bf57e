import { nextTask } from './next-task.js';

// The drop-in bundle's defineElement (vite.config.ts, iifeTwin): ES modules run from no
// `<script defer>` and register at once (define-element.ts).

/**
 * Whether this code runs from a `<script defer>` (the snippets' and the WordPress plugin's drop-in
 * bundle): read once, while the script runs (an ES module has no `currentScript`).
 */
const deferred = typeof document !== 'undefined' && (document.currentScript as HTMLScriptElement | null)?.defer === true;

/** The tags waiting for a task of their own, in the order they were asked for (the feed first). */
const waiting: (() => void)[] = [];

/**
 * Registers a tag unless it is taken: a second copy of the bundle on the page, or an app that
 * registered it first, must not make `customElements.define` throw.
 *
 * From a `<script defer>`, each tag is registered in a task of its own after the script: defining
 * a tag upgrades every element of it on the page (their controllers, shadow roots and styles:
 * 15–25 ms for a map and a timeline at full speed, 4× on Lighthouse's phone), which made the task
 * that runs the script the page's longest (issue 12). Nothing waits on it: the page's parser is done
 * before a deferred script runs; `customElements.whenDefined()` resolves once the tag is registered.
 * From a plain `<script>`, at once, as before.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (typeof customElements === 'undefined') return;
  const define = () => void (customElements.get(tag) || customElements.define(tag, element));
  if (!deferred) return define();
  // Lit readies a class (its properties, its style sheets parsed) on first use: in a task before
  // the upgrade's, which it halves (a summary's: 14 ms at full speed, 5-8 of them this).
  waiting.push(() => prepare(element), define);
  if (waiting.length === 2) nextTask(defineNext);
}

/** What Lit does for a class's first element, without one: `observedAttributes` finalizes it; each style's sheet is made once, on first read. */
function prepare(element: CustomElementConstructor): void {
  const lit = element as unknown as { observedAttributes?: unknown; elementStyles?: readonly { styleSheet?: unknown }[] };
  void lit.observedAttributes;
  lit.elementStyles?.forEach((style) => void style.styleSheet);
}

function defineNext(): void {
  waiting.shift()?.();
  if (waiting.length) nextTask(defineNext);
}
