// A site that self-hosts the drop-in bundle but not stat-widgets.projections.js beside it: a map
// whose geometry needs a real projection (the world) says so, in its status line and a
// stat-feed-error naming the file, instead of a placeholder that never fills.
import { expect } from '@open-wc/testing';
import { loadScript, until } from './page.js';

describe('the map when dist/stat-widgets.projections.js is missing', () => {
  it('a world map: "The map could not be loaded" and a stat-feed-error with the projections’ URL', async () => {
    document.body.insertAdjacentHTML(
      'beforeend',
      `<div style="width:600px"><stat-map src="/demo/data/feed.json" metric="teachers" geo="/node_modules/world-atlas/countries-110m.json" geo-object="countries"></stat-map></div>`,
    );
    const map = document.querySelector('stat-map');
    const errors = [];
    map.addEventListener('stat-feed-error', (event) => errors.push(event));
    await loadScript('/__lone-bundle/stat-widgets.iife.js');
    await until(() => map.getAttribute('state') === 'error', 'the map in error', 10000);
    expect(map.shadowRoot.querySelector('[part="status"]').textContent.trim()).to.equal('The map could not be loaded');
    await until(() => errors.length > 0, 'a stat-feed-error');
    expect(new URL(errors[0].url).pathname).to.equal('/__lone-bundle/stat-widgets.projections.js');
    expect(errors[0].message).to.contain('stat-widgets.projections.js');
  });
});
