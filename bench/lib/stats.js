/**
 * Small statistics and formatting helpers for the benchmark report.
 */

/**
 * The q-quantile (0..1) of numbers, linear between closest ranks; NaN for none.
 *
 * @param {number[]} values
 * @param {number} q
 * @returns {number}
 */
export function quantile(values, q) {
	const xs = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (xs.length === 0) return NaN;
	const pos = (xs.length - 1) * q;
	const lo = Math.floor(pos);
	const hi = Math.ceil(pos);
	return xs[lo] + (xs[hi] - xs[lo]) * (pos - lo);
}

/**
 * The median of numbers (NaN for none).
 *
 * @param {number[]} values
 * @returns {number}
 */
export function median(values) {
	return quantile(values, 0.5);
}

/**
 * A number for a table: `—` for NaN, otherwise rounded to `digits` with thousands separators.
 *
 * @param {number} v
 * @param {number} [digits]
 * @returns {string}
 */
export function fmt(v, digits = 0) {
	if (!Number.isFinite(v)) return '—';
	return v.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/**
 * Lay out rows as aligned columns (numbers right-aligned when `align[i]` is 'r').
 *
 * @param {string[]} head
 * @param {string[][]} rows
 * @param {('l' | 'r')[]} align
 * @returns {string}
 */
export function table(head, rows, align) {
	const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
	/** @param {string[]} cells */
	const line = (cells) =>
		cells
			.map((c, i) =>
				align[i] === 'r' ? (c ?? '').padStart(widths[i]) : (c ?? '').padEnd(widths[i])
			)
			.join('  ')
			.trimEnd();
	return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
