import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERY = '(prefers-reduced-motion: reduce)';

/** Tracks the reader's motion preference; the host updates when it changes. */
export class MotionController implements ReactiveController {
  reduced = false;
  private query: MediaQueryList | null = null;
  private readonly onChange = () => {
    this.reduced = this.query?.matches ?? false;
    this.host.requestUpdate();
  };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.query = globalThis.matchMedia?.(QUERY) ?? null;
    this.reduced = this.query?.matches ?? false;
    this.query?.addEventListener('change', this.onChange);
  }

  hostDisconnected(): void {
    this.query?.removeEventListener('change', this.onChange);
    this.query = null;
  }
}
