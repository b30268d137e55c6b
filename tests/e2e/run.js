#!/usr/bin/env node
/**
 * Entry point of `npm run test:e2e`: check the build and the browser up front (with messages that
 * say what to do), then run tests/e2e/*.test.js one file at a time with Node's test runner.
 *
 * Usage:
 *   node tests/e2e/run.js                                  all browser tests
 *   node tests/e2e/run.js tests/e2e/smoke.test.js          some files (paths or bare names: smoke)
 *   node tests/e2e/run.js --test-name-pattern=explorer     flags starting with -- go to node --test
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './browser.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '../..');
/**
 * Per-test (and per-file) limit, so a hung page fails the run instead of stalling CI. The leak
 * test (200 mounts of the timeline and map) and the monkey test take about two minutes on two
 * shared cores.
 */
const TEST_TIMEOUT_MS = 300_000;

/**
 * @param {string} message
 * @returns {never}
 */
function fail(message) {
	console.error(`\ntest:e2e: ${message}\n`);
	process.exit(1);
}

if (!existsSync(join(ROOT, 'build', 'index.html'))) {
	fail('build/index.html is missing: run `npm run build` first (the browser tests use the build).');
}

let chromePath;
try {
	chromePath = findChromium();
} catch (error) {
	fail(error instanceof Error ? error.message : String(error));
}

const args = process.argv.slice(2);
const flags = args.filter((arg) => arg.startsWith('--'));
const wanted = args.filter((arg) => !arg.startsWith('--'));

const all = readdirSync(HERE)
	.filter((name) => name.endsWith('.test.js'))
	.sort()
	.map((name) => join(HERE, name));
const files = wanted.length
	? wanted.map((want) => {
			const asPath = resolve(want);
			if (existsSync(asPath)) return asPath;
			const byName = all.find((file) => file.endsWith(`/${want}.test.js`));
			return (
				byName ??
				fail(
					`no e2e test file matches "${want}" (have: ${all.map((file) => relative(ROOT, file)).join(', ')})`
				)
			);
		})
	: all;
if (files.length === 0) fail(`no *.test.js files in ${relative(ROOT, HERE)}`);

console.log(`test:e2e: Chromium at ${chromePath}; ${files.length} file(s)`);

const child = spawn(
	process.execPath,
	[
		'--test',
		'--test-concurrency=1',
		`--test-timeout=${TEST_TIMEOUT_MS}`,
		...flags,
		...files.map((file) => relative(ROOT, file))
	],
	{ cwd: ROOT, stdio: 'inherit', env: { ...process.env, CHROME_PATH: chromePath } }
);

for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) {
	process.on(signal, () => child.kill(signal));
}
child.on('error', (error) => fail(`could not start node --test: ${error.message}`));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
