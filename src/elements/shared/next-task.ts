/**
 * Runs `run` in a task of its own, at once: a timeout set from a timeout waits at least 4 ms after
 * the fifth (HTML's clamp), 60 ms over a county map's slices.
 */
export function nextTask(run: () => void): void {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => {
    port1.close();
    run();
  };
  port2.postMessage(null);
}

/** A promise of `nextTask`: resolved in a task of its own. */
export function afterTask(): Promise<void> {
  return new Promise((resolve) => nextTask(resolve));
}
