import { html, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { InViewController } from '../../controllers/in-view-controller.js';
import { MotionController } from '../../controllers/motion-controller.js';
import { TweenController } from '../../controllers/tween-controller.js';
import { textIn } from '../../feed/select.js';
import { formatDelta, formatNumber, formatPeriod, formatTime, fractionDigits } from '../../format/number.js';
import { fill } from '../../format/strings.js';
import { parseDuration } from '../../math/tween.js';
import { StatWidget } from '../shared/stat-widget.js';
import { counterStyles } from './stat-counter.styles.js';

/** What one render shows, derived from the feed in `willUpdate`. */
interface CounterView {
  readonly label: string | null;
  readonly value: number | null;
  readonly loading: boolean;
  readonly delta: { readonly text: string; readonly direction: 'up' | 'down' | 'same' } | null;
  readonly note: string;
  readonly status: string;
  readonly detail: string;
}

const DEFAULT_DURATION = 800;

/**
 * @summary One number from the feed, with its label: counts up when first seen, animates live updates.
 *
 * @csspart base - The wrapper of the counter's lines.
 * @csspart label - The metric's label.
 * @csspart value - The formatted number (or "No data").
 * @csspart delta - The signed change against the previous period (with `show-delta`).
 * @csspart note - Which period the value belongs to, when older than the feed's latest.
 * @csspart status - Why the number is missing or not up to date (error, stale).
 *
 * @cssproperty --stat-font-family - Font (default: the page's).
 * @cssproperty --stat-color-text - Text colour (default: the page's).
 * @cssproperty --stat-color-accent - Colour of the number (default: the text colour).
 * @cssproperty --stat-color-muted - Colour of notes and "No data" (default: #595959).
 * @cssproperty --stat-color-positive - Colour of a rise (default: #1a6e32).
 * @cssproperty --stat-color-negative - Colour of a fall and of errors (default: #b3261e).
 * @cssproperty --stat-color-skeleton - Colour of the loading placeholder.
 * @cssproperty --stat-radius - Corner radius of the loading placeholder (default: 4px).
 * @cssproperty --stat-duration - Length of the count animation (default: 800ms; 0 turns it off).
 * @cssproperty --stat-counter-value-size - Size of the number (default: 2.25em).
 * @cssproperty --stat-counter-value-weight - Weight of the number (default: 700).
 * @cssproperty --stat-counter-value-color - Colour of the number (default: --stat-color-accent).
 * @cssproperty --stat-counter-label-size - Size of the label (default: 1em).
 * @cssproperty --stat-counter-align - Text alignment (default: start).
 *
 * @event stat-feed-load - With `src`: the feed arrived or changed.
 * @event stat-feed-error - With `src`: the feed could not be loaded or used.
 * @event stat-feed-warning - With `src`: rows or fields of the feed were dropped.
 */
export class StatCounter extends StatWidget {
  static override styles = counterStyles;

  private readonly motion = new MotionController(this);
  private readonly inView = new InViewController(this);
  private readonly tween = new TweenController(this);

  /** Id of the metric to show (required). */
  @property() metric = '';

  /** Id of the region (default: the `<stat-feed>` selection, else the country). */
  @property() region = '';

  /** Period to show (default: the `<stat-feed>` selection, else the latest with a value). */
  @property() period = '';

  /** Label to show instead of the feed's. */
  @property() label = '';

  /** Shows the change against the previous period, signed, with that period named. */
  @property({ type: Boolean, attribute: 'show-delta' }) showDelta = false;

  private view: CounterView = {
    label: null,
    value: null,
    loading: true,
    delta: null,
    note: '',
    status: '',
    detail: '',
  };
  /** The last number the feed gave, to tell a live update from a re-render. */
  private shown: number | null | undefined = undefined;
  private countUpPending = false;
  private derivedState: StatWidget['state'] = 'loading';

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.view = this.derive();
    this.state = this.derivedState;
    this.planAnimation(this.view.value);
  }

  protected override render() {
    const { label, loading, value, delta, note, status, detail } = this.view;
    const number = value === null ? null : this.formatFrame(value);
    const spoken = [
      label ?? '',
      loading ? this.strings.loading : number === null ? this.strings.noData : formatNumber(value!, this.language),
      delta?.text ?? '',
      note,
      status,
    ]
      .filter(Boolean)
      .join(', ');
    return html`
      <div part="base">
        <span part="label" aria-hidden="true">${label ?? html`<span class="skeleton"></span>`}</span>
        <span part="value" aria-hidden="true"
          >${loading
            ? html`<span class="skeleton"></span>`
            : number ?? html`<span class="empty">${status ? '—' : this.strings.noData}</span>`}</span
        >
        ${delta ? html`<span part="delta" class=${delta.direction} aria-hidden="true">${delta.text}</span>` : nothing}
        ${note ? html`<span part="note" aria-hidden="true">${note}</span>` : nothing}
        ${status ? html`<span part="status" aria-hidden="true" title=${detail}>${status}</span>` : nothing}
        <span class="visually-hidden" aria-live="polite" aria-atomic="true">${spoken}</span>
      </div>
    `;
  }

  /** Reads the feed into what this render shows, and the state to reflect. */
  private derive(): CounterView {
    const strings = this.strings;
    const snapshot = this.feedController.snapshot;
    const empty = { value: null, loading: false, delta: null, note: '', detail: '' };
    const fail = (status: string, detail = ''): CounterView => {
      this.derivedState = 'error';
      return { ...empty, label: this.label || this.metric || null, status, detail };
    };
    if (!this.metric) return fail(strings.missingMetric);
    if (!snapshot) return fail(strings.noFeed);
    const feed = snapshot.feed;
    if (!feed) {
      if (snapshot.status === 'loading') {
        this.derivedState = 'loading';
        return { ...empty, label: this.label || null, loading: true, status: '' };
      }
      return fail(strings.error, snapshot.error?.message ?? '');
    }
    const metric = feed.metric(this.metric);
    if (!metric) return fail(fill(strings.unknownMetric, { metric: this.metric }));
    const label = this.label || textIn(metric.label, this.language) || metric.id;
    const selection = this.feedController.selection;
    const regionId = this.region || selection.region || feed.country?.id || '';
    if (!feed.region(regionId)) return { ...fail(fill(strings.unknownRegion, { region: regionId })), label };
    const reading = feed.counter(metric.id, regionId, this.period || selection.period || undefined);

    this.derivedState = snapshot.status === 'loading' ? 'ready' : snapshot.status;
    let status = '';
    if (snapshot.status === 'stale' && snapshot.loadedAt !== null) {
      status = `${strings.stale} (${fill(strings.lastUpdated, { time: formatTime(snapshot.loadedAt, this.language) })})`;
    } else if (snapshot.status === 'error') {
      status = strings.error;
    }
    const note =
      reading.period && reading.period !== feed.latestPeriod
        ? fill(strings.inPeriod, { period: formatPeriod(reading.period, this.language) })
        : '';
    let delta: CounterView['delta'] = null;
    if (this.showDelta && reading.value !== null && reading.previous) {
      const change = reading.value - reading.previous.value;
      const period = formatPeriod(reading.previous.period, this.language);
      delta =
        change === 0
          ? { text: fill(strings.noChange, { period }), direction: 'same' }
          : {
              text: `${formatDelta(change, this.language)} ${fill(strings.since, { period })}`,
              direction: change > 0 ? 'up' : 'down',
            };
    }
    return { label, value: reading.value, loading: false, delta, note, status, detail: snapshot.error?.message ?? '' };
  }

  /** Counts up the first time the number is seen; animates from old to new on a live update. */
  private planAnimation(target: number | null): void {
    const changed = target !== this.shown;
    const previous = this.shown;
    this.shown = target;
    const animate = !this.motion.reduced && this.duration() > 0;
    if (changed) {
      if (target === null || !animate) {
        this.countUpPending = false;
        this.tween.jump(target);
      } else if (typeof previous === 'number') {
        this.tween.animate(this.tween.value ?? previous, target, this.duration());
      } else {
        // First number: show it now; count up from zero once it is on screen.
        this.tween.jump(target);
        this.countUpPending = true;
      }
    }
    if (this.countUpPending && this.inView.seen && target !== null) {
      this.countUpPending = false;
      if (animate) this.tween.animate(0, target, this.duration());
    }
  }

  /** The count animation's length, from the `--stat-duration` token. */
  private duration(): number {
    if (!this.isConnected) return 0;
    return parseDuration(getComputedStyle(this).getPropertyValue('--stat-duration'), DEFAULT_DURATION);
  }

  /** The number on screen now: the tween's frame, with the final value's decimals. */
  private formatFrame(target: number): string {
    const frame = this.tween.value ?? target;
    return formatNumber(frame, this.language, fractionDigits(target));
  }
}
