// Every widget on a page served with a strict Content Security Policy (no 'unsafe-inline', no
// 'unsafe-eval', Trusted Types required): test/support/csp-server.mjs serves the page with that
// header; its own script (a file: inline scripts are blocked) records every
// `securitypolicyviolation` before the bundle runs. Plain JS: the page loads dist/ untouched.
import { expect } from '@open-wc/testing';

/** @param {string | (() => string)} [what] a description for the time-out message, or a function that writes one then */
async function until(condition, timeout = 8000, what = 'the condition') {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

describe('a page with a strict Content Security Policy', function () {
  this.timeout(20000);
  let frame;
  let win;
  let doc;
  const widgets = () => [...doc.querySelectorAll('stat-counter, stat-map, stat-timeline')];
  const shadow = (tag) => doc.querySelector(tag).shadowRoot;
  const violations = () => win.cspViolations.map((v) => `${v.directive} ${v.blockedURI} «${v.sample}» at ${v.source}`);

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.cssText = 'width: 700px; height: 1400px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/__csp/page.html';
    document.body.append(frame);
    await loaded;
    win = frame.contentWindow;
    doc = frame.contentDocument;
  });

  after(() => frame.remove());

  it('is served with the policy, and the page script is listening', async () => {
    const response = await fetch('/__csp/page.html');
    const policy = response.headers.get('content-security-policy');
    expect(policy).to.contain("script-src 'self'").and.contain("style-src 'self'").and.contain("require-trusted-types-for 'script'");
    expect(policy).to.not.contain('unsafe');
    expect(Array.isArray(win.cspViolations)).to.equal(true);
  });

  it('every widget gets ready and shows its numbers', async () => {
    await until(
      () => widgets().length === 4 && widgets().every((el) => el.getAttribute('state') === 'ready'),
      10000,
      () =>
        `every widget ready (${widgets()
          .map((el) => `${el.localName}: ${el.getAttribute('state')} ${el.shadowRoot?.textContent.replace(/\s+/g, ' ').slice(0, 80)}`)
          .join('; ')})`,
    );
    const counters = [...doc.querySelectorAll('stat-counter')].map((el) => el.shadowRoot.querySelector('[part=value]').textContent.trim());
    expect(counters).to.deep.equal(['4,308', '1,141']);
    const regions = shadow('stat-map').querySelectorAll('[part~="region"]');
    expect(regions.length).to.be.greaterThan(70);
    const fills = new Set([...regions].map((path) => win.getComputedStyle(path).fill));
    expect(fills.size, 'the map is coloured by class').to.be.greaterThan(2);
    const lines = shadow('stat-timeline').querySelectorAll('[part="line"]');
    expect(lines.length).to.equal(2);
    expect(lines[0].getAttribute('d')).to.match(/^M[\d.]+,[\d.]+L/);
    const plot = shadow('stat-timeline').querySelector('[part="plot"]');
    expect(plot.getBoundingClientRect().height, 'the plot has its height').to.be.greaterThan(100);
  });

  it('the map’s tooltip, the timeline’s readout and event card appear, placed', async () => {
    const map = shadow('stat-map');
    map.querySelector('[part~="region"][data-region="AZ-BA"]').focus();
    await until(() => !!map.querySelector('[part="tooltip"]'), 3000, 'the tooltip');
    const tip = map.querySelector('[part="tooltip"]');
    expect(tip.textContent).to.contain('Baku');
    expect(tip.style.left, 'the tooltip is positioned').to.match(/px$/);

    const timeline = shadow('stat-timeline');
    const plot = timeline.querySelector('[part="plot"]');
    const box = plot.getBoundingClientRect();
    plot.dispatchEvent(new win.PointerEvent('pointermove', { clientX: box.x + box.width / 2, clientY: box.y + 60, bubbles: true, composed: true }));
    await until(() => !!timeline.querySelector('[part="readout"]'), 3000, 'the readout');
    expect(timeline.querySelector('[part="readout"]').style.left).to.match(/px$/);

    const marker = timeline.querySelector('[part="event"]');
    marker.dispatchEvent(new win.PointerEvent('pointerover', { bubbles: true })); // What a pointer moving onto it fires (the markers' listener is on their group).
    await until(() => !!timeline.querySelector('[part="event-card"]'), 3000, 'the event card');
    expect(timeline.querySelector('[part="event-card"]').style.width).to.match(/px$/);
    await frames();
  });

  it('the data menu’s actions, which the drop-in bundle imports from dist/stat-widgets.actions.js, load and download the CSV', async () => {
    const downloads = [];
    const realClick = win.HTMLAnchorElement.prototype.click;
    win.HTMLAnchorElement.prototype.click = function () {
      if (this.download) downloads.push(this.download);
      else realClick.call(this);
    };
    try {
      const counter = shadow('stat-counter');
      counter.querySelector('[part="menu-button"]').click();
      await until(() => !counter.querySelector('[part="menu-list"]').hidden, 3000, 'the menu open');
      [...counter.querySelectorAll('[role="menuitem"]')].find((item) => /CSV/.test(item.textContent)).click();
      await until(() => downloads.length === 1, 5000, 'the download');
      expect(downloads[0]).to.match(/\.csv$/);
      expect(win.performance.getEntriesByType('resource').some((e) => e.name.endsWith('/dist/stat-widgets.actions.js'))).to.equal(true);
    } finally {
      win.HTMLAnchorElement.prototype.click = realClick;
    }
  });

  it('no violation of the policy at any point', () => {
    expect(violations()).to.deep.equal([]);
  });

  it('the policy is enforced: an inline style attribute is reported (so the listener would see the widgets’ own)', async () => {
    const probe = doc.createElement('div');
    probe.setAttribute('style', 'color: red');
    doc.body.append(probe);
    await until(() => win.cspViolations.some((v) => v.directive === 'style-src-attr'), 3000, 'the probe’s violation');
    expect(win.getComputedStyle(probe).color).to.not.equal('rgb(255, 0, 0)');
    probe.remove();
  });

  it('Trusted Types are enforced: a plain string into innerHTML throws, a policy of another name than lit-html is refused', () => {
    expect(() => {
      doc.createElement('div').innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
    expect(() => win.trustedTypes.createPolicy('another', { createHTML: (s) => s })).to.throw();
  });
});
