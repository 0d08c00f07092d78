// Runs the CLI from source (node --import tsx test/helpers/dyad-dev.ts …), for end-to-end tests without a build.
import { main } from '../../src/cli/index.js';

main(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`dyad: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
