import { LitElement, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { FeedController } from '../../controllers/feed-controller.js';
import type { FeedStatus } from '../../feed/load.js';
import { resolveLang } from '../../format/lang.js';
import { stringsFor, type UiStrings } from '../../format/strings.js';

/**
 * What every widget shares: a feed (own `src` or the nearest `<stat-feed>`), a language,
 * and a reflected `state`. Not an element of its own.
 */
export class StatWidget extends LitElement {
  static override get observedAttributes(): string[] {
    // `lang` is a native attribute: observed, not redeclared, so `el.lang = 'az'` keeps working.
    return [...super.observedAttributes, 'lang'];
  }

  protected readonly feedController = new FeedController(this);

  /** URL of a feed of this widget's own; without it, the nearest `<stat-feed>`'s feed. */
  @property() src = '';

  /** With `src`: seconds between checks for a changed feed; 0 loads once. */
  @property({ type: Number }) refresh = 0;

  /** Where the widget is: `loading`, `ready`, `stale` (older data, refresh failing) or `error`. Reflected; read-only. */
  @property({ reflect: true }) state: FeedStatus = 'loading';

  /** The language in use: `lang`, else the nearest ancestor's, else `en`. */
  protected language = 'en';
  protected strings: UiStrings = stringsFor('en');

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang') this.requestUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.requestUpdate(); // The ancestors' language may differ in a new place.
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('src') || changed.has('refresh')) this.feedController.use(this.src, this.refresh);
    this.language = resolveLang(this);
    this.strings = stringsFor(this.language);
  }
}
