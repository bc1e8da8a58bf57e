import { css, html, nothing, svg, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { DataAction, ExportHost } from '../../export/types.js';
import { loadActions } from '../../export/load-actions.js';
import { dataMenuStringsFor } from './data-menu-strings.js';
import { visuallyHidden } from './shared.styles.js';

/** A widget with the menu. */
export type DataMenuHost = ReactiveControllerHost & ExportHost & { readonly noMenu: boolean; readonly state: string };

/** The menu's actions, in its order. */
const ACTIONS: readonly DataAction[] = ['downloadCsv', 'downloadSvg', 'downloadPng', 'copyEmbed'];

/** Until the map and the timeline import it from src/export/table.ts. */

/** A download arrow over a tray, 16 px, drawn in the text colour. */
const ICON = svg`<svg width="16" height="16" aria-hidden="true"><path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 11v2.5h11V11"/></svg>`;

/**
 * "Get the data": a button (one Tab stop) that opens a menu of downloads and the embed code
 * (the APG menu button pattern: arrows, Home, End, Escape back to the button, a click outside
 * closes). Only this and the strings are on every widget's path; what builds the files
 * (src/export/) is fetched when an action is chosen (src/export/load-actions.ts).
 */
export class DataMenu implements ReactiveController {
  private open = false;

  constructor(private readonly host: DataMenuHost) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.close();
  }

  /** The menu, in a language; nothing with `no-menu`. */
  render(lang: string) {
    const { host, open } = this;
    const text = dataMenuStringsFor(lang);
    // One line: the template's white space is not minified, and this is on every widget's path.
    // prettier-ignore
    return host.noMenu ? nothing : html`<div part="menu" class="data-menu" ?inert=${!/ready|stale/.test(host.state)} @keydown=${this.onKey} @focusout=${this.onFocusOut}><button part="menu-button" type="button" aria-haspopup="menu" aria-expanded=${open} aria-controls="data-menu" aria-label=${text.getData} title=${text.getData} @click=${() => (open ? this.close(true) : this.show(0))}>${ICON}</button><div part="menu-list" id="data-menu" role="menu" aria-label=${text.getData} ?hidden=${!open}>${ACTIONS.map((a) => html`<button role="menuitem" type="button" tabindex="-1" @click=${() => this.run(a, lang)}>${text[a]}</button>`)}</div><span class="visually-hidden" role="status"></span></div>`;
  }

  private items(): HTMLElement[] {
    return [...this.host.shadowRoot!.querySelectorAll<HTMLElement>('[role=menuitem]')];
  }

  /** Opens the menu with item `at` focused (-1: the last). */
  private async show(at: number): Promise<void> {
    this.open = true;
    document.addEventListener('pointerdown', this.onOutside);
    this.host.requestUpdate();
    await this.host.updateComplete;
    this.items().at(at)?.focus();
  }

  private close(refocus = false): void {
    document.removeEventListener('pointerdown', this.onOutside);
    if (!this.open) return;
    this.open = false;
    this.host.requestUpdate();
    if (refocus) this.host.shadowRoot!.querySelector<HTMLElement>('[part=menu-button]')?.focus();
  }

  private async run(action: DataAction, lang: string): Promise<void> {
    this.close(true);
    try {
      const { runAction } = await loadActions();
      await runAction(action, this.host, lang, dataMenuStringsFor(lang).copyEmbed);
    } catch (error) {
      // Offline, or the actions' file missing beside a self-hosted bundle: say so, not nothing.
      this.host.shadowRoot!.querySelector('.data-menu [role=status]')!.textContent = dataMenuStringsFor(lang).actionFailed;
      console.warn('stat-widgets: "Get the data" could not run', error);
    }
  }

  private readonly onOutside = (event: Event): void => {
    if (!event.composedPath().includes(this.host)) this.close();
  };

  private readonly onFocusOut = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && !(event.currentTarget as Node).contains(next)) this.close();
  };

  private readonly onKey = (event: KeyboardEvent): void => {
    const { key } = event;
    const items = this.items();
    const at = items.indexOf(this.host.shadowRoot!.activeElement as HTMLElement);
    if (at < 0) {
      // On the button: the arrows open the menu at the first or the last item.
      if (key === 'ArrowDown' || key === 'ArrowUp') void this.show(key === 'ArrowDown' ? 0 : -1);
      else if (key === 'Escape' && this.open) this.close(true);
      else return;
    } else if (key === 'Escape') this.close(true);
    else if (key === 'Tab') return this.close();
    else {
      const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: -1 }[key];
      if (to === undefined) return;
      items.at(to % items.length)?.focus();
    }
    event.preventDefault();
  };
}

/** The menu's look: a small icon button at the end of the widget, the list below it; colours from the theme's tokens (shared.styles.ts `themeTokens`: light, dark, forced colours). */
export const dataMenuStyles = [
  visuallyHidden,
  css`
  /* The list opens below the button, in the flow: an iframe embed grows to show it, and a host
     page's overflow: hidden cannot clip it, as either would a popup laid over the page. */
  .data-menu {
    display: flex;
    flex-direction: column;
    align-items: end;
    gap: 4px;
  }
  .data-menu[inert] {
    visibility: hidden;
  }
  .data-menu button {
    font: inherit;
    background: none;
    border: 1px solid transparent;
    border-radius: var(--_r);
    cursor: pointer;
  }
  [part=menu-button] {
    display: grid;
    place-items: center;
    inline-size: 28px;
    block-size: 28px;
    padding: 0;
    color: var(--_m);
  }
  /* In CSS, not attributes: the widgets' own svg { fill; stroke } rules would win over attributes. */
  [part=menu-button] svg {
    fill: none;
    stroke: currentColor;
    stroke-width: 1.6;
    stroke-linecap: round;
  }
  [part=menu-button]:is(:hover, [aria-expanded=true]) {
    border-color: currentColor;
  }
  [part=menu-list] {
    display: flex;
    flex-direction: column;
    padding: 4px;
    font-size: 0.875rem;
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_b);
    border-radius: var(--_r);
  }
  [part=menu-list][hidden] {
    display: none;
  }
  [role=menuitem] {
    color: inherit;
    padding: 0.45em 0.8em;
    text-align: start;
  }
  [role=menuitem]:is(:hover, :focus) {
    background: color-mix(in srgb, currentColor 12%, transparent);
  }
  .data-menu :focus-visible {
    outline: 2px solid var(--_a);
    outline-offset: 1px;
  }
  /* Forced colours need nothing more: borders, outlines and text take the system's colours. */
  @media print {
    .data-menu {
      display: none;
    }
  }
`,
];
