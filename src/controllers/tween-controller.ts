import { timer, type Timer } from 'd3-timer';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tweenNumber } from '../math/tween.js';

/** Animates a displayed number towards a target, one host update per frame. */
export class TweenController implements ReactiveController {
  /** The number to show now. */
  value: number | null = null;
  private running: Timer | null = null;
  private to: number | null = null;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get animating(): boolean {
    return this.running !== null;
  }

  /** Shows `to` at once. */
  jump(to: number | null): void {
    this.stop();
    this.value = this.to = to;
  }

  /** Animates from `from` to `to` over `duration` ms. */
  animate(from: number, to: number, duration: number): void {
    this.stop();
    if (duration <= 0 || from === to) return this.jump(to);
    const at = tweenNumber(from, to);
    this.value = from;
    this.to = to;
    this.running = timer((elapsed) => {
      const t = elapsed / duration;
      this.value = at(t);
      if (t >= 1) this.stop();
      this.host.requestUpdate();
    });
  }

  hostDisconnected(): void {
    // A widget taken off the page finishes at once: no timer outlives it.
    if (this.running) this.jump(this.to);
  }

  private stop(): void {
    this.running?.stop();
    this.running = null;
  }
}
