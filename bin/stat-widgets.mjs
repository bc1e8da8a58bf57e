#!/usr/bin/env node
// `npx stat-widgets feed build | check | regions`: the feed tools, built into dist/cli/ by
// `npm run build` (scripts/build-cli.mjs). See the README, "Feed tools (command line)".
import { main } from '../dist/cli/main.js';

// exitCode rather than exit(): a long report on a pipe is written out before Node ends.
process.exitCode = await main(process.argv.slice(2));
