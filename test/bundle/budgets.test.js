// Byte budgets of the built files (`npm test` builds first). Sizes are gzip level 9, each
// file compressed on its own, as a browser fetches them.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const KB = 1024;

async function sizeOf(file, closure = false) {
  return executeServerCommand('byte-sizes', { file, closure });
}

describe('byte budgets', () => {
  // Issue 2 asks for 11 KB. Measured 2026-11-23: 15.5 KB, of which Lit with @lit/context is
  // 6.3 KB and the feed validator 2.1 KB; stubbing the whole validator out still leaves 12.7 KB.
  // The budget below holds what we have so it cannot grow unnoticed; the gap is reported on the issue.
  it('a page with only a counter loads at most 16 KB gzipped of ES modules (Lit and the feed layer included)', async () => {
    const { gzip, files } = await sizeOf('dist/cdn/counter/define.js', true);
    expect(files.length).to.be.greaterThan(0);
    expect(gzip, `counter-only ES path: ${files.join(', ')}`).to.be.at.most(16 * KB);
  });

  it('the drop-in IIFE bundle is at most 18 KB gzipped', async () => {
    const { gzip } = await sizeOf('dist/stat-widgets.iife.js');
    expect(gzip).to.be.at.most(18 * KB);
  });

  it('the counter-only ES path does not carry the whole library', async () => {
    const counter = await sizeOf('dist/cdn/counter/define.js', true);
    const everything = await sizeOf('dist/cdn/define.js', true);
    expect(counter.gzip).to.be.lessThan(everything.gzip);
  });
});
