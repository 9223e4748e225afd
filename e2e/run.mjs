#!/usr/bin/env node
// `npm run test:e2e [-- <vitest filters>]`: builds the web app (the journeys drive the built app
// that the server serves), then runs the browser journeys. Screenshots: artifacts/screenshots/.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = (cmd, args) => spawnSync(cmd, args, { cwd: root, stdio: 'inherit' }).status ?? 1;

const built = run('npm', ['run', '-s', 'build']);
if (built !== 0) process.exit(built);
process.exit(run('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)]));
