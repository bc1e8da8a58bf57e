// The drop-in bundle as a web editor uses it: a plain <script> tag, no build step. Plain JS
// and served untouched (the esbuild plugin only transforms .ts), so a broken bundle fails here.
import { expect } from '@open-wc/testing';
import { loadScript, until } from './page.js';

describe('dist/stat-widgets.iife.js', () => {
  const errors = [];
  const onError = (event) => errors.push(event.error ?? event.message);

  before(() => window.addEventListener('error', onError));
  after(() => window.removeEventListener('error', onError));

  it("starts with V8's compile hint, so Chromium compiles its functions while it streams in, off the main thread", async () => {
    // Only as the file's first line does the comment count; a banner moved below the guard, or
    // stripped by the minifier, puts 50–100 ms of compiling back on a map page's main thread.
    const text = await (await fetch('/dist/stat-widgets.iife.js')).text();
    expect(text.split('\n', 1)[0]).to.equal('//# allFunctionsCalledOnLoad');
    expect(text.split('\n')[1]).to.match(/^if\(typeof StatWidgets!=`object`\)var StatWidgets=/);
    // The same for the chunks of the ES modules a page loads from a CDN (each widget's entry only imports its chunk).
    for (const widget of ['counter', 'summary', 'map', 'timeline', 'feed']) {
      const module = await (await fetch(`/dist/cdn/${widget}/define.js`)).text();
      const chunk = /\/chunks\/([\w-]+\.js)"/.exec(module);
      expect(chunk, `${widget} imports a chunk`).to.not.equal(null);
      const chunkText = await (await fetch(`/dist/cdn/chunks/${chunk[1]}`)).text();
      expect(chunkText.split('\n', 1)[0], `${widget}'s chunk`).to.equal('//# allFunctionsCalledOnLoad');
    }
  });

  it('upgrades elements that were in the page before it loaded, and shows the latest figure for the page language', async () => {
    document.documentElement.lang = 'en';
    const counter = document.createElement('stat-counter');
    counter.setAttribute('src', '/demo/data/feed.json');
    counter.setAttribute('metric', 'teachers');
    counter.style.setProperty('--stat-duration', '0s');
    document.body.append(counter);
    await loadScript('/dist/stat-widgets.iife.js');
    expect(customElements.get('stat-counter')).to.be.a('function');
    expect(customElements.get('stat-feed')).to.be.a('function');
    await until(() => counter.getAttribute('state') === 'ready', 'the counter to be ready');
    expect(counter.shadowRoot.querySelector('[part=value]').textContent.trim()).to.equal('4,308');
    expect(counter.shadowRoot.querySelector('[part=label]').textContent.trim()).to.equal('Teachers');
    counter.remove();
  });

  it('formats for the page language', async () => {
    document.documentElement.lang = 'ru';
    const counter = document.createElement('stat-counter');
    counter.setAttribute('src', '/demo/data/feed.json');
    counter.setAttribute('metric', 'schools');
    counter.style.setProperty('--stat-duration', '0s');
    document.body.append(counter);
    await until(() => counter.getAttribute('state') === 'ready', 'the counter to be ready');
    expect(counter.shadowRoot.querySelector('[part=value]').textContent.trim()).to.equal(new Intl.NumberFormat('ru').format(1141));
    expect(counter.shadowRoot.querySelector('[part=label]').textContent.trim()).to.equal('Школы');
    counter.remove();
    document.documentElement.lang = 'en';
  });

  it('exposes one global, StatWidgets, with the classes', () => {
    // Compared by identity only: chai's failure message would try to print the whole module.
    expect(typeof window.StatWidgets).to.equal('object');
    expect(window.StatWidgets.StatCounter === customElements.get('stat-counter')).to.equal(true);
  });

  it('a second copy on the same page does not throw and keeps the first registration', async () => {
    const first = customElements.get('stat-counter');
    await loadScript('/dist/stat-widgets.iife.js?copy=2');
    expect(customElements.get('stat-counter') === first).to.equal(true);
    expect(errors.map(String)).to.deep.equal([]);
  });

  it('after the second copy, new widgets still upgrade and show their numbers', async () => {
    const box = document.createElement('div');
    box.innerHTML = `<stat-feed src="/demo/data/feed.json"><stat-counter metric="teachers" style="--stat-duration: 0s"></stat-counter></stat-feed>
      <stat-counter src="/demo/data/feed.json" metric="schools" style="--stat-duration: 0s"></stat-counter>`;
    document.body.append(box);
    const [inFeed, own] = box.querySelectorAll('stat-counter');
    await until(() => inFeed.getAttribute('state') === 'ready' && own.getAttribute('state') === 'ready', 'both counters to be ready');
    expect(inFeed.shadowRoot.querySelector('[part=value]').textContent.trim()).to.equal('4,308');
    expect(own.shadowRoot.querySelector('[part=value]').textContent.trim()).to.equal('1,141');
    box.remove();
    expect(errors.map(String)).to.deep.equal([]);
  });

  it('registers stat-summary: a counter per metric of the feed', async () => {
    const summary = document.createElement('stat-summary');
    summary.setAttribute('src', '/demo/data/feed.json');
    summary.style.setProperty('--stat-duration', '0s');
    document.body.append(summary);
    const values = () => [...summary.shadowRoot.querySelectorAll('stat-counter')].map((c) => c.shadowRoot.querySelector('[part=value]')?.textContent.trim());
    await until(() => summary.getAttribute('state') === 'ready' && values().join(' ') === '4,308 1,141 5,103', 'the summary’s three totals');
    // The global is the second copy's by now (its classes are not the registered ones): check the name only.
    expect(typeof window.StatWidgets.StatSummary).to.equal('function');
    summary.remove();
  });
});
