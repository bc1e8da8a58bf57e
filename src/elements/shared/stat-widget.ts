import { LitElement, type PropertyValues, type PropertyDeclarations } from 'lit';
import { FeedController } from '../../controllers/feed-controller.js';
import type { FeedSnapshot, FeedStatus } from '../../feed/load.js';
import { formatTime } from '../../format/number.js';
import { resolveLang } from '../../format/lang.js';
import { addStrings, fill, stringsFor, type LanguageStrings, type UiStrings } from '../../format/strings.js';
import { FallbackController } from './fallback.js';
import { afterTask } from './next-task.js';

/** Every connected widget, also those in shadow roots (a summary's counters). */
const widgets = new Set<StatWidget>();

/**
 * One observer for every widget: a `lang` changed on `<html>` or any ancestor re-renders the
 * widgets whose language it changes. It watches the root of each widget and of each shadow host
 * above it (an observer does not see into shadow roots); a widget's own `lang` is an observed attribute.
 */
const observer = new MutationObserver(() => widgets.forEach((w) => w.requestUpdate()));

/**
 * Adds a language, or corrects some strings of a built-in one, without rebuilding: one flat
 * object of keys from every catalogue (shared, map, timeline…; also those of widgets loaded
 * later). Missing keys fall back to English; numbers and dates follow `Intl` for `lang`.
 * Widgets on the page re-render.
 */
export function addLanguage(lang: string, strings: LanguageStrings): void {
  addStrings(lang, strings);
  widgets.forEach((w) => w.requestUpdate());
}

/**
 * What every widget shares: a feed (own `src` or the nearest `<stat-feed>`), a language,
 * and a reflected `state`. Not an element of its own.
 *
 * @attribute lang - Language of the UI strings, numbers and dates (`az`, `en`, `ru` built in); default: the nearest ancestor's `lang`, else `en`.
 */
export class StatWidget extends LitElement {
  /** The reactive properties (Lit: accessors, attributes), declared as data: no decorator code in the bundle. */
  static override properties: PropertyDeclarations = {
    src: {},
    refresh: { type: Number },
    theme: { reflect: true },
    fallbackPeriod: { attribute: 'fallback-period' },
    noMenu: { type: Boolean, reflect: true, attribute: 'no-menu' },
    state: { reflect: true },
  };

  static override get observedAttributes(): string[] {
    // `lang` is a native attribute: observed, not redeclared, so `el.lang = 'az'` keeps working.
    return [...super.observedAttributes, 'lang'];
  }

  protected readonly feedController = new FeedController(this);
  /** The page's numbers inside the element, shown until the widget has its own (render: `this.fallback.render(live, …) ?? …`). */
  protected readonly fallback = new FallbackController(this);

  /** URL of a feed of this widget's own; without it, the nearest `<stat-feed>`'s feed. */
  src = '';

  /** With `src`: seconds between checks for a changed feed; 0 loads once. */
  refresh = 0;

  /**
   * Colour scheme: `light`, `dark`, or `auto` (follows the reader's `prefers-color-scheme`).
   * Without it the widget takes the page's text colour on a transparent background.
   */
  theme: 'light' | 'dark' | 'auto' | '' = '';

  /**
   * The period of the numbers inside the element (its fallback content, as the snippet builder
   * writes it): named when the feed cannot be loaded ("Figures as of 2024; live data could not be
   * loaded"). The content itself is never read.
   */
  fallbackPeriod = '';

  /** Hides the "Get the data" menu (downloads and embed code). */
  noMenu = false;

  /** Where the widget is: `loading`, `ready`, `stale` (older data, refresh failing) or `error`. Reflected; read-only. */
  state: FeedStatus = 'loading';

  /** The language in use: `lang`, else the nearest ancestor's, else `en`. */
  protected language = 'en';
  protected strings: UiStrings = stringsFor('en');
  /** What a reader is told beside the data: not up to date since when, an error, a markup mistake. */
  protected status = '';

  /**
   * Shows the page's content (the fallback) from the upgrade until the widget has live numbers:
   * one slot for all that time, before what Lit renders. A slot of the first render's own would lay
   * the content out again: a map's and a timeline's tables, 700 boxes, took 20–35 ms at full speed,
   * 4× on Lighthouse's phone (issue 12).
   */
  private pageSlot!: HTMLSlotElement;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    // The snippet's declarative shadow root (PAGE_SHADOW in src/embed/snippet.ts) has shown the
    // content through its slot since the page was parsed: kept, the upgrade lays nothing out again.
    this.pageSlot = root.querySelector<HTMLSlotElement>('slot:not([name])') ?? root.appendChild(document.createElement('slot'));
    // What Lit renders comes after the slot (the status line below the page's content).
    this.renderOptions.renderBefore = null;
    return root;
  }

  /**
   * A widget of the page with fallback content draws first in a task of its own, not in the one
   * that runs the script: on a page with a map and a timeline, running the script and drawing both
   * took 55 ms at full speed, which Lighthouse's phone (4× slower) counts as 170 ms of blocking
   * (issue 12). Until then its slot shows what the page wrote inside it, in the box the snippet
   * reserved. Without fallback content it draws its placeholder at once (the box that tells the
   * in-view observers where it is); in another's shadow root (a summary's counters), with its host,
   * unless that keeps it hidden meanwhile (a summary readying its counters behind the page's numbers).
   */
  protected override async scheduleUpdate(): Promise<unknown> {
    if (!this.hasUpdated && ((this.fallback.present && this.getRootNode() instanceof Document) || this.closest('[hidden]'))) await afterTask();
    return super.scheduleUpdate();
  }

  protected override update(changed: PropertyValues<this>): void {
    const slot = this.pageSlot;
    // Before the render: the first read of the page's styles must not style a half-built widget.
    const foldable = this.fallback.showing && this.fallback.blocksOnly;
    super.update(changed);
    // In the same task as the render: nothing is painted between the two. Content the page adds
    // later (a script, a parser that streams) is shown again. Not removed (the content's boxes went
    // one by one in this task: 70-130 ms for a map's and a timeline's tables on Lighthouse's traced
    // phone, issue 12): folded when it is blocks, its boxes kept unrendered (15-25 ms there), else
    // hidden (25-55 ms; an inline element or bare text folded would keep its line).
    // No change, no mutation (a live refresh changes nothing): toggleAttribute with its force, and
    // the class only when it changes (`hidden = true` and classList.add write the attribute again).
    const folded = slot.classList.contains('folded');
    if (this.fallback.showing) {
      slot.toggleAttribute('hidden', false);
      if (folded) slot.classList.remove('folded');
    } else if (foldable) slot.classList.add('folded');
    else if (!folded) slot.toggleAttribute('hidden', true);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // `state` from the upgrade, though the first render waits for a task (scheduleUpdate).
    if (!this.hasUpdated) this.setAttribute('state', this.state);
    this.requestUpdate(); // The ancestors' language may differ in a new place.
    widgets.add(this);
    for (let root = this.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      observer.observe(root, { attributeFilter: ['lang'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    widgets.delete(this);
    if (!widgets.size) observer.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('refresh')) this.feedController.use(this.src, this.refresh);
    this.language = resolveLang(this);
    this.strings = stringsFor(this.language);
  }

  /** Reflects the feed's state and words it (stale since when, error); returns the feed's snapshot. */
  protected readFeed(): FeedSnapshot | null {
    const snapshot = this.feedController.snapshot;
    const { strings } = this;
    this.state = snapshot?.status ?? 'error';
    this.status =
      this.state === 'stale'
        ? `${strings.stale} (${fill(strings.lastUpdated, { time: formatTime(snapshot!.loadedAt!, this.language) })})`
        : this.state === 'error'
          ? strings.error
          : '';
    return snapshot;
  }

  /** A mistake in the page's markup ('' for none): shown as the error, in English, naming the attribute. */
  protected markupMistake(mistake: string): void {
    if (mistake) {
      this.state = 'error';
      this.status = mistake;
    }
  }
}
