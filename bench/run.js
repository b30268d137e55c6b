/**
 * `npm run bench`: the browser benchmark of the built site (issue 5). Not a test: it prints
 * figures against targets and exits 0 whatever they are; it exits non-zero only when the
 * harness itself fails. See bench/README.md for what each figure means.
 *
 *   npm run build && npm run bench                       # everything: ~10-15 min on 2 cores
 *   npm run bench -- --quick                             # 1,000 and 10,000 events, 3 runs
 *   npm run bench -- --sizes 10000 --runs 5 --no-compare --no-cli
 *   npm run bench -- --lighthouse                        # adds Lighthouse (mobile) on /
 *
 * Options: --sizes a,b,c  --runs n  --quick  --json file  --no-compare  --no-cli  --lighthouse
 *          --build dir  --seed n  --limit seconds (comparisons, default 60)  --profile
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { launch } from '../tests/e2e/browser.js';
import { timeCommandLine } from './lib/command-line.js';
import { prepareDatasets } from './lib/datasets.js';
import { runLighthouse } from './lib/lighthouse.js';
import { measureComparison, measureOurs } from './lib/measure.js';
import { options } from './lib/options.js';
import { DATA, RESULTS, ROOT } from './lib/paths.js';
import { profileExplorer } from './lib/profile.js';
import { report } from './lib/report.js';
import { startServer } from './lib/server.js';
import { initialAssets, fileSize } from './lib/sizes.js';
import { fmt } from './lib/stats.js';

/**
 * Progress on stderr, so stdout carries only the report.
 *
 * @param {string} message
 */
function progress(message) {
	process.stderr.write(`[bench] ${message}\n`);
}

/** Run everything and print the report. */
async function main() {
	const opts = options(process.argv.slice(2));
	if (!existsSync(join(opts.build, 'index.html'))) {
		console.error(
			`No built site at ${relative(process.cwd(), opts.build) || '.'}/index.html: run \`npm run build\` first` +
				' (or point at another build with --build <dir>).'
		);
		process.exit(1);
	}
	mkdirSync(DATA, { recursive: true });
	const started = new Date();
	progress(`datasets: ${opts.sizes.join(', ')} events, seed ${opts.seed}`);
	const datasets = prepareDatasets(opts.sizes, opts.seed);

	const server = await startServer({
		build: opts.build,
		mounts: {
			'/bench-data/': DATA,
			'/bench-pages/': join(ROOT, 'bench', 'pages'),
			'/bench-lib/vis-timeline/': join(ROOT, 'node_modules', 'vis-timeline', 'standalone', 'umd'),
			'/bench-lib/timelinejs/': join(ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist'),
			'/bench-lib/leaflet/': join(ROOT, 'node_modules', 'leaflet', 'dist')
		}
	});
	await server.warm(
		opts.sizes.flatMap((n) => [`/bench-data/synth-${n}.json`, `/bench-data/items-${n}.json`])
	);
	const browser = await launch();
	const machine = {
		date: started.toISOString(),
		cpus: cpus().length,
		cpuModel: cpus()[0]?.model ?? '',
		memoryGb: totalmem() / 2 ** 30,
		chromium: browser.version(),
		node: process.version,
		platform: `${process.platform} ${process.arch}`,
		/** 1-minute load average at the start (and, below, the end): other work on the machine. */
		loadStart: loadavg()[0],
		loadEnd: NaN
	};
	const buildName = opts.build.startsWith(ROOT) ? relative(ROOT, opts.build) || '.' : opts.build;
	/** @type {Record<string, any>} */
	const results = { machine, options: { ...opts, build: buildName }, sizes: {} };
	/** Libraries that ran out of time: no point trying them on as much or more data. */
	const gaveUp = new Set();
	try {
		for (const info of datasets) {
			const n = info.size;
			const items = /** @type {any[]} */ (
				JSON.parse(readFileSync(join(DATA, `items-${n}.json`), 'utf8'))
			);
			const located = new Set(items.filter((i) => i[4] === 1).map((i) => i[0]));
			/** @type {any[]} */
			const ours = [];
			for (let i = 0; i < opts.runs; i++) {
				const r = await measureOurs(browser, server.url, info, located, { timeoutMs: 120_000 });
				if (r.error) throw new Error(`${n} events, run ${i + 1}: ${r.error}`);
				ours.push(r);
				progress(
					`${fmt(n)} events, run ${i + 1}/${opts.runs}: drawn ${fmt(r.load.responsive)} ms, ` +
						`heap ${fmt(r.heap.used / 1e6)} MB, select ${fmt(r.selection.mapToTimeline.ms, 1)}/${fmt(r.selection.timelineToMap.ms, 1)} ms (at once ${fmt(r.selection.mapToTimelineAtOnce?.ms, 1)})`
				);
			}
			/** @type {Record<string, any[]>} */
			const comparisons = {};
			if (opts.compare) {
				for (const which of /** @type {const} */ (['vis-naive', 'timelinejs', 'floor'])) {
					comparisons[which] = [];
					if (gaveUp.has(which)) {
						comparisons[which].push({ dnf: true, skipped: true });
						continue;
					}
					for (let i = 0; i < opts.runs; i++) {
						const r = await measureComparison(browser, server.url, which, n, {
							limitMs: opts.limitMs,
							frames: true
						});
						comparisons[which].push(r);
						progress(
							`${fmt(n)} events, ${which} run ${i + 1}/${opts.runs}: ` +
								(r.dnf
									? `did not finish in ${opts.limitMs / 1000} s`
									: r.error
										? `error ${r.error}`
										: `${fmt(r.painted)} ms`)
						);
						if (r.dnf) {
							gaveUp.add(which);
							break;
						}
						if (r.error) break;
					}
				}
			}
			/** @type {any} */
			let profile = null;
			if (opts.profile) {
				progress(`${fmt(n)} events: CPU profiles`);
				profile = await profileExplorer(browser, server.url, n, RESULTS);
			}
			results.sizes[n] = { dataset: info, ours, comparisons, profile };
		}
	} finally {
		await browser.close();
	}

	const bundle = initialAssets(opts.build);
	/** Everything fetched before the first size was drawn, from resource timing. */
	const firstLoad = results.sizes[opts.sizes[0]]?.ours?.[0]?.load?.assets ?? [];
	const beforeDrawn = [...new Set(/** @type {string[]} */ (firstLoad))]
		.filter((p) => existsSync(join(opts.build, p)))
		.map((p) => fileSize(opts.build, p));
	results.bundle = { ...bundle, beforeDrawn };

	if (opts.lighthouse) {
		// Its simulated throttling scales what this CPU measured, so scores move with the machine's
		// load: the run with the median score of three is reported.
		/** @type {any[]} */
		const lh = [];
		for (let i = 0; i < 3; i++) {
			progress(`Lighthouse (mobile preset) on /, run ${i + 1}/3`);
			try {
				lh.push(await runLighthouse(server.url));
			} catch (error) {
				lh.push({ error: String(error) });
			}
		}
		const ok = lh.filter((r) => !r.error).sort((a, b) => a.score - b.score);
		results.lighthouse = ok.length
			? { ...ok[Math.floor((ok.length - 1) / 2)], scores: lh.map((r) => r.score ?? r.error) }
			: lh[0];
	}
	await server.close();
	if (opts.cli) {
		progress('command line: node bench/cli-import.js (100,000 rows)');
		results.cli = timeCommandLine();
	}
	results.seconds = (Date.now() - started.getTime()) / 1000;
	machine.loadEnd = loadavg()[0];

	report(results, opts);
	mkdirSync(dirname(opts.json), { recursive: true });
	writeFileSync(
		opts.json,
		JSON.stringify(results, (k, v) => (k === 'assets' ? undefined : v), '\t')
	);
	console.log(`\nJSON: ${relative(process.cwd(), opts.json)}  (${fmt(results.seconds)} s in all)`);
	if (results.cli && !results.cli.ok) process.exitCode = 1;
}

main().catch((error) => {
	console.error(error?.stack ?? String(error));
	process.exit(2);
});
