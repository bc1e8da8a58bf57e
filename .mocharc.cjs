// mocha, for the tests that run in Node: TypeScript through tsx; fetch() of a repository file
// answered as the browser tests' server would. No `spec` here (mocha would add it to the files
// named on the command line): `npx mocha test/math/memo.test.ts` runs one file, and
// scripts/test.mjs runs them all (test/support/test-files.cjs says which).
module.exports = {
  'node-option': ['import=tsx'],
  require: ['test/support/node-static-fetch.mjs'],
  // The WordPress tests start MariaDB and PHP and drive the block editor: steps of up to two minutes.
  timeout: 120000,
};
