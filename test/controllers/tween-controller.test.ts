// The tween controller: a number towards a target over --stat-duration, one host update per
// animation frame, skipping ahead (not catching up) when frames come late. Frames are driven by
// hand: counted, never timed.
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { ReactiveElement } from 'lit';
import { TweenController } from '../../src/controllers/tween-controller.js';
import { tweenNumber } from '../../src/math/tween.js';

class TweenHost extends ReactiveElement {
  readonly tween = new TweenController(this);
  updates = 0;
  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.updates++;
  }
}
customElements.define('tween-host', TweenHost);

/** requestAnimationFrame and performance.now by hand: `frame(at)` runs the waiting callbacks at time `at`. */
function frames(start = 1000) {
  const { requestAnimationFrame: raf, cancelAnimationFrame: caf } = window;
  const now = performance.now;
  let waiting = new Map<number, FrameRequestCallback>();
  let id = 0;
  const cancelled: number[] = [];
  window.requestAnimationFrame = (callback) => (waiting.set(++id, callback), id);
  window.cancelAnimationFrame = (handle) => void (cancelled.push(handle), waiting.delete(handle));
  performance.now = () => start;
  return {
    cancelled,
    get pending() {
      return waiting.size;
    },
    frame(at: number) {
      const run = waiting;
      waiting = new Map();
      run.forEach((callback) => callback(at));
    },
    restore() {
      window.requestAnimationFrame = raf;
      window.cancelAnimationFrame = caf;
      performance.now = now;
    },
  };
}

async function host(duration = '100ms'): Promise<TweenHost> {
  const el = await fixture<TweenHost>(`<tween-host style="--stat-duration: ${duration}"></tween-host>`);
  await el.updateComplete;
  return el;
}

describe('TweenController', () => {
  let clock: ReturnType<typeof frames>;
  afterEach(() => clock?.restore());

  it('jump shows a number at once', async () => {
    const el = await host();
    el.tween.jump(42);
    expect(el.tween.value).to.equal(42);
    el.tween.jump(null);
    expect(el.tween.value).to.equal(null);
  });

  it('shows the number for each frame’s time, with one host update per frame', async () => {
    const el = await host();
    clock = frames(1000);
    el.tween.animate(0, 100);
    expect(el.tween.value, 'starts where it comes from').to.equal(0);
    const at = tweenNumber(0, 100);
    for (const [time, t] of [
      [1025, 0.25],
      [1050, 0.5],
      [1075, 0.75],
    ] as const) {
      const before = el.updates;
      clock.frame(time);
      await el.updateComplete;
      expect(el.tween.value).to.equal(at(t));
      expect(el.updates - before, `updates in the frame at ${t}`).to.equal(1);
      expect(clock.pending, 'the next frame asked for').to.equal(1);
    }
    clock.frame(1100);
    await el.updateComplete;
    expect(el.tween.value).to.equal(100);
    expect(clock.pending, 'done: no frame left').to.equal(0);
  });

  it('a late frame skips ahead to its time, not through the frames it missed', async () => {
    const el = await host();
    clock = frames(1000);
    el.tween.animate(0, 100);
    const before = el.updates;
    clock.frame(1010);
    await el.updateComplete;
    clock.frame(1090); // Eight frames late.
    await el.updateComplete;
    expect(el.tween.value).to.equal(tweenNumber(0, 100)(0.9));
    expect(el.updates - before, 'one update per frame run').to.equal(2);
    clock.frame(5000); // Far past the end: the target, and nothing after it.
    await el.updateComplete;
    expect(el.tween.value).to.equal(100);
    expect(clock.pending).to.equal(0);
  });

  it('at once with a zero duration, and under prefers-reduced-motion', async () => {
    const zero = await host('0s');
    clock = frames();
    zero.tween.animate(0, 100);
    expect(zero.tween.value).to.equal(100);
    expect(clock.pending).to.equal(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const reduced = await host('100ms');
      reduced.tween.animate(0, 100);
      expect(reduced.tween.value).to.equal(100);
      expect(clock.pending).to.equal(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('jump and removal end a tween: its frame is cancelled, the target shown', async () => {
    const el = await host();
    clock = frames(1000);
    el.tween.animate(0, 100);
    expect(clock.pending).to.equal(1);
    el.tween.jump(7);
    expect(clock.pending).to.equal(0);
    expect(el.tween.value).to.equal(7);

    el.tween.animate(0, 100);
    clock.frame(1050);
    el.remove();
    expect(clock.pending, 'no frame outlives the element').to.equal(0);
    expect(el.tween.value).to.equal(100);
  });
});
