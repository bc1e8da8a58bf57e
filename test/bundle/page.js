// Helpers for the tests of the built bundles: plain JS, so nothing between the page and dist/.

/** Loads a classic script, as a web editor's <script src> does. */
export function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Waits until `condition()` holds, polling every 20 ms. */
export async function until(condition, what, timeout = 5000) {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
