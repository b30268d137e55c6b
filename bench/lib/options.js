/**
 * The benchmark's command line (`npm run bench -- …`), with its defaults.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { RESULTS, ROOT } from './paths.js';

/**
 * The options of a run. `builds`: the built sites to measure, in the order given (`--build`
 * repeated); the first is the baseline the others are compared with. `smoke`: a check that the
 * harness still works (`npm test`), which fails when a figure could not be measured.
 * `timeoutMs`: how long a page may take to be drawn before the run fails.
 *
 * @typedef {{ sizes: number[], runs: number, json: string, compare: boolean, cli: boolean,
 *   lighthouse: boolean, builds: string[], seed: number, limitMs: number, profile: boolean,
 *   smoke: boolean, timeoutMs: number }} Options
 */

/**
 * The command line, with the defaults. `--help` prints the usage and exits.
 *
 * @param {string[]} argv
 * @returns {Options}
 */
export function options(argv) {
	const { values } = parseArgs({
		args: argv,
		strict: true,
		options: {
			sizes: { type: 'string' },
			runs: { type: 'string' },
			quick: { type: 'boolean' },
			json: { type: 'string' },
			'no-compare': { type: 'boolean' },
			'no-cli': { type: 'boolean' },
			lighthouse: { type: 'boolean' },
			'no-lighthouse': { type: 'boolean' },
			build: { type: 'string', multiple: true },
			seed: { type: 'string' },
			limit: { type: 'string' },
			profile: { type: 'boolean' },
			smoke: { type: 'boolean' },
			help: { type: 'boolean', short: 'h' }
		}
	});
	if (values.help) {
		// The usage is run.js's header comment.
		console.log(readFileSync(join(ROOT, 'bench', 'run.js'), 'utf8').split('*/')[0]);
		process.exit(0);
	}
	const smoke = Boolean(values.smoke);
	if (smoke && values.lighthouse) throw new Error('--smoke runs no Lighthouse: drop --lighthouse');
	const sizes = (
		values.sizes ?? (smoke ? '1000' : values.quick ? '1000,10000' : '1000,10000,100000')
	)
		.split(',')
		.map((s) => Number(s.trim().replace(/_/g, '')));
	if (sizes.some((n) => !Number.isInteger(n) || n < 1))
		throw new Error(`bad --sizes: ${values.sizes}`);
	const runs = Number(values.runs ?? (smoke ? 1 : values.quick ? 3 : 5));
	if (!Number.isInteger(runs) || runs < 1) throw new Error(`bad --runs: ${values.runs}`);
	const limit = Number(values.limit ?? 60);
	if (!(limit > 0)) throw new Error(`bad --limit: ${values.limit}`);
	// Paths are the user's, relative to where npm was run from.
	const cwd = process.env.INIT_CWD ?? process.cwd();
	const builds = (values.build ?? []).map((dir) => resolve(cwd, dir));
	if (builds.length > 26)
		throw new Error(`at most 26 builds (labelled A to Z), not ${builds.length}`);
	return {
		sizes,
		runs,
		// A smoke run leaves the last real results alone.
		json: values.json
			? resolve(cwd, values.json)
			: smoke
				? join(tmpdir(), 'chronoatlas-bench-smoke.json')
				: join(RESULTS, 'latest.json'),
		compare: !values['no-compare'] && !smoke,
		cli: !values['no-cli'] && !smoke,
		// On in a full run (the embed's target is a Lighthouse score); `--lighthouse` is kept as a
		// no-op for old command lines.
		lighthouse: !values['no-lighthouse'] && !smoke,
		builds: builds.length ? builds : [join(ROOT, 'build')],
		seed: Number(values.seed ?? 1),
		limitMs: limit * 1000,
		profile: Boolean(values.profile),
		smoke,
		// A smoke run on 1,000 events is drawn in about a second: a minute means it never will be.
		timeoutMs: smoke ? 60_000 : 120_000
	};
}
