import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Milliseconds per period while playing. */
const STEP = 1200;

/** The periods a map can show, and the one it shows. */
interface Periods {
  readonly periods: readonly string[];
  readonly shown: string;
}

/**
 * The map's Play: steps through the periods from the shown one (from the first, at the end) and
 * stops at the last. Never on its own; stopped when the element leaves the page.
 */
export class PeriodPlayer implements ReactiveController {
  playing = false;
  private timer?: ReturnType<typeof setInterval>;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The map's periods now (null before it is drawn). */
    private readonly periods: () => Periods | null,
    /** Shows a period, as the slider does. */
    private readonly show: (period: string | undefined) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** Play, or pause while playing (the button). */
  readonly toggle = (): void => {
    const now = this.periods();
    if (this.playing || !now) return this.stop();
    const step = () => {
      const { periods, shown } = this.periods()!;
      const next = (periods.indexOf(shown) + 1) % periods.length;
      this.show(periods[next]);
      if (next >= periods.length - 1) this.stop();
    };
    if (now.shown === now.periods.at(-1)) step();
    this.playing = true;
    this.host.requestUpdate();
    this.timer = setInterval(step, STEP);
  };

  stop(): void {
    clearInterval(this.timer);
    if (!this.playing) return;
    this.playing = false;
    this.host.requestUpdate();
  }
}
