import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

const watchers = new Map<Element, InViewController>();
/**
 * One observer for every widget on the page with the same margin: cheaper than one each. An
 * IntersectionObserver's margin is fixed when it is made, so a margin in use has one observer
 * (counters: 0px, to count up where they are seen; maps and timelines: 200px, to draw early).
 */
const observers = new Map<string, IntersectionObserver>();

function sharedObserver(rootMargin: string): IntersectionObserver | null {
  if (typeof IntersectionObserver === 'undefined') return null;
  let io = observers.get(rootMargin);
  if (!io) {
    io = new IntersectionObserver(
      (entries) => {
        // A target with no box when observed (inside a hidden element: a summary readying its
        // counters) is neither in view nor away yet; the entry's own box, as the page may have changed since.
        for (const { target, isIntersecting, boundingClientRect: box } of entries)
          if (isIntersecting || box.width || box.height) watchers.get(target)?.observed(isIntersecting);
      },
      { rootMargin },
    );
    observers.set(rootMargin, io);
  }
  return io;
}

/**
 * Becomes `seen` the first time the host comes within `rootMargin` of the viewport (default: 0px,
 * in view), asks for an update, and stops watching.
 */
export class InViewController implements ReactiveController {
  seen = false;
  /** Out of view when first observed: once `seen`, it was scrolled to, not in view from the start (a counter counts up then). */
  startedAway = false;
  private observer: IntersectionObserver | null = null;

  constructor(
    private readonly host: Host,
    private readonly rootMargin = '0px',
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.seen) return;
    const io = (this.observer = sharedObserver(this.rootMargin));
    if (!io) return this.markSeen(); // No observer (old browser): treat as visible.
    watchers.set(this.host, this);
    io.observe(this.host);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** An observation: in view (within the margin) or not. */
  observed(inView: boolean): void {
    if (inView) this.markSeen();
    else this.startedAway = true;
  }

  markSeen(): void {
    if (this.seen) return;
    this.seen = true;
    this.stop();
    this.host.requestUpdate();
  }

  private stop(): void {
    if (!watchers.delete(this.host)) return;
    this.observer?.unobserve(this.host);
  }
}
