#!/usr/bin/env node
// `node bench/maxrss.mjs <out-file> <script> [args…]`: runs the Node script in this process and, on
// exit, writes its peak resident set size in KB (process.resourceUsage().maxRSS) to <out-file>.
// bench/run.mjs uses it when GNU time (/usr/bin/time -f %M) is not installed.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [out, script, ...args] = process.argv.slice(2);
if (!out || !script) {
  process.stderr.write('usage: node bench/maxrss.mjs <out-file> <script> [args…]\n');
  process.exit(2);
}
process.on('exit', () => writeFileSync(out, `${process.resourceUsage().maxRSS}\n`));
process.argv = [process.argv[0], path.resolve(script), ...args];
await import(pathToFileURL(path.resolve(script)).href);
