/**
 * The printed report: the machine, one table per size (one build against the targets, or several
 * builds side by side), the size of `/`, Lighthouse and the command line.
 */
import { relative } from 'node:path';
import { bundleTable } from './bundle-table.js';
import { comparisonRows } from './comparison-rows.js';
import { runNotes } from './notes.js';
import { oursRows, sideBySideRows } from './rows.js';
import { fmt, table } from './stats.js';

/**
 * Print the report, and leave each size's summary (medians, targets, differences) in `results`
 * for the JSON.
 *
 * @param {Record<string, any>} results run.js's results: `builds`, and per size one entry per build
 * @param {import('./options.js').Options} opts
 */
export function report(results, opts) {
	const m = results.machine;
	/** @type {{ label: string, name: string }[]} */
	const builds = results.builds;
	const several = builds.length > 1;
	const out = [];
	out.push(`Chronoatlas benchmark — ${m.date}`);
	out.push(
		`Machine: ${m.cpus} cores (${m.cpuModel}), ${fmt(m.memoryGb, 1)} GiB, ${m.platform}; ` +
			`Chromium ${m.chromium} headless; Node ${m.node}; ` +
			`load average ${fmt(m.loadStart, 1)} at the start, ${fmt(m.loadEnd, 1)} at the end`
	);
	const targets =
		'Targets from issue 5 (those for 100,000 events also held against smaller sizes; "drawn" at 10,000 and below: < 500 ms).';
	if (several) {
		const labels = builds.map((b) => b.label).join(', ');
		const turns = `${labels}, ${labels}…`;
		out.push(
			`Median of ${opts.runs} runs per build, the builds taking turns run by run (${turns}); ` +
				`each run in a fresh browser context, 1280×800. ${targets}`
		);
		for (const b of builds) out.push(`  ${b.label}: ${b.name}/`);
	} else {
		out.push(
			`Median of ${opts.runs} runs; each run in a fresh browser context, 1280×800. Build: ${builds[0]?.name}/. ` +
				targets
		);
	}
	for (const [n, s] of Object.entries(results.sizes)) {
		out.push('', ...sizeSection(Number(n), s, builds, opts.limitMs));
	}
	out.push(
		...bundleTable(
			results.bundles,
			builds.map((b) => (several ? b.label : ''))
		)
	);
	(results.lighthouse ?? []).forEach((/** @type {any} */ lh, /** @type {number} */ i) => {
		out.push('', ...lighthouseLines(lh, several ? ` — ${builds[i]?.label}` : ''));
	});
	if (results.cli) {
		out.push('');
		out.push('== Command line (node bench/cli-import.js)');
		out.push(results.cli.output);
	}
	console.log(out.join('\n'));
}

/**
 * One size: the dataset, the table, the notes and the profiles.
 *
 * @param {number} n
 * @param {any} s the size's results (`dataset`, `builds`, `comparisons`)
 * @param {{ label: string, name: string }[]} builds
 * @param {number} limitMs
 * @returns {string[]}
 */
function sizeSection(n, s, builds, limitMs) {
	const several = builds.length > 1;
	const d = s.dataset;
	/** @type {{ ours: any[], profile: any }[]} */
	const per = s.builds;
	const shown = per.map(
		(b, i) => `${fmt(b.ours[0]?.load?.shown)}${several ? ` (${builds[i]?.label})` : ''}`
	);
	const out = [
		`== ${fmt(n)} events: synth seed ${d.seed}, ${fmt(d.bytes / 1e6, 1)} MB JSON; ` +
			`${fmt(d.precision.day)} day / ${fmt(d.precision.month)} month / ${fmt(d.precision.year)} year precision, ` +
			`${fmt(d.ranges)} drawn as spans or ranges, ${fmt(d.online)} online, ${fmt(d.located)} on the map; ` +
			`the app shows ${shown.join(', ')}`
	];
	if (several) {
		const side = sideBySideRows(
			n,
			per.map((b, i) => ({ label: builds[i]?.label ?? '', runs: b.ours }))
		);
		const ours = side.summaries.map((x, i) => ({
			label: builds[i]?.label ?? '',
			median: x.drawn?.median ?? NaN
		}));
		const c = comparisonRows(n, ours, s.comparisons, limitMs);
		s.summary = { ours: side.summaries, difference: side.difference, comparisons: c.summary };
		out.push(table(side.head, side.rows, side.align));
		if (c.rows.length) {
			out.push(
				table(['comparison', 'median', 'target', 'result', 'runs'], c.rows, [
					'l',
					'r',
					'l',
					'l',
					'l'
				])
			);
		}
	} else {
		const a = oursRows(n, per[0]?.ours ?? []);
		const ours = [{ label: '', median: a.summary.drawn?.median ?? NaN }];
		const c = comparisonRows(n, ours, s.comparisons, limitMs);
		s.summary = { ours: [a.summary], comparisons: c.summary };
		out.push(
			table(
				['measure', 'median', 'target', 'result', 'runs'],
				[...a.rows, ...c.rows],
				['l', 'r', 'l', 'l', 'l']
			)
		);
	}
	per.forEach((b, i) => {
		const tag = several ? `${builds[i]?.label}: ` : '';
		for (const note of runNotes(b.ours)) out.push(`  note: ${tag}${note}`);
	});
	if (n > 10_000)
		out.push(
			'  note: search on more than 10,000 events waits a 40 ms debounce first (FilterPanel).'
		);
	per.forEach((b, i) => {
		const tag = several ? ` (${builds[i]?.label})` : '';
		for (const [name, p] of Object.entries(b.profile ?? {})) {
			out.push(`  profile ${name}${tag}: ${relative(process.cwd(), p.file)}; most self time:`);
			for (const f of p.top.slice(0, 8)) {
				out.push(
					`    ${fmt(f.selfMs, 1).padStart(8)} ms self ${fmt(f.totalMs, 1).padStart(8)} ms total  ${f.fn}  ${f.where}`
				);
			}
		}
	});
	return out;
}

/**
 * Lighthouse's score, metrics and findings.
 *
 * @param {any} lh the median run, with every run's score
 * @param {string} tag after the heading (the build's label when there are several)
 * @returns {string[]}
 */
function lighthouseLines(lh, tag) {
	if (lh.error) return [`== Lighthouse${tag}: failed: ${lh.error}`];
	const out = [
		`== Lighthouse ${lh.lighthouseVersion}, ${lh.formFactor} preset (${lh.throttling} throttling), bundled dataset at /${tag}`,
		`  performance score: ${lh.score}  (target ≥ 95: ${lh.score >= 95 ? 'PASS' : 'MISS'}; ` +
			`the median of ${lh.scores?.join(', ')})`,
		`  ${lh.metrics.map((/** @type {any} */ x) => `${x.label} ${x.display}`).join(' · ')}`
	];
	for (const f of lh.findings ?? []) {
		out.push(`  ${f.title}${f.display ? `: ${f.display}` : ''}`);
		for (const item of f.items) out.push(`    ${item}`);
	}
	return out;
}
