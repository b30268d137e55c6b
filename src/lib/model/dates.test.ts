import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
// Dates the fast path does not take go to the `edtf` package, as in the app once loaded.
import './edtfParser';
import { eventTime, MAX_INSTANT, parseEdtfDate, parseEdtfDateSlow, parseSimple } from './dates';

describe('eventTime labels and precision', () => {
	it.each([
		['2013', undefined, '2013', 'year', 'span'],
		['2020-05', undefined, 'May 2020', 'month', 'span'],
		['2020-05-22', undefined, '22 May 2020', 'day', 'point'],
		['1979~', undefined, 'c. 1979', 'year', 'span'],
		['1979?', undefined, '1979?', 'year', 'span'],
		['201X', undefined, '2010s', 'decade', 'span'],
		['2020-04-2X', undefined, 'late April 2020', 'month', 'span'],
		['2013-05-XX', undefined, 'May 2013', 'month', 'span'],
		['-0044-03-15', undefined, '15 March 45 BCE', 'day', 'point'],
		['2020-04-2X', '2020-05-22', 'late April – 22 May 2020', 'month', 'range'],
		['2020-05-15', '2020-05-22', '15–22 May 2020', 'day', 'range'],
		['2018', '2020', '2018–2020', 'year', 'range'],
		['2022-04-15', '..', 'from 15 April 2022', 'day', 'range']
	])('%s / %s → %s', (start, end, label, precision, kind) => {
		const r = eventTime(start, end);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.time.label).toBe(label);
		expect(r.time.precision).toBe(precision);
		expect(r.time.kind).toBe(kind);
	});

	it('a year spans the whole year in UTC, never 1 January only', () => {
		const r = eventTime('2013');
		if (!r.ok) throw new Error('parse');
		expect(new Date(r.time.earliest).toISOString()).toBe('2013-01-01T00:00:00.000Z');
		expect(new Date(r.time.latest).toISOString()).toBe('2013-12-31T23:59:59.999Z');
	});

	it.each(['2020-13-45', '', 'yesterday', '2020-02-30', '2020-04/2020-05'])(
		'rejects %j without throwing',
		(s) => {
			expect(parseEdtfDate(s).ok).toBe(false);
		}
	);

	it('rejects an end before the start', () => {
		const r = eventTime('2020', '2019');
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.field).toBe('end');
	});
});

// A date such as Y-300000 was reported as "a date with finite bounds"; one a Date cannot hold
// must never reach the views (vis-timeline throws on it).
describe('dates beyond what a JavaScript Date can hold', () => {
	it.each(['Y-300000', 'Y-271821', 'Y275760', 'Y300000', 'Y-2700000000'])(
		'%s is an error naming the range',
		(s) => {
			const r = parseEdtfDate(s);
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.error).toContain('271821 BCE to 275760 CE');
			const t = eventTime('2020', s);
			expect(t.ok).toBe(false);
		}
	);

	it.each(['Y-270000', 'Y-271820', 'Y275759', '-9999', '9999-12-31'])('%s is a date', (s) => {
		expect(parseEdtfDate(s).ok).toBe(true);
	});

	it('never returns instants a Date cannot hold, on any year', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: -400_000, max: 400_000 }),
				fc.constantFrom('', '-06', '-06-15', '~', '?'),
				(y, rest) => {
					const s = `${Math.abs(y) > 9999 ? 'Y' : ''}${y < 0 ? '-' : ''}${String(Math.abs(y)).padStart(4, '0')}${Math.abs(y) > 9999 ? '' : rest}`;
					const r = parseEdtfDate(s);
					if (!r.ok) return;
					expect(Number.isFinite(r.date.min) && Number.isFinite(r.date.max)).toBe(true);
					expect(r.date.min).toBeGreaterThanOrEqual(-MAX_INSTANT);
					expect(r.date.max).toBeLessThanOrEqual(MAX_INSTANT);
					expect(new Date(r.date.min).getTime()).toBe(r.date.min);
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('refuses a very long date at once, without parsing it', () => {
		const t = Date.now();
		const r = parseEdtfDate('Y' + '1'.repeat(1_000_000));
		expect(r.ok).toBe(false);
		if (!r.ok) expect(r.error).toContain('at most 64 characters');
		expect(Date.now() - t).toBeLessThan(1000);
	});
});

describe('the fast path agrees with the edtf parser', () => {
	it('on random simple dates', async () => {
		const fc = await import('fast-check');
		const { default: edtf } = await import('edtf');
		fc.assert(
			fc.property(
				fc.integer({ min: 1000, max: 2999 }),
				fc.option(fc.integer({ min: 0, max: 13 })),
				fc.option(fc.integer({ min: 0, max: 32 })),
				fc.constantFrom('', '~', '?', '%'),
				(y, m, d, q) => {
					let s = String(y);
					if (m !== null) {
						s += '-' + String(m).padStart(2, '0');
						if (d !== null) s += '-' + String(d).padStart(2, '0');
					}
					s += q;
					const fast = parseSimple(s);
					let ref: { min: number; max: number } | null;
					try {
						ref = edtf(s) as { min: number; max: number };
					} catch {
						ref = null;
					}
					if (fast === null) return true; // fell back: edtf decides
					if (!fast.ok) return false;
					expect(ref).not.toBeNull();
					expect(fast.date.min).toBe(ref!.min);
					expect(fast.date.max).toBe(ref!.max);
					const slow = parseEdtfDateSlow(s);
					expect(slow.ok && slow.date).toEqual(fast.date);
					return true;
				}
			),
			{ numRuns: 2000 }
		);
	});

	it('on random strings of date characters (never accepts what edtf rejects)', async () => {
		const fc = await import('fast-check');
		const { default: edtf } = await import('edtf');
		const chars = fc.constantFrom(...'0123456789-~?%X/ '.split(''));
		fc.assert(
			fc.property(
				fc.oneof(
					fc.array(chars, { maxLength: 12 }).map((a) => a.join('')),
					// Mostly well-formed, one character changed.
					fc
						.tuple(
							fc.constantFrom('2020', '2020-02', '2020-02-29', '2021-02-29', '1999-12-31~'),
							fc.nat(11),
							chars
						)
						.map(([s, i, c]) => s.slice(0, i) + c + s.slice(i + 1))
				),
				(s) => {
					const fast = parseSimple(s);
					if (fast === null) return true;
					let ref: { min: number; max: number } | null;
					try {
						ref = edtf(s) as { min: number; max: number };
					} catch {
						ref = null;
					}
					expect(fast.ok).toBe(true);
					expect(ref, s).not.toBeNull();
					if (fast.ok) {
						expect(fast.date.min).toBe(ref!.min);
						expect(fast.date.max).toBe(ref!.max);
					}
					return true;
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('takes every valid day, month and year of the simple forms (no needless fallback)', () => {
		for (let y = 1999; y <= 2001; y++) {
			expect(parseSimple(String(y))?.ok).toBe(true);
			for (let m = 1; m <= 12; m++) {
				const ym = `${y}-${String(m).padStart(2, '0')}`;
				expect(parseSimple(ym)?.ok).toBe(true);
				const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
				for (let d = 1; d <= 31; d++) {
					const r = parseSimple(`${ym}-${String(d).padStart(2, '0')}`);
					expect(r === null ? null : r.ok, `${ym}-${d}`).toBe(d <= days ? true : null);
				}
			}
		}
	});

	it('on random part-of-month (2020-04-2X) and decade (199X) dates', async () => {
		const fc = await import('fast-check');
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 2999 }),
				fc.integer({ min: 0, max: 13 }),
				fc.integer({ min: 0, max: 4 }),
				fc.boolean(),
				(y, m, tens, decade) => {
					const s = decade
						? String(Math.floor(y / 10)).padStart(3, '0') + 'X'
						: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${tens}X`;
					const fast = parseSimple(s);
					const slow = parseEdtfDateSlow(s);
					if (fast === null) return true; // fell back: edtf decides
					expect(fast).toEqual(slow);
					return true;
				}
			),
			{ numRuns: 2000 }
		);
	});
});
