import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { formatPeriod } from '../../format/number.js';
import { fill, stringsFor } from '../../format/strings.js';
import { fallbackStringsFor } from './fallback-strings.js';

type Host = ReactiveControllerHost & HTMLElement & { readonly state: string; readonly fallbackPeriod: string };

/**
 * Element children or text that is not white space: the page gave fallback content. Comments do
 * not count, nor `<noscript>`, which is for readers without scripts only (the WordPress plugin
 * says there why a feed has no numbers), nor a `<template>` (the snippet's declarative shadow
 * root, left in the page where it is not supported or was set by `innerHTML`).
 */
function hasContent(host: HTMLElement): boolean {
  for (const node of host.childNodes) {
    if (
      node.nodeType === Node.ELEMENT_NODE
        ? !/^(noscript|template)$/.test((node as Element).localName)
        : node.nodeType === Node.TEXT_NODE && node.textContent!.trim()
    )
      return true;
  }
  return false;
}

/**
 * Fallback first, fallback last: the numbers the page wrote inside the element (its light-DOM
 * children, as the snippet builder writes them, laid out like the widget: src/embed/reserve.ts)
 * stay on screen through a `<slot>` until the widget has live numbers of its own, and stay when
 * the feed cannot be loaded, with a status line saying they are not live. Nothing correct that
 * the page showed disappears. The content is the page's: shown as given, never read (bad input
 * is any HTML); only whether there is some is looked at. Without it, the widget's own
 * placeholder and error stay.
 */
export class FallbackController implements ReactiveController {
  /** Whether the element has fallback content; children added later (a page's script, a parser that streams) count too. */
  private given = false;
  /** Once it has shown live numbers the widget keeps its own (the page's may be older than what it showed). */
  private wasLive = false;
  /** Whether the content is block boxes only (see blocksOnly): read once per content. */
  private blocks: boolean | null = null;
  private readonly observer = new MutationObserver(() => {
    this.blocks = null;
    this.check();
  });

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Whether the page's content is shown: given, and the widget never live (the host keeps its slot meanwhile). */
  get showing(): boolean {
    return !this.wasLive && this.given;
  }

  /**
   * Whether the content is block boxes (or nothing), white space and comments only: what the host
   * can fold away unrendered once live (StatWidget.update). Read at the first update, before the
   * widget renders anything: a style read later would style a half-built widget in its task.
   */
  get blocksOnly(): boolean {
    return (this.blocks ??= [...this.host.childNodes].every((node) =>
      node instanceof Element
        ? /^(block|flow-root|table|flex|grid|list-item|none)$/.test(getComputedStyle(node).display)
        : node.nodeType !== Node.TEXT_NODE || !node.textContent!.trim(),
    ));
  }

  /** Whether the page gave fallback content (known once connected). */
  get present(): boolean {
    return this.given;
  }

  hostConnected(): void {
    this.observer.observe(this.host, { childList: true, characterData: true, subtree: true });
    this.check();
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }

  /**
   * The page's content and, once the feed has failed, the status line, while the widget has no
   * live numbers (`live` false) and the page gave some; null otherwise: the widget renders itself.
   * `status` is the widget's own (a markup mistake is said after the fallback's words).
   */
  render(live: boolean, language: string, status: string): TemplateResult | null {
    this.wasLive ||= live;
    if (!this.showing) return null;
    const failed = this.host.state === 'error' || this.host.state === 'stale';
    const line = failed ? this.statusLine(language, status) : '';
    // The status line only once the feed failed: while loading the box is the page's content alone,
    // as before the script ran. The content itself is in the host's slot (StatWidget.pageSlot), before this.
    return html`${line ? html`<div part="status" class="status" aria-hidden="true">${line}</div>` : nothing}<span class="visually-hidden" aria-live="polite">${line}</span>`;
  }

  /** "Figures as of 2024; live data could not be loaded": made only once the feed failed (a period's words make the page's first Intl object, 15–20 ms). */
  private statusLine(language: string, status: string): string {
    const text = fallbackStringsFor(language);
    const period = this.host.fallbackPeriod;
    const words = period ? fill(text.figuresAsOf, { period: formatPeriod(period, language) }) : text.figuresNotLive;
    return status && status !== stringsFor(language).error ? `${words} (${status})` : words;
  }

  private check(): void {
    const given = hasContent(this.host);
    if (given === this.given) return;
    this.given = given;
    this.host.requestUpdate();
  }
}
