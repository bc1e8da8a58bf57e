import type { ReactiveController, ReactiveControllerHost } from 'lit';

type Host = ReactiveControllerHost & Element;

const watchers = new Map<Element, InViewController>();
let observer: IntersectionObserver | null = null;

/** One observer for every widget on the page: cheaper than one each. */
function sharedObserver(): IntersectionObserver | null {
  if (typeof IntersectionObserver === 'undefined') return null;
  observer ??= new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) watchers.get(entry.target)?.markSeen();
  });
  return observer;
}

/** Becomes `seen` the first time the host scrolls into view, then stops watching. */
export class InViewController implements ReactiveController {
  seen = false;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    if (this.seen) return;
    const io = sharedObserver();
    if (!io) return this.markSeen(); // No observer (old browser): treat as visible.
    watchers.set(this.host, this);
    io.observe(this.host);
  }

  hostDisconnected(): void {
    this.stop();
  }

  markSeen(): void {
    if (this.seen) return;
    this.seen = true;
    this.stop();
    this.host.requestUpdate();
  }

  private stop(): void {
    if (!watchers.delete(this.host)) return;
    observer?.unobserve(this.host);
  }
}
