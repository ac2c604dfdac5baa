#!/usr/bin/env node
// Thin stub: all logic lives in dist/cli/main.js, which returns an exit code instead of exiting.
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
