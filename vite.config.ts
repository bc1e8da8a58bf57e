import { defineConfig } from 'vite';

/** Runtime dependencies stay imports in the ES build (an app bundles them once); the IIFE carries them. */
const dependency = /^(lit|@lit\/|d3-)/;

/** Public ES entry points: `package.json` `exports` maps onto these files. */
const entries = {
  index: 'src/index.ts',
  define: 'src/all.ts',
  feed: 'src/elements/feed/stat-feed.ts',
  'feed/define': 'src/elements/feed/define.ts',
  counter: 'src/elements/counter/stat-counter.ts',
  'counter/define': 'src/elements/counter/define.ts',
};

export default defineConfig(({ mode }) =>
  mode === 'iife'
    ? {
        // The drop-in bundle for a plain <script> tag: everything in one file, one global.
        build: {
          outDir: 'dist',
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          lib: {
            entry: 'src/all.ts',
            name: 'StatWidgets',
            formats: ['iife'],
            fileName: () => 'stat-widgets.iife.js',
          },
        },
      }
    : {
        build: {
          outDir: 'dist',
          emptyOutDir: true,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          lib: { entry: entries, formats: ['es'] },
          rolldownOptions: {
            external: (id: string) => dependency.test(id),
            // Vite keeps whitespace in ES library output; these files are what pages load, so minify fully.
            output: { chunkFileNames: 'chunks/[name]-[hash].js', minify: true },
          },
        },
      },
);
