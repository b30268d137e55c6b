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
