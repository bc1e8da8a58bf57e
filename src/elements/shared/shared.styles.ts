import { css } from 'lit';

/**
 * The theme: every colour a widget paints comes from a private token (`--_…`) resolved on the
 * host from the public `--stat-*` one, whose default `light-dark()` picks by the host's
 * `color-scheme`: the page's without `theme` (light on a page that declares none: the look
 * before themes), dark with `theme="dark"`, the reader's with `theme="auto"`. Forced colours
 * swap the tokens for system colours; print is light, black text, nothing moving.
 * Every widget's styles include it through `hostBase`.
 */
export const themeTokens = css`
  :host {
    --_bg: var(--stat-color-background, light-dark(#fff, #1c1c1e));
    --_fg: var(--stat-color-text, light-dark(#1d1d1f, #ececec));
    --_m: var(--stat-color-muted, light-dark(#595959, #a1a1a6));
    --_b: var(--stat-color-border, light-dark(#767676, #8e8e93));
    --_a: var(--stat-color-accent, light-dark(#1f5fa8, #7ab0f0));
    --_n: var(--stat-color-negative, light-dark(#b3261e, #ff8a80));
    --_r: var(--stat-radius, 4px);
    background: var(--stat-color-background);
  }
  :host([theme=light]) {
    color-scheme: light;
  }
  :host([theme=dark]) {
    color-scheme: dark;
  }
  :host([theme=auto]) {
    color-scheme: light dark;
  }
  /* Any theme (the empty attribute is none). */
  :host([theme]:not([theme=''])) {
    color: var(--_fg);
    background: var(--_bg);
    padding: .75em;
    border-radius: var(--_r);
  }
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_fg: CanvasText;
      --_m: CanvasText;
      --_b: CanvasText;
      --_a: Highlight;
      --_n: CanvasText;
    }
  }
  @media print {
    /* Paper is white and browsers drop backgrounds: the light defaults, black text, no motion. */
    :host {
      color-scheme: light !important;
      --stat-duration: 0s !important;
      color: #000 !important;
      background: none !important;
    }
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`;

/** What every widget's host needs on a page it does not control (the theme tokens included). */
export const hostBase = [
  themeTokens,
  css`
  :host {
    font-family: var(--stat-font-family, inherit);
    /* Inherited from the page, with at least 60 % opacity: a theme's body { color: transparent }
       must not hide the numbers. Left to right: the built-in languages are, and a right-to-left
       page would put a minus sign after the number. No text-indent (an old image-replacement hack). */
    color: rgb(from var(--stat-color-text, currentColor) r g b / max(alpha, 0.6));
    direction: ltr;
    text-indent: 0;
  }
  /* Important: the snippet builder's inline display (src/embed/reserve.ts) must not show a hidden widget. */
  :host([hidden]) {
    display: none !important;
  }
  /* The page's numbers once the widget is live, when they are blocks (StatWidget.update): their
     boxes kept, folded to nothing and not rendered. Invisible too: a box that moves up as the one
     above it folds is a layout shift for Chromium (0.012 to 0.021 of CLS), an invisible one is not.
     Important: the snippet's inline box must yield. */
  slot.folded::slotted(*) {
    content-visibility: hidden !important;
    visibility: hidden !important;
    block-size: 0 !important;
    padding-block: 0 !important;
    margin-block: 0 !important;
    border-block-width: 0 !important;
  }
`,
];

/** Text for screen readers only: off screen, still read. Every widget uses it. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The widgets' own buttons (table toggle, play, legend), one look for all of them. */
export const controlButton = css`
  button {
    font: inherit;
    min-block-size: 28px;
    padding: 0.1em 0.6em;
    border: 1px solid var(--_b);
    border-radius: var(--_r);
    background: var(--_bg);
    color: var(--_fg);
    cursor: pointer;
  }
`;

/** The loading placeholder every widget shows at its final size; each sets the size itself. */
export const skeleton = css`
  .skeleton {
    border-radius: var(--_r);
    background: var(--stat-color-skeleton, color-mix(in srgb, currentColor 12%, transparent));
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.45;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
`;
