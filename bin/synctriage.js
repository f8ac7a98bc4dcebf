#!/usr/bin/env node
// Thin shim: everything lives in the compiled CLI (dist/), built by `npm run build`.
let cli;
try {
  cli = await import('../dist/src/cli/main.js');
} catch (err) {
  if (err?.code === 'ERR_MODULE_NOT_FOUND' && String(err.message).includes('dist')) {
    process.stderr.write('synctriage: not built yet: run `npm ci && npm run build` in the project folder\n');
    process.exit(2);
  }
  throw err;
}
process.exitCode = await cli.main(process.argv);
