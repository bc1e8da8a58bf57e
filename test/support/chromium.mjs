// The system Chromium as the tests, the WordPress checks and the benchmarks start it: Debian's
// package (no tool downloads a browser here), headless, as root (--no-sandbox), with nothing of
// its own reaching for the network (without these flags it looks up Google's hosts at start).
import puppeteer from 'puppeteer-core';

export const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A fresh headless system Chromium (puppeteer-core). */
export function launchChromium() {
  return puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}
