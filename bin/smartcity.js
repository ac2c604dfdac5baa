#!/usr/bin/env node
// Thin stub: all logic lives in dist/cli/main.js, which returns an exit code instead of exiting.
import { run } from '../dist/cli/main.js';

// `smartcity summary | head`: a reader that stops early is not an error worth a stack trace, and a
// build whose progress lines nobody reads any more still finishes and writes its files.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

process.exitCode = await run(process.argv.slice(2));
