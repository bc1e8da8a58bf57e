// The drop-in bundle from a <script defer> (the snippets' way): each element is registered in a
// task of its own after the script (upgrading a map and a timeline made the task that runs the
// script the page's longest, issue 12), its class readied by Lit in a task before that; from a
// plain <script>, at once, while the script runs.
import { expect } from '@open-wc/testing';
import { until } from './page.js';

/**
 * A page in an iframe with a counter and the bundle loaded as `script`; what `customElements.define`
 * saw: `define <tag> (in the script | after)` per call, and `task end` when the task that made it
 * ended (a microtask queued at each call runs when its task is done).
 */
async function registrations(script) {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><body>
    <script>
      window.seen = [];
      const define = customElements.define.bind(customElements);
      customElements.define = (tag, element) => {
        // Lit's finalize() marks the class: readied in a task before its own (define-element.iife.ts).
        seen.push('define ' + tag + (document.currentScript ? ' in the script' : ' after') + (Object.hasOwn(element, 'finalized') ? ', readied' : ''));
        queueMicrotask(() => seen.push('task end'));
        define(tag, element);
      };
    </script>
    <stat-counter src="/demo/data/feed.json" metric="teachers" style="--stat-duration:0s"><p>Teachers: 4,308</p></stat-counter>
    ${script}
  </body></html>`;
  document.body.append(frame);
  try {
    const win = /** @type {Window & { seen: string[] }} */ (frame.contentWindow);
    await until(() => win.document.querySelector('stat-counter')?.getAttribute('state') === 'ready', 'the counter to be ready');
    const counter = win.document.querySelector('stat-counter');
    return { seen: [...win.seen], value: counter.shadowRoot.querySelector('[part=value]')?.textContent.trim() };
  } finally {
    frame.remove();
  }
}

const TAGS = ['stat-feed', 'stat-counter', 'stat-summary', 'stat-map', 'stat-timeline'];

describe('dist/stat-widgets.iife.js: when its elements are registered', () => {
  it('from <script defer>: after the script, each tag in a task of its own, its class readied in a task before, the feed first', async () => {
    const { seen, value } = await registrations('<script defer src="/dist/stat-widgets.iife.js"></script>');
    expect(seen).to.deep.equal(TAGS.flatMap((tag) => [`define ${tag} after, readied`, 'task end']));
    expect(value).to.equal('4,308');
  });

  it('from a plain <script>: at once, while the script runs', async () => {
    const { seen, value } = await registrations('<script src="/dist/stat-widgets.iife.js"></script>');
    expect(seen).to.deep.equal([...TAGS.map((tag) => `define ${tag} in the script`), ...TAGS.map(() => 'task end')]);
    expect(value).to.equal('4,308');
  });
});
