/**
 * A whole number with thousands separators, as `n.toLocaleString('en')` writes it ("100,000").
 * Written out because the first `toLocaleString` call sets up ICU number formatting, which cost
 * about 40 ms of the page's first load (measured in `npm run bench -- --profile`).
 */
export function count(n: number): string {
	if (!Number.isInteger(n)) return n.toLocaleString('en');
	const s = String(Math.abs(n));
	let out = '';
	for (let i = 0; i < s.length; i++) {
		if (i > 0 && (s.length - i) % 3 === 0) out += ',';
		out += s[i];
	}
	return n < 0 ? `-${out}` : out;
}

/**
 * A count for a narrow label: as {@link count} below 10,000, else in thousands with at most
 * three digits ("12.5k", "100k", "1.2M"), never rounded up past what it stands for.
 */
export function shortCount(n: number): string {
	if (!Number.isInteger(n) || Math.abs(n) < 10_000) return count(n);
	const sign = n < 0 ? '-' : '';
	const a = Math.abs(n);
	const [base, unit] = a < 1_000_000 ? [1_000, 'k'] : [1_000_000, 'M'];
	// Whole-number division, truncated: 99,999 is "99.9k", not "100k".
	const digits = a < 100 * base ? Math.floor(a / (base / 10)) / 10 : Math.floor(a / base);
	return `${sign}${digits}${unit}`;
}
