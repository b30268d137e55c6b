/**
 * `npm run bench`: the browser benchmark of the built site (issue 5). Not a test: it prints
 * figures against targets and exits 0 whatever they are; it exits non-zero only when the
 * harness itself fails. See bench/README.md for what each figure means.
 *
 *   npm run build && npm run bench                       # everything: ~10-15 min on 2 cores
 *   npm run bench -- --quick                             # 1,000 and 10,000 events, 3 runs
 *   npm run bench -- --sizes 10000 --runs 5 --no-compare --no-cli
 *   npm run bench -- --no-lighthouse                     # without Lighthouse (mobile) on / and /embed
 *   npm run bench:embed [-- --lighthouse]                # only /embed: sizes per view (and Lighthouse)
 *   npm run bench -- --build ../old/build --build build  # two builds side by side, alternated
 *   npm run bench:smoke                                  # does the harness still work? (npm test)
 *
 * Options: --sizes a,b,c  --runs n  --quick  --json file  --no-compare  --no-cli  --no-lighthouse
 *          --build dir (repeatable)  --seed n  --limit seconds (comparisons, default 60)
 *          --profile  --smoke (1,000 events, one run, nothing else; fails on a missing figure)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { launch } from '../tests/e2e/browser.js';
import { timeCommandLine } from './lib/command-line.js';
import { prepareDatasets } from './lib/datasets.js';
import { embedTable, measureEmbedSizes } from './lib/embed-sizes.js';
import { runLighthouse } from './lib/lighthouse.js';
import { startStaticHost } from './lib/static-host.js';
import { measureComparison, measureOurs } from './lib/measure.js';
import { unmeasured } from './lib/notes.js';
import { options } from './lib/options.js';
import { DATA, RESULTS, ROOT } from './lib/paths.js';
import { profileExplorer } from './lib/profile.js';
import { report } from './lib/report.js';
import { resultsJson } from './lib/results-json.js';
import { startServer } from './lib/server.js';
import { initialAssets, fileSize } from './lib/sizes.js';
import { fmt } from './lib/stats.js';

/** What every server serves beside its build: the datasets, the comparison pages, their libraries. */
const MOUNTS = Object.freeze({
	'/bench-data/': DATA,
	'/bench-pages/': join(ROOT, 'bench', 'pages'),
	'/bench-lib/vis-timeline/': join(ROOT, 'node_modules', 'vis-timeline', 'standalone', 'umd'),
	'/bench-lib/timelinejs/': join(ROOT, 'node_modules', '@knight-lab', 'timelinejs', 'dist'),
	'/bench-lib/leaflet/': join(ROOT, 'node_modules', 'leaflet', 'dist')
});

/**
 * Progress on stderr, so stdout carries only the report.
 *
 * @param {string} message
 */
function progress(message) {
	process.stderr.write(`[bench] ${message}\n`);
}

/**
 * A build's name in the report: relative to the repository when inside it.
 *
 * @param {string} dir
 * @returns {string}
 */
function buildName(dir) {
	return dir.startsWith(ROOT) ? relative(ROOT, dir) || '.' : dir;
}

/** Run everything and print the report. */
async function main() {
	const opts = options(process.argv.slice(2));
	for (const dir of opts.builds) {
		if (existsSync(join(dir, 'index.html'))) continue;
		console.error(
			`No built site at ${relative(process.cwd(), dir) || '.'}/index.html: run \`npm run build\` first` +
				' (or point at another build with --build <dir>).'
		);
		process.exit(1);
	}
	mkdirSync(DATA, { recursive: true });
	const started = new Date();
	progress(`datasets: ${opts.sizes.join(', ')} events, seed ${opts.seed}`);
	const datasets = prepareDatasets(opts.sizes, opts.seed);

	// A, B, C… in the order given, the first being the baseline of the differences; one server
	// (one origin) each. The compressed datasets are cached across the servers.
	const builds = [];
	for (const [i, dir] of opts.builds.entries()) {
		builds.push({
			label: String.fromCharCode(65 + i),
			name: buildName(dir),
			dir,
			server: await startServer({ build: dir, mounts: MOUNTS })
		});
	}
	const several = builds.length > 1;
	const [first] = builds;
	if (!first) throw new Error('no build to measure');
	await first.server.warm(
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
	/** @type {Record<string, any>} */
	const results = {
		machine,
		options: opts,
		builds: builds.map(({ label, name }) => ({ label, name })),
		sizes: {}
	};
	/** Libraries that ran out of time: no point trying them on as much or more data. */
	const gaveUp = new Set();
	try {
		for (const info of datasets) {
			const n = info.size;
			const items = /** @type {any[]} */ (
				JSON.parse(readFileSync(join(DATA, `items-${n}.json`), 'utf8'))
			);
			const located = new Set(items.filter((i) => i[4] === 1).map((i) => i[0]));
			/** @type {{ ours: any[], profile: any }[]} */
			const per = builds.map(() => ({ ours: [], profile: null }));
			// The builds take turns run by run (A, B, A, B…), so a machine that slows down or
			// speeds up during the run weighs on every build alike.
			for (let i = 0; i < opts.runs; i++) {
				for (const [k, b] of builds.entries()) {
					const r = await measureOurs(browser, b.server.url, info, located, {
						timeoutMs: opts.timeoutMs
					});
					const which = several ? `, ${b.label}` : '';
					if (r.error) throw new Error(`${n} events, run ${i + 1}${which}: ${r.error}`);
					per[k]?.ours.push(r);
					progress(
						`${fmt(n)} events, run ${i + 1}/${opts.runs}${which}: drawn ${fmt(r.load.responsive)} ms, ` +
							`heap ${fmt(r.heap.used / 1e6)} MB, select ${fmt(r.selection.mapToTimeline.ms, 1)}/${fmt(r.selection.timelineToMap.ms, 1)} ms (at once ${fmt(r.selection.mapToTimelineAtOnce?.ms, 1)})`
					);
				}
			}
			const comparisons = opts.compare
				? await compare(browser, first.server.url, n, opts.runs, opts.limitMs, gaveUp)
				: {};
			if (opts.profile) {
				for (const [k, b] of builds.entries()) {
					progress(`${fmt(n)} events: CPU profiles${several ? ` of ${b.label}` : ''}`);
					const dir = several ? join(RESULTS, `profiles-${b.label}`) : RESULTS;
					mkdirSync(dir, { recursive: true });
					const profile = await profileExplorer(browser, b.server.url, n, dir);
					if (per[k]) per[k].profile = profile;
				}
			}
			results.sizes[n] = { dataset: info, comparisons, builds: per };
		}
		progress('/embed: what each view downloads');
		results.embed = await measureEmbedSizes(browser, first.server.url, first.dir);
	} finally {
		await browser.close();
	}

	results.bundles = builds.map((b, k) => {
		/** Everything fetched before the first size was drawn, from resource timing. */
		const firstLoad = results.sizes[opts.sizes[0] ?? '']?.builds[k]?.ours[0]?.load?.assets ?? [];
		const beforeDrawn = [...new Set(/** @type {string[]} */ (firstLoad))]
			.filter((p) => existsSync(join(b.dir, p)))
			.map((p) => fileSize(b.dir, p));
		return { ...initialAssets(b.dir), beforeDrawn };
	});
	if (opts.lighthouse) {
		// Served as a static host serves a reader (HTTP/2, gzip): Lighthouse simulates the network
		// from the protocol it sees.
		const hosts = [];
		for (const b of builds) hosts.push(await startStaticHost(b.dir));
		try {
			results.lighthouse = await lighthouse(
				hosts.map((h) => h.url),
				builds.map((b) => (several ? ` of ${b.label}` : ''))
			);
			results.lighthouseEmbed = await lighthouse(
				hosts.map((h) => `${h.url}embed`),
				builds.map((b) => `embed${several ? ` of ${b.label}` : ''}`)
			);
		} finally {
			for (const h of hosts) await h.close();
		}
	}
	for (const b of builds) await b.server.close();
	if (opts.cli) {
		progress('command line: node bench/cli-import.js (100,000 rows)');
		results.cli = timeCommandLine();
	}
	results.seconds = (Date.now() - started.getTime()) / 1000;
	machine.loadEnd = loadavg()[0];

	report(results, opts);
	console.log(embedTable(results.embed).join('\n'));
	for (const [k, lh] of (results.lighthouseEmbed ?? []).entries()) {
		console.log(
			`Lighthouse (mobile preset) on /embed${several ? ` of ${builds[k]?.label}` : ''}: ` +
				`${lh.score ?? lh.error} (runs ${lh.scores?.join(', ')}; target 95)`
		);
	}
	mkdirSync(dirname(opts.json), { recursive: true });
	// The assets lists only served the sizes above.
	writeFileSync(
		opts.json,
		JSON.stringify(resultsJson(results), (k, v) => (k === 'assets' ? undefined : v), '\t')
	);
	console.log(`\nJSON: ${relative(process.cwd(), opts.json)}  (${fmt(results.seconds)} s in all)`);
	if (results.cli && !results.cli.ok) process.exitCode = 1;
	if (opts.smoke) smokeVerdict(results);
}

/**
 * A smoke run's verdict: it fails (exit code 1) when the harness could not measure a figure,
 * whatever the figures are.
 *
 * @param {Record<string, any>} results
 */
function smokeVerdict(results) {
	/** @type {string[]} */
	const failures = [];
	for (const [n, s] of Object.entries(results.sizes)) {
		s.builds.forEach((/** @type {any} */ b, /** @type {number} */ k) => {
			const which = results.builds.length > 1 ? `, ${results.builds[k].label}` : '';
			for (const f of unmeasured(b.ours)) failures.push(`${fmt(Number(n))} events${which}: ${f}`);
		});
	}
	if (failures.length === 0) {
		console.log('smoke: the harness measured every figure (timings are not judged).');
		return;
	}
	console.error('smoke: FAILED, the harness could not measure everything:');
	for (const f of failures) console.error(`  ${f}`);
	process.exitCode = 1;
}

/**
 * The comparison pages at one size, each for `runs` runs or until it runs out of time.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {string} url the site root of any of the servers
 * @param {number} n
 * @param {number} runs
 * @param {number} limitMs
 * @param {Set<string>} gaveUp libraries that ran out of time on less data (updated)
 * @returns {Promise<Record<string, any[]>>} runs per library
 */
async function compare(browser, url, n, runs, limitMs, gaveUp) {
	/** @type {Record<string, any[]>} */
	const comparisons = {};
	for (const which of /** @type {const} */ (['vis-naive', 'timelinejs', 'floor'])) {
		const done = (comparisons[which] = /** @type {any[]} */ ([]));
		if (gaveUp.has(which)) {
			done.push({ dnf: true, skipped: true });
			continue;
		}
		for (let i = 0; i < runs; i++) {
			const r = await measureComparison(browser, url, which, n, { limitMs, frames: true });
			done.push(r);
			progress(
				`${fmt(n)} events, ${which} run ${i + 1}/${runs}: ` +
					(r.dnf
						? `did not finish in ${limitMs / 1000} s`
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
	return comparisons;
}

/**
 * Lighthouse on `/` of each build, three runs each, the builds taking turns. Its simulated
 * throttling scales what this CPU measured, so scores move with the machine's load: the run with
 * the median score of three is reported, with every score.
 *
 * @param {string[]} urls one per build
 * @param {string[]} tags for the progress lines
 * @returns {Promise<any[]>} one per build
 */
async function lighthouse(urls, tags) {
	/** @type {any[][]} */
	const runs = urls.map(() => []);
	for (let i = 0; i < 3; i++) {
		for (const [k, url] of urls.entries()) {
			progress(`Lighthouse (mobile preset) on /${tags[k]}, run ${i + 1}/3`);
			try {
				runs[k]?.push(await runLighthouse(url));
			} catch (error) {
				runs[k]?.push({ error: String(error) });
			}
		}
	}
	return runs.map((lh) => {
		const ok = lh.filter((r) => !r.error).sort((a, b) => a.score - b.score);
		return ok.length
			? { ...ok[Math.floor((ok.length - 1) / 2)], scores: lh.map((r) => r.score ?? r.error) }
			: lh[0];
	});
}

main().catch((error) => {
	console.error(error?.stack ?? String(error));
	process.exit(2);
});
