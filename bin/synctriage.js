#!/usr/bin/env node
// Thin shim: everything lives in the compiled CLI.
import { main } from '../dist/src/cli/main.js';

main(process.argv).then((code) => {
  process.exitCode = code;
});
