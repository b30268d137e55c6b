/**
 * The printed report: the machine, one table per size, the size of `/`, Lighthouse and the
 * command line.
 */
import { relative } from 'node:path';
import { comparisonRows, oursRows } from './rows.js';
import { total } from './sizes.js';
import { fmt, table } from './stats.js';

/**
 * Print the report: machine, one table per size, sizes, Lighthouse, command line.
 *
 * @param {Record<string, any>} results
 * @param {import('./options.js').Options} opts
 */
export function report(results, opts) {
	const m = results.machine;
	const out = [];
	out.push(`Chronoatlas benchmark — ${m.date}`);
	out.push(
		`Machine: ${m.cpus} cores (${m.cpuModel}), ${fmt(m.memoryGb, 1)} GiB, ${m.platform}; ` +
			`Chromium ${m.chromium} headless; Node ${m.node}; ` +
			`load average ${fmt(m.loadStart, 1)} at the start, ${fmt(m.loadEnd, 1)} at the end`
	);
	out.push(
		`Median of ${opts.runs} runs; each run in a fresh browser context, 1280×800. Build: ${results.options.build}/. ` +
			`Targets from issue 5 (those for 100,000 events also held against smaller sizes; "drawn" at 10,000 and below: < 500 ms).`
	);
	for (const [n, s] of Object.entries(results.sizes)) {
		const d = s.dataset;
		out.push('');
		out.push(
			`== ${fmt(Number(n))} events: synth seed ${d.seed}, ${fmt(d.bytes / 1e6, 1)} MB JSON; ` +
				`${fmt(d.precision.day)} day / ${fmt(d.precision.month)} month / ${fmt(d.precision.year)} year precision, ` +
				`${fmt(d.ranges)} drawn as spans or ranges, ${fmt(d.online)} online, ${fmt(d.located)} on the map; ` +
				`the app shows ${fmt(s.ours[0]?.load?.shown)}`
		);
		const a = oursRows(Number(n), s.ours);
		const c = comparisonRows(Number(n), a.summary.drawn.median, s.comparisons, opts.limitMs);
		s.summary = { ours: a.summary, comparisons: c.summary };
		out.push(
			table(
				['measure', 'median', 'target', 'result', 'runs'],
				[...a.rows, ...c.rows],
				['l', 'r', 'l', 'l', 'l']
			)
		);
		const notes = new Set();
		for (const r of s.ours) {
			const tm = r.selection?.timelineToMap;
			if (tm?.note) notes.add(`timeline → map measured ${tm.note}.`);
			for (const side of ['mapToTimeline', 'timelineToMap', 'mapToTimelineAtOnce']) {
				const e = r.selection?.[side]?.error;
				if (e) notes.add(`${side}: ${e}`);
			}
			for (const [g, f] of Object.entries(r.frames ?? {})) {
				if (f.error) notes.add(`${g}: ${f.error}`);
				else if (!f.moved) notes.add(`${g}: the gesture did not change the view`);
			}
			if (r.filter?.error) notes.add(`filter: ${r.filter.error}`);
			if (r.search?.error) notes.add(`search: ${r.search.error}`);
			if (r.load?.issues)
				notes.add(`the app's issues panel: "${r.load.issues}" (folded after load)`);
			if (!Number.isFinite(r.load?.readyAttr)) {
				notes.add(
					'data-ready never became "true": "drawn" is when the count, the timeline and the map showed the data.'
				);
			}
			for (const e of r.errors ?? []) notes.add(`page error: ${e.slice(0, 200)}`);
		}
		if (Number(n) > 10_000)
			notes.add('search on more than 10,000 events waits a 40 ms debounce first (FilterPanel).');
		for (const note of notes) out.push(`  note: ${note}`);
		if (s.profile) {
			for (const [name, p] of Object.entries(s.profile)) {
				out.push(`  profile ${name}: ${relative(process.cwd(), p.file)}; most self time:`);
				for (const f of p.top.slice(0, 8)) {
					out.push(
						`    ${fmt(f.selfMs, 1).padStart(8)} ms self ${fmt(f.totalMs, 1).padStart(8)} ms total  ${f.fn}  ${f.where}`
					);
				}
			}
		}
	}

	const b = results.bundle;
	const js = total(b.js);
	const css = total(b.css);
	const drawnSet = total(b.beforeDrawn);
	out.push('');
	out.push('== Size of / (gzip, zlib default level)');
	out.push(
		table(
			['what', 'files', 'raw KiB', 'gzip KiB'],
			[
				[
					'initial JS (modulepreload + entry imports)',
					String(b.js.length),
					fmt(js.bytes / 1024, 1),
					fmt(js.gzip / 1024, 1)
				],
				[
					'initial CSS (stylesheets)',
					String(b.css.length),
					fmt(css.bytes / 1024, 1),
					fmt(css.gzip / 1024, 1)
				],
				[
					'initial JS + CSS',
					String(b.js.length + b.css.length),
					fmt((js.bytes + css.bytes) / 1024, 1),
					fmt((js.gzip + css.gzip) / 1024, 1)
				],
				[
					'index.html (prerendered, with the bundled dataset)',
					'1',
					fmt(b.html.bytes / 1024, 1),
					fmt(b.html.gzip / 1024, 1)
				],
				[
					'JS + CSS fetched before drawn (lazy chunks too)',
					String(b.beforeDrawn.length),
					fmt(drawnSet.bytes / 1024, 1),
					fmt(drawnSet.gzip / 1024, 1)
				]
			],
			['l', 'r', 'r', 'r']
		)
	);
	out.push('  biggest:');
	const biggest = [...b.beforeDrawn, ...b.js, ...b.css]
		.filter((f, i, all) => all.findIndex((g) => g.path === f.path) === i)
		.sort((x, y) => y.gzip - x.gzip)
		.slice(0, 6);
	const initial = new Set([...b.js, ...b.css].map((f) => f.path));
	for (const f of biggest) {
		out.push(
			`    ${fmt(f.gzip / 1024, 1).padStart(7)} KiB gzip  ${f.path}${initial.has(f.path) ? '  (initial)' : '  (lazy)'}`
		);
	}

	if (results.lighthouse) {
		const lh = results.lighthouse;
		out.push('');
		if (lh.error) out.push(`== Lighthouse: failed: ${lh.error}`);
		else {
			out.push(
				`== Lighthouse ${lh.lighthouseVersion}, ${lh.formFactor} preset (${lh.throttling} throttling), bundled dataset at /`
			);
			out.push(
				`  performance score: ${lh.score}  (target ≥ 95: ${lh.score >= 95 ? 'PASS' : 'MISS'}; ` +
					`the median of ${lh.scores?.join(', ')})`
			);
			out.push(
				`  ${lh.metrics.map((/** @type {any} */ x) => `${x.label} ${x.display}`).join(' · ')}`
			);
			for (const f of lh.findings ?? []) {
				out.push(`  ${f.title}${f.display ? `: ${f.display}` : ''}`);
				for (const item of f.items) out.push(`    ${item}`);
			}
		}
	}
	if (results.cli) {
		out.push('');
		out.push('== Command line (node bench/cli-import.js)');
		out.push(results.cli.output);
	}
	console.log(out.join('\n'));
}
