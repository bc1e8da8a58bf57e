import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

const watchers = new Map<Element, ResizeController>();
let observer: ResizeObserver | null = null;
/** Hosts whose width changed since the last frame, and that frame: one for all of them. */
const pending = new Set<ResizeController>();
let frame = 0;

/**
 * Updates every host measured since the last frame, together: their renders run one after the
 * other in this one callback (no layout is read while drawing), so the browser lays the page out
 * once for all of them rather than once per widget.
 */
function flush(): void {
  frame = 0;
  const hosts = [...pending];
  pending.clear();
  for (const controller of hosts) controller.host.requestUpdate();
}

/** One observer for every widget on the page: cheaper than one each. */
function sharedObserver(): ResizeObserver | null {
  if (typeof ResizeObserver === 'undefined') return null;
  observer ??= new ResizeObserver((entries) => {
    for (const entry of entries) {
      const box = entry.contentBoxSize?.[0];
      watchers.get(entry.target)?.measured(box ? box.inlineSize : entry.contentRect.width);
    }
  });
  return observer;
}

/**
 * Measures the host's content width, in whole pixels, and asks for an update when it changes.
 * It only measures: what the width means (a projection, a scale) is for the host's `willUpdate`.
 */
export class ResizeController implements ReactiveController {
  /** The content box's inline size in pixels; 0 until the first measurement. */
  width = 0;

  constructor(readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    const ro = sharedObserver();
    if (!ro) return this.measured(this.host.getBoundingClientRect().width); // No observer (old browser): measure once.
    watchers.set(this.host, this);
    ro.observe(this.host);
  }

  hostDisconnected(): void {
    if (watchers.delete(this.host)) observer?.unobserve(this.host);
    // A removed widget leaves no frame behind (the last one cancels the shared frame).
    if (pending.delete(this) && !pending.size) {
      cancelAnimationFrame(frame);
      frame = 0;
    }
  }

  /**
   * Takes a measurement. The update waits for the next frame: a redraw inside the observer's
   * callback can change the page's layout (a scroll bar appears), which the browser reports as
   * "ResizeObserver loop completed with undelivered notifications". Every widget measured in
   * the same frame waits for the same one.
   */
  measured(width: number): void {
    const rounded = Math.floor(width);
    // Zero is a hidden element (display: none, a detached or collapsed parent): keep the last size.
    if (rounded === this.width || rounded <= 0) return;
    this.width = rounded;
    pending.add(this);
    frame ||= requestAnimationFrame(flush);
  }
}
