import type { FeedStatus } from '../../feed/load.js';
import { nextTask } from '../shared/next-task.js';

/** A first drawing's longest slice: on Lighthouse's phone (4× slower, tasks over 50 ms block) 40 ms (issue 12). */
export const SLICE_MS = 10;
/** The fewest regions a slice of a first drawing adds; its first slice adds none (the figure, its lines, legend and controls take one of their own). */
const LEAST = 16;
/**
 * The figure's bands that a first drawing behind the page's numbers builds hidden, a slice each
 * (stat-map.ts `render`), in this order; a band is drawn once `built` reaches it. Made at once
 * they took 35 ms at full speed, one task of 140–200 on Lighthouse's phone; the frame and menu
 * together, 50–60 there (issue 12).
 */
export const BAND = {
  /** The caption, status line, frame and drawing. */
  frame: 1,
  /** The legend, the period control and the search. */
  controls: 2,
  /** The small areas and the table. */
  details: 3,
  /** The data menu; with it the figure is shown. */
  menu: 4,
} as const;
/** How many bands there are: the figure is whole once `built` reaches it. */
export const BANDS = BAND.menu;

interface Host {
  state: FeedStatus;
  requestUpdate(): void;
}

/**
 * A map's drawing in slices, each in a task of its own: 3,200 counties take 100–300 ms to decode,
 * project and draw, Azerbaijan's districts 45 ms (130 ms of blocking in one task on Lighthouse's
 * phone). The placeholder (or the page's fallback) stays meanwhile.
 */
export class DrawingSlices {
  /** Whether a model was ever drawn: a new period or width redraws in one go (up to 50 ms), as blanking the map between slices would flicker. */
  drawn = false;
  /** The longest slice: SLICE_MS; 50 ms for thousands of shapes, whose steps take 100–300 ms and would only wait between more slices. */
  slice = SLICE_MS;

  /** How many regions the drawing shows: the first adds them a slice's worth at a time (80 paths with their names and ARIA took 8–17 ms in one task, 30–70 on Lighthouse's phone). */
  shown = Infinity;
  /** How many of the figure's BANDS are built: a first drawing behind the page's numbers builds them hidden, one a slice, and shows the figure with the last. */
  built: number = BANDS;
  /** What the current slice of regions began with: its start and how many were shown before it. */
  private slicing = { started: 0, before: 0, msPerRegion: 0 };

  constructor(private readonly host: Host) {}

  /**
   * The model is drawn (from `started`, this update's start): all its `total` regions, or in a
   * first drawing none in the first slice, then as many more as fit a slice (at least LEAST, by
   * what one cost the last slice), asking for the next slice, and loading, while some are left.
   * A first drawing `behind` the page's numbers first builds the figure's bands, one a slice.
   */
  draw(total: number, started: number, behind = false): void {
    const first = !this.drawn;
    this.drawn = true;
    if (first) [this.shown, this.built] = [0, behind ? 0 : BANDS];
    // The last band's slice shows the figure, still without regions: its style and layout are that frame's work.
    if (this.built < BANDS) {
      this.built++;
      return this.next();
    }
    if (this.shown >= total) return void (this.shown = Infinity);
    const { msPerRegion } = this.slicing;
    this.slicing = { started, before: this.shown, msPerRegion };
    this.shown += first ? 0 : Math.max(LEAST, Math.floor(this.slice / (msPerRegion || 1)));
    if (this.shown < total) this.next();
  }

  /** After an update: what its regions cost, to size the next slice. */
  painted(): void {
    const { started, before } = this.slicing;
    if (this.shown !== Infinity && this.shown > before) this.slicing.msPerRegion = (performance.now() - started) / (this.shown - before);
  }

  /** Whether a next slice is asked for and not yet begun (the map's `updateComplete` waits for it). */
  waiting = false;

  private next(): void {
    this.waiting = true;
    nextTask(() => {
      this.waiting = false;
      this.host.requestUpdate();
    });
    // Ready once its numbers are drawn: until then `dataTable()` has nothing to give.
    if (this.host.state === 'ready') this.host.state = 'loading';
  }

  /** Whether to go on in a task of its own: this one (since `started`) has taken its slice, or would with the `next` step's ms. */
  yielding(started: number, next = 0): boolean {
    const spent = performance.now() - started;
    if (this.drawn ? spent < 50 : spent < this.slice && (spent < 2 || spent + next < this.slice)) return false;
    this.next();
    return true;
  }

  /** Runs `steps` (costly once: Intl objects), a slice each when they are slow, then yields unless a drawing's slice is left; true when it yielded. */
  steps(started: number, steps: readonly (() => unknown)[]): boolean {
    for (const step of steps) {
      if (this.yielding(started, 5)) return true;
      step();
    }
    return this.yielding(started, this.slice);
  }
}
