// The resize controller: the host's content width in whole pixels, and one animation frame for
// every host measured since the last one.
import { expect, fixture } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { ResizeController } from '../../src/controllers/resize-controller.js';
import { requireVisiblePage, sleep, until } from '../support/dom.js';

class ResizeHost extends ReactiveElement {
  readonly resize = new ResizeController(this);
  updates = 0;
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('resize-host', ResizeHost);

before(requireVisiblePage);

describe('ResizeController', () => {
  it('measures the content box in whole pixels (padding left out), and updates the host', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:300.7px"><resize-host style="display:block;padding:0 10px"></resize-host></div>`);
    const el = root.querySelector<ResizeHost>('resize-host')!;
    await until(() => el.resize.width > 0, 3000, 'a measurement');
    expect(el.resize.width).to.equal(280);
    // The measurement's own update comes in the frame after it: counted before the resize, not with it.
    await new Promise((frame) => requestAnimationFrame(frame));
    await el.updateComplete;
    const updates = el.updates;
    root.style.width = '400px';
    await until(() => el.resize.width === 380, 3000, 'the new width');
    await until(() => el.updates > updates, 3000, 'an update, in the next frame');
    await sleep(50);
    expect(el.updates).to.equal(updates + 1);
  });

  it('hosts resized together are updated in one animation frame', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:300px">${'<resize-host style="display:block"></resize-host>'.repeat(8)}</div>`);
    const hosts = [...root.querySelectorAll<ResizeHost>('resize-host')];
    await until(() => hosts.every((el) => el.resize.width === 300), 3000, 'every host measured');
    const raf = window.requestAnimationFrame;
    let asked = 0;
    window.requestAnimationFrame = (callback) => (asked++, raf(callback));
    try {
      root.style.width = '500px';
      await until(() => hosts.every((el) => el.resize.width === 500), 3000, 'every host measured again');
      await sleep(50);
    } finally {
      window.requestAnimationFrame = raf;
    }
    expect(asked, 'frames asked for').to.equal(1);
  });

  it('a hidden host (width 0) keeps its last width', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:320px"><resize-host style="display:block"></resize-host></div>`);
    const el = root.querySelector<ResizeHost>('resize-host')!;
    await until(() => el.resize.width === 320, 3000, 'a measurement');
    root.style.display = 'none';
    await sleep(100);
    expect(el.resize.width).to.equal(320);
  });

  it('a host removed with a measurement pending leaves no frame behind', async () => {
    const root = await fixture<HTMLElement>(`<div style="width:300px"><resize-host style="display:block"></resize-host></div>`);
    const el = root.querySelector<ResizeHost>('resize-host')!;
    await until(() => el.resize.width === 300, 3000, 'a measurement');
    const caf = window.cancelAnimationFrame;
    const cancelled: number[] = [];
    window.cancelAnimationFrame = (handle) => (cancelled.push(handle), caf(handle));
    try {
      el.resize.measured(200);
      const updates = el.updates;
      el.remove();
      await sleep(50);
      expect(cancelled.length, 'the shared frame cancelled').to.equal(1);
      expect(el.updates).to.equal(updates);
    } finally {
      window.cancelAnimationFrame = caf;
    }
  });
});
