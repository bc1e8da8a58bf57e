import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Topology } from 'topojson-specification';
import { loadGeometry } from '../feed/geo.js';

/**
 * Gives an element the TopoJSON topology at a URL, asked for only while the element is
 * connected: a page without a map never downloads geometry. A late answer for an older URL,
 * or one that arrives after the element left, is dropped.
 */
export class GeoController implements ReactiveController {
  /** The topology of the current URL, once loaded. */
  topology: Topology | null = null;
  /** Why it could not be loaded (English), or ''. */
  error = '';
  private url = '';
  private loading: AbortController | null = null;

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
    if (this.topology || !this.url) return;
    this.loading?.abort();
    const loading = (this.loading = new AbortController());
    this.error = '';
    loadGeometry(this.url, loading.signal).then(
      (topology) => this.settle(loading, topology, ''),
      (error: Error) => this.settle(loading, null, error.message),
    );
  }

  hostDisconnected(): void {
    this.loading?.abort();
    this.loading = null;
  }

  private settle(loading: AbortController, topology: Topology | null, error: string): void {
    if (loading !== this.loading) return; // Superseded, or the element left: a stale answer.
    this.loading = null;
    this.topology = topology;
    this.error = error;
    this.host.requestUpdate();
  }
}
