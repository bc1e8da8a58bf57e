import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readTopology, type MapGeometry } from '../feed/geo.js';
import { subscribe } from '../feed/load.js';
import type { LoadError } from '../feed/load-error.js';
import { loadProjections } from '../feed/projections.js';
import type { Sphere } from '../math/projection-cache.js';

/**
 * Gives an element the TopoJSON topology at a URL, asked for only while the element is
 * connected: a page without a map never downloads geometry. It is loaded as feeds are
 * (src/feed/load.ts): one request per URL however many maps ask, a failure shown and retried on
 * the loaders' backoff (src/feed/retry.ts) while a map stays, nothing from a URL it left.
 */
export class GeoController implements ReactiveController {
  /** The geometry of the current URL (TopoJSON or GeoJSON), once loaded. */
  topology: MapGeometry | null = null;
  /** Why it could not be loaded (English), or ''. */
  error = '';
  /** The real projections (src/math/sphere.ts), once `needSphere` has loaded them. */
  sphere: Sphere | null = null;
  /** Why they could not be loaded: its URL and message (English); null while none failed. */
  sphereError: LoadError | null = null;
  private sphereAsked = false;
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

  /** Loads the real projections once, for a geometry the built-in Mercator cannot draw. */
  needSphere(): void {
    if (this.sphereAsked) return;
    this.sphereAsked = true;
    loadProjections().then(
      (sphere) => {
        this.sphere = sphere;
        this.host.requestUpdate();
      },
      (error: LoadError) => {
        this.sphereError = error;
        this.host.requestUpdate();
      },
    );
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
