#!/usr/bin/env node
// dyad command-line entry: runs the compiled CLI.
import { main } from '../dist/cli/index.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`dyad: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
