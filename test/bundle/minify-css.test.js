// The build's minifier of css`` templates (scripts/minify-css.mjs): smaller, same meaning.
import { expect } from '@open-wc/testing';
import { minifyCss } from '../../scripts/minify-css.mjs';

/** Which elements of `html` a rule's selector matches, as the browser reads it. */
function matched(css, html) {
  const host = document.createElement('div');
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `<style>${css}</style>${html}`;
  document.body.append(host);
  const hits = [...root.querySelectorAll('[id]')].filter((e) => getComputedStyle(e).outlineStyle === 'dotted').map((e) => e.id);
  host.remove();
  return hits;
}

describe('css minifier (build)', () => {
  it('drops comments and white space', () => {
    expect(minifyCss(' /* why */ .a  >  .b  {\n  color:  red ;\n  margin: 0 ;\n}\n')).to.equal('.a>.b{color:red;margin:0}');
  });

  it('keeps the space between a selector and a pseudo-class: a descendant stays a descendant', () => {
    const css = `.menu :first-child { outline: 1px dotted; }`;
    const html = `<div class="menu" id="menu"><button id="inner">x</button></div>`;
    expect(matched(css, html)).to.deep.equal(['inner']);
    expect(matched(minifyCss(css), html)).to.deep.equal(['inner']);
  });

  it('keeps media queries working', () => {
    expect(minifyCss('@media (forced-colors: active) {\n  .a { color: CanvasText; }\n}')).to.equal('@media (forced-colors:active){.a{color:CanvasText}}');
  });
});
