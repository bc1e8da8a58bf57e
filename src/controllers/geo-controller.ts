import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Topology } from 'topojson-specification';
import { readTopology } from '../feed/geo.js';
import { subscribe } from '../feed/load.js';

/**
 * Gives an element the TopoJSON topology at a URL, asked for only while the element is
 * connected: a page without a map never downloads geometry. It is loaded as feeds are
 * (src/feed/load.ts): one request per URL however many maps ask, a failure shown and retried on
 * the loaders' backoff (src/feed/retry.ts) while a map stays, nothing from a URL it left.
 */
export class GeoController implements ReactiveController {
  /** The topology of the current URL, once loaded. */
  topology: Topology | null = null;
  /** Why it could not be loaded (English), or ''. */
  error = '';
  private url = '';
  private end: (() => void) | undefined;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** Points the controller at a URL; loads it when connected. */
  use(url: string): void {
    if (url === this.url) return;
    this.url = url;
    this.topology = null;
    this.error = '';
    if (this.host.isConnected) this.hostConnected();
  }

  hostConnected(): void {
    this.end?.();
    this.end = this.url
      ? subscribe(this.url, readTopology, ({ feed, error }) => {
          this.topology = feed;
          this.error = error ? error.message : '';
          this.host.requestUpdate();
        })
      : undefined;
  }

  hostDisconnected(): void {
    this.end?.();
    this.end = undefined;
  }
}
