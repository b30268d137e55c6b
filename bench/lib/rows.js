/**
 * The rows of a size's table of our figures: one build against the targets, or several builds
 * side by side.
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
 * Rows of the side-by-side table of several builds: each build's median, each later build's
 * difference from the first (absolute, then relative), the target, each build's PASS/MISS and
 * every run.
 *
 * @param {number} size
 * @param {{ label: string, runs: any[] }[]} builds the first is the baseline
 * @returns {{ rows: string[][], head: string[], align: ('l' | 'r')[],
 *   summaries: ReturnType<typeof oursRows>['summary'][],
 *   difference: Record<string, { build: string, absolute: number, relative: number }[]> }}
 */
export function sideBySideRows(size, builds) {
	const summaries = builds.map((b) => oursRows(size, b.runs).summary);
	const [base, ...later] = builds;
	const head = [
		'measure',
		...builds.map((b) => b.label),
		...later.map((b) => `${b.label} − ${base?.label}`),
		'target',
		'result',
		...builds.map((b) => `runs ${b.label}`)
	];
	const align = /** @type {('l' | 'r')[]} */ ([
		'l',
		...builds.map(() => 'r'),
		...later.map(() => 'r'),
		'l',
		'l',
		...builds.map(() => 'l')
	]);
	/** @type {string[][]} */
	const rows = [];
	/** @type {Record<string, { build: string, absolute: number, relative: number }[]>} */
	const difference = {};
	for (const m of METRICS) {
		const digits = m.digits ?? 0;
		const per = summaries.map((s) => s[m.key]);
		const first = per[0]?.median ?? NaN;
		difference[m.key] = later.map((b, i) => {
			const absolute = (per[i + 1]?.median ?? NaN) - first;
			return { build: b.label, absolute, relative: absolute / first };
		});
		rows.push([
			`${m.label} (${m.unit})`,
			...per.map((p) => fmt(p?.median ?? NaN, digits)),
			...difference[m.key].map((d) => change(d.absolute, d.relative, digits)),
			per[0]?.target ?? '',
			per.some((p) => p?.target)
				? per.map((p) => (p?.pass === null ? 'n/a' : p?.pass ? 'PASS' : 'MISS')).join(' / ')
				: '',
			...per.map((p) => (p?.runs ?? []).map((v) => fmt(v, digits)).join(' '))
		]);
	}
	return { rows, head, align, summaries, difference };
}

/**
 * A difference with its sign and as a share of the baseline: `+12 (+4%)`, `-64 (-11%)`.
 *
 * @param {number} absolute
 * @param {number} relative
 * @param {number} digits
 * @returns {string}
 */
export function change(absolute, relative, digits) {
	if (!Number.isFinite(absolute)) return '—';
	/** Signed as shown: a difference that rounds to zero is ±0. @param {number} v @param {number} d */
	const signed = (v, d) => {
		const shown = fmt(Math.abs(v), d);
		const sign = Number(shown.replace(/,/g, '')) === 0 ? '±' : v > 0 ? '+' : '-';
		return `${sign}${shown}`;
	};
	const share = Number.isFinite(relative) ? ` (${signed(100 * relative, 0)}%)` : '';
	return `${signed(absolute, digits)}${share}`;
}
