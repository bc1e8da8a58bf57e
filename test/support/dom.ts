/** What tests of elements share: what a reader sees, and short polls instead of sleeps. */
import { oneEvent } from '@open-wc/testing';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `condition` every 10 ms; fails with `what` after `timeout` ms. */
export async function until(condition: () => boolean | Promise<boolean>, timeout = 3000, what = 'the condition'): Promise<void> {
  const end = performance.now() + timeout;
  for (;;) {
    if (await condition()) return;
    if (performance.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await sleep(10);
  }
}

/** `oneEvent`, typed by the global event map (where the feed events are declared). */
export function nextEvent<K extends keyof GlobalEventHandlersEventMap>(target: EventTarget, type: K) {
  return oneEvent(target, type) as unknown as Promise<GlobalEventHandlersEventMap[K]>;
}

/** Whether a reader sees an element: it has a box with an area, and is not invisible (built behind, folded, hidden). */
export function onScreen(element: Element | null): boolean {
  if (!element) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0 && element.checkVisibility({ visibilityProperty: true });
}

/** Whether the page's own content inside a widget (its fallback) is on screen: one of its elements is. */
export function pageShown(el: Element): boolean {
  return [...el.children].some(onScreen);
}

export function part(el: Element, name: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
}

/** The text of a shadow part as a reader sees it, or null when the part is not there. */
export function text(el: Element, name: string): string | null {
  const node = part(el, name);
  return node ? (node.textContent ?? '').trim() : null;
}

/** What a screen reader is given: the polite live region's text. */
export function spoken(el: Element): string {
  const live = el.shadowRoot!.querySelector('[aria-live="polite"]');
  return (live?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const state = (el: Element) => el.getAttribute('state');

export async function untilState(el: Element, wanted: string, timeout = 3000): Promise<void> {
  await until(() => state(el) === wanted, timeout, `state="${wanted}" (now "${state(el)}")`);
}

export async function untilValue(el: Element, wanted: string, timeout = 3000): Promise<void> {
  await until(() => text(el, 'value') === wanted, timeout, `value "${wanted}" (now "${text(el, 'value')}")`);
}

/**
 * A mocha `before` hook for tests that need a visible page: a hidden one gets no animation
 * frames (so no fixture, no tween), no IntersectionObserver callbacks and no feed refresh. With
 * several pages in one browser context Chromium hides all but one; fail fast and say so.
 */
export async function requireVisiblePage(this: Mocha.Context): Promise<void> {
  this.timeout(8000);
  try {
    await until(() => document.visibilityState === 'visible', 5000, 'a visible page');
  } catch {
    throw new Error(
      'the test page is hidden (document.visibilityState = "hidden"): run this file alone, with concurrency 1, ' +
        'or give each test page its own browser context in web-test-runner.config.mjs',
    );
  }
}

/**
 * The widget element of a builder's snippet, as markup: without the preload links and the script
 * (the test page has the elements). Parsed as `innerHTML` does, its declarative shadow root stays
 * a `<template>` in the markup, to be parsed again where it is put.
 */
export function snippetElement(snippet: string): string {
  const template = document.createElement('template');
  template.innerHTML = snippet;
  return [...template.content.querySelectorAll('*')].find((el) => el.localName.startsWith('stat-'))!.outerHTML;
}
