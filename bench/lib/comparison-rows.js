/**
 * The rows of the comparison pages (vis-timeline given every item, TimelineJS, the floor): each
 * library's time to draw beside ours.
 */
import { fmt, median } from './stats.js';

/**
 * Comparison rows: each library's time to draw, ours over theirs, and vis-timeline's zoom frames.
 *
 * With several builds, the ratios and the result name each build's label.
 *
 * @param {number} size
 * @param {{ label: string, median: number }[]} ours our median "drawn and responsive" per build
 *   (one build: label '')
 * @param {Record<string, any[]>} comparisons runs per library
 * @param {number} limitMs
 * @returns {{ rows: string[][], summary: Record<string, any> }}
 */
export function comparisonRows(size, ours, comparisons, limitMs) {
	/** @type {string[][]} */
	const rows = [];
	/** @type {Record<string, any>} */
	const summary = {};
	const names = {
		'vis-naive': 'vis-timeline, every item',
		timelinejs: 'TimelineJS 3.9.11',
		floor: 'floor: vis-timeline + Leaflet + JSON.parse, no app'
	};
	for (const [which, runs] of Object.entries(comparisons)) {
		const name = names[/** @type {keyof typeof names} */ (which)];
		const done = runs.filter((r) => Number.isFinite(r.painted));
		const dnf = runs.some((r) => r.dnf);
		const failed = runs.filter((r) => r.error);
		const med = median(done.map((r) => r.painted));
		const needs = which === 'vis-naive' && size === 10_000 ? 10 : null;
		const per = ours.map((o) => {
			const who = o.label || 'ours';
			const speedup = med / o.median;
			let pass = '';
			if (done.length === 0 && dnf) pass = needs ? 'PASS' : '';
			else if (done.length && needs) pass = speedup >= needs ? 'PASS' : 'MISS';
			const ratio =
				which === 'floor' && done.length
					? `${fmt((100 * med) / o.median)}% of ${who}`
					: done.length === 0
						? dnf
							? `${who} > ${fmt(limitMs / o.median, 0)}× faster`
							: ''
						: speedup >= 1
							? `${who} ${fmt(speedup, 1)}× faster`
							: `${who} ${fmt(1 / speedup, 1)}× slower`;
			return { speedup, pass, result: o.label && pass ? `${o.label} ${pass}` : pass, ratio };
		});
		const value =
			done.length === 0 && dnf
				? `did not finish in ${fmt(limitMs / 1000)} s`
				: done.length === 0
					? `failed: ${failed[0]?.error?.split('\n')[0] ?? 'no result'}`
					: fmt(med);
		const result = per
			.map((p) => p.result)
			.filter(Boolean)
			.join(', ');
		const ratio = per
			.map((p) => p.ratio)
			.filter(Boolean)
			.join(', ');
		rows.push([
			`${name}: drawn (ms)`,
			value,
			needs ? `ours ≥ ${needs}× faster` : '',
			result,
			`${done.map((r) => fmt(r.painted)).join(' ')}${dnf ? ' (DNF)' : ''}  ${ratio}`
		]);
		summary[which] = {
			median: med,
			runs: runs.map((r) => (r.dnf ? 'DNF' : r.error ? `error: ${r.error}` : r.painted)),
			dnf: done.length === 0 && dnf,
			oursFasterBy: done.length
				? unwrap(
						ours,
						per.map((p) => p.speedup)
					)
				: null,
			target: needs ? `ours ≥ ${needs}× faster` : null,
			pass: unwrap(
				ours,
				per.map((p) => (p.pass === '' ? null : p.pass === 'PASS'))
			)
		};
		const frames = done.map((r) => r.frames).filter(Boolean);
		if (frames.length) {
			const fm = median(frames.map((f) => f.median));
			const fp = median(frames.map((f) => f.p95));
			const cut = frames.some((f) => f.truncated) ? ' (input cut at 8 s)' : '';
			rows.push([
				`  its timeline zoom frame, median / p95 (ms)`,
				`${fmt(fm, 1)} / ${fmt(fp, 1)}`,
				'',
				'',
				`${frames.map((f) => `${fmt(f.median)}/${fmt(f.p95)}`).join(' ')}${cut}`
			]);
			summary[which].zoomFrames = { median: fm, p95: fp, truncated: cut !== '' };
		}
	}
	// What "10× vis-timeline" asks of ours, beside what the stack needs before any app code.
	const vis = summary['vis-naive'];
	const floor = summary.floor;
	if (size === 10_000 && Number.isFinite(vis?.median) && Number.isFinite(floor?.median)) {
		rows.push([
			'  10× vis-timeline means ours under (ms)',
			fmt(vis.median / 10),
			'',
			'',
			`the floor alone takes ${fmt(floor.median)} ms of it`
		]);
	}
	return { rows, summary };
}

/**
 * One build's value as it is, several builds' values by label.
 *
 * @template T
 * @param {{ label: string }[]} ours
 * @param {T[]} values
 * @returns {T | Record<string, T>}
 */
function unwrap(ours, values) {
	if (ours.length === 1) return /** @type {T} */ (values[0]);
	return Object.fromEntries(ours.map((o, i) => [o.label, /** @type {T} */ (values[i])]));
}
