import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { parseDuration, tweenNumber } from '../math/tween.js';

type Host = ReactiveControllerHost & Element;

/**
 * Animates a displayed number towards a target over the host's `--stat-duration` (default
 * 800 ms); at once under `prefers-reduced-motion` or a zero duration. A plain
 * requestAnimationFrame loop (d3-timer's queue added 0.6 KB gzipped for one tween). Each frame
 * shows the number for its time and asks for one host update: a late frame (a slow device)
 * skips ahead rather than catching up, and the host re-renders only the number's text.
 */
export class TweenController implements ReactiveController {
  /** The number to show now. */
  value: number | null = null;
  private frame = 0;
  private to: number | null = null;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /** Shows `to` at once. */
  jump(to: number | null): void {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
    this.value = this.to = to;
  }

  /** Animates from `from` to `to`. */
  animate(from: number, to: number): void {
    const duration = this.duration();
    this.jump(to);
    if (duration <= 0 || from === to) return;
    const at = tweenNumber(from, to);
    const start = performance.now();
    this.value = from;
    const step = (now: number) => {
      const t = (now - start) / duration;
      this.value = at(t);
      this.frame = t < 1 ? requestAnimationFrame(step) : 0;
      this.host.requestUpdate();
    };
    this.frame = requestAnimationFrame(step);
  }

  hostDisconnected(): void {
    // A widget taken off the page finishes at once: no frame callback outlives it.
    if (this.frame) this.jump(this.to);
  }

  private duration(): number {
    if (!this.host.isConnected || matchMedia('(prefers-reduced-motion: reduce)').matches) return 0;
    return parseDuration(getComputedStyle(this.host).getPropertyValue('--stat-duration'), 800);
  }
}
