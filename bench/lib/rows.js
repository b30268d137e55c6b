/**
 * The rows of a size's table: our figures against their targets, then the comparison pages.
 */
import { METRICS } from './metrics.js';
import { fmt, median } from './stats.js';

/**
 * Rows of the per-size table: median of the runs, target, PASS/MISS, every run.
 *
 * @param {number} size
 * @param {any[]} runs
 * @returns {{ rows: string[][], summary: Record<string, { median: number, target: string | null,
 *   pass: boolean | null, runs: number[] }> }}
 */
export function oursRows(size, runs) {
	/** @type {string[][]} */
	const rows = [];
	/** @type {Record<string, any>} */
	const summary = {};
	for (const m of METRICS) {
		const values = runs.map((r) => Number(m.get(r) ?? NaN));
		const med = median(values);
		const target = m.target?.(size) ?? null;
		const pass = target && Number.isFinite(med) ? target.ok(med) : null;
		summary[m.key] = {
			median: med,
			unit: m.unit,
			target: target?.text ?? null,
			pass,
			runs: values
		};
		rows.push([
			`${m.label} (${m.unit})`,
			fmt(med, m.digits ?? 0),
			target?.text ?? '',
			pass === null ? (target ? 'n/a' : '') : pass ? 'PASS' : 'MISS',
			values.map((v) => fmt(v, m.digits ?? 0)).join(' ')
		]);
	}
	return { rows, summary };
}

/**
 * Comparison rows: each library's time to draw, ours over theirs, and vis-timeline's zoom frames.
 *
 * @param {number} size
 * @param {number} ours our median "drawn and responsive"
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
		const speedup = med / ours;
		const needs = which === 'vis-naive' && size === 10_000 ? 10 : null;
		let value;
		let result = '';
		if (done.length === 0 && dnf) {
			value = `did not finish in ${fmt(limitMs / 1000)} s`;
			result = needs ? 'PASS' : '';
		} else if (done.length === 0) {
			value = `failed: ${failed[0]?.error?.split('\n')[0] ?? 'no result'}`;
		} else {
			value = fmt(med);
			if (needs) result = speedup >= needs ? 'PASS' : 'MISS';
		}
		const ratio =
			which === 'floor' && done.length
				? `${fmt((100 * med) / ours)}% of ours`
				: done.length === 0
					? dnf
						? `ours > ${fmt(limitMs / ours, 0)}× faster`
						: ''
					: speedup >= 1
						? `ours ${fmt(speedup, 1)}× faster`
						: `ours ${fmt(1 / speedup, 1)}× slower`;
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
			oursFasterBy: done.length ? speedup : null,
			target: needs ? `ours ≥ ${needs}× faster` : null,
			pass: result === '' ? null : result === 'PASS'
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
