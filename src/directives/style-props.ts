import { noChange, type AttributePart } from 'lit';
import { Directive, directive } from 'lit/directive.js';

/** Property → value (`left: '12px'`); `undefined`, `null` or `''` removes the property. The same keys on every render. */
export type StyleProps = Record<string, string | undefined | null>;

/**
 * `style=${styleProps({ left: `${x}px` })}` (the whole attribute value): inline styles through the CSSOM
 * (`element.style.setProperty`), never as a `style` attribute. A page whose Content Security
 * Policy lacks `style-src 'unsafe-inline'` blocks every `style="…"` attribute, Lit's `styleMap`
 * too (its first render writes the attribute); CSSOM changes are allowed
 * (test/security/csp.test.js). Not in src/elements/shared/: that goes into every widget's core
 * chunk, and only the map and the timeline need this (a counter-only page stays under 16 KB).
 */
class StylePropsDirective extends Directive {
  render(_props: StyleProps) {
    return noChange;
  }

  override update(part: AttributePart, [props]: [StyleProps]) {
    const { style } = part.element as HTMLElement | SVGElement;
    // An empty value removes the property (CSSOM). Callers pass the same keys on every render.
    for (const [name, value] of Object.entries(props)) style.setProperty(name, value ?? '');
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
