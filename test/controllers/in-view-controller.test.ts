// The in-view controller: `seen` once the host comes within its margin of the viewport, one
// shared IntersectionObserver per margin, and whether it was out of view first (`startedAway`).
import { expect, fixture } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { InViewController } from '../../src/controllers/in-view-controller.js';
import { requireVisiblePage, sleep, until } from '../support/dom.js';

class InViewHost extends ReactiveElement {
  static margin = '0px';
  readonly inView = new InViewController(this, InViewHost.margin);
  updates = 0;
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('in-view-host', InViewHost);

const BLOCK = 'style="display:block;height:40px"';

before(requireVisiblePage);
afterEach(() => window.scrollTo(0, 0));

describe('InViewController', () => {
  it('in view at load: seen, with an update, not startedAway', async () => {
    const el = await fixture<InViewHost>(`<in-view-host ${BLOCK}></in-view-host>`);
    await until(() => el.inView.seen, 3000, 'seen');
    await el.updateComplete;
    expect(el.inView.startedAway).to.equal(false);
    expect(el.updates).to.equal(2); // The first update, then the one asked for when seen.
  });

  it('below the fold: not seen until scrolled to; then seen and startedAway', async () => {
    const root = await fixture<HTMLElement>(`<div><div style="height:3000px"></div><in-view-host ${BLOCK}></in-view-host></div>`);
    const el = root.querySelector<InViewHost>('in-view-host')!;
    await until(() => el.inView.startedAway, 3000, 'the first observation');
    await sleep(100);
    expect(el.inView.seen).to.equal(false);
    el.scrollIntoView();
    await until(() => el.inView.seen, 3000, 'seen once scrolled to');
    expect(el.inView.startedAway).to.equal(true);
  });

  it('one observer per margin, for every host that uses it', async () => {
    const real = window.IntersectionObserver;
    let made = 0;
    window.IntersectionObserver = new Proxy(real, {
      construct(target, args, newTarget) {
        made++;
        return Reflect.construct(target, args, newTarget) as object;
      },
    });
    try {
      InViewHost.margin = '123px';
      await fixture(`<div>${`<in-view-host ${BLOCK}></in-view-host>`.repeat(5)}</div>`);
      expect(made).to.equal(1);
    } finally {
      window.IntersectionObserver = real;
      InViewHost.margin = '0px';
    }
  });

  it('without IntersectionObserver (an old browser): seen at once', async () => {
    const real = window.IntersectionObserver;
    (window as { IntersectionObserver?: unknown }).IntersectionObserver = undefined;
    try {
      const root = await fixture<HTMLElement>(`<div><div style="height:3000px"></div><in-view-host ${BLOCK}></in-view-host></div>`);
      expect(root.querySelector<InViewHost>('in-view-host')!.inView.seen).to.equal(true);
    } finally {
      window.IntersectionObserver = real;
    }
  });

  it('a host removed before it was seen is no longer watched; put back, it is again', async () => {
    const root = await fixture<HTMLElement>(`<div><div style="height:3000px"></div><in-view-host ${BLOCK}></in-view-host></div>`);
    const el = root.querySelector<InViewHost>('in-view-host')!;
    await until(() => el.inView.startedAway, 3000, 'the first observation');
    el.remove();
    window.scrollTo(0, 3000);
    await sleep(100);
    expect(el.inView.seen, 'removed: not watched').to.equal(false);
    window.scrollTo(0, 0);
    root.prepend(el);
    await until(() => el.inView.seen, 3000, 'seen once back in view');
  });
});
