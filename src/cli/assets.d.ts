// The CLI bundle embeds text files (the geometry's region table): esbuild's `text` loader
// turns `import table from '../geo/regions.csv'` into the file's text (scripts/build-cli.mjs).
declare module '*.csv' {
  const text: string;
  export default text;
}
