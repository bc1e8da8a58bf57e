// Where the package's files are (src/feed/package-url.ts): the one module that knows dist/'s layout.
import { expect } from '@open-wc/testing';
import { distFolderUrl, packageFileUrl, scriptUrl } from '../../src/feed/package-url.js';

describe('package URLs', () => {
  it('knows where this code was loaded from (src/ in tests)', () => {
    expect(scriptUrl).to.equal(new URL('/src/feed/package-url.ts', location.href).href);
    expect(distFolderUrl()).to.equal(new URL('/dist/', location.href).href);
  });

  it('finds dist/ from any file under it, or from src/ beside it; nothing from elsewhere or outside http(s)', () => {
    expect(distFolderUrl('https://unpkg.com/stat-widgets@1.0.0/dist/cdn/chunks/core-x1.js')).to.equal('https://unpkg.com/stat-widgets@1.0.0/dist/');
    expect(distFolderUrl('https://example.org/dist/stat-widgets.actions.js')).to.equal('https://example.org/dist/');
    expect(distFolderUrl('http://127.0.0.1:8000/src/embed/snippet.ts')).to.equal('http://127.0.0.1:8000/dist/');
    expect(distFolderUrl('https://example.org/js/widgets.js')).to.equal('');
    expect(distFolderUrl('file:///srv/stat-widgets/dist/embed/snippet.js')).to.equal('');
  });

  it('finds a package file under dist/ or src/, else beside the script', () => {
    expect(packageFileUrl('geo/x.json', 'https://example.org/dist/cdn/chunks/a.js')).to.equal('https://example.org/dist/geo/x.json');
    expect(packageFileUrl('geo/x.json', 'http://localhost/src/feed/geo.ts')).to.equal('http://localhost/src/geo/x.json');
    expect(packageFileUrl('geo/x.json', 'https://example.org/js/widgets.js')).to.equal('https://example.org/js/geo/x.json');
  });
});
