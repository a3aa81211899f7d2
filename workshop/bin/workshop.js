#!/usr/bin/env node
// Launcher for `npx workshop`: runs the TypeScript CLI through tsx, so there is no build step.
import { register } from 'tsx/esm/api';

register();
// A command that runs the learner's code locally starts its supervised worker first, so that it loads while
// the CLI does (see src/cli/early-worker.ts).
const { startEarlyWorker } = await import('../src/cli/early-worker.ts');
startEarlyWorker(process.argv.slice(2), process.env);
await import('../src/cli/main.ts');
