/** Property tests of the URL codec: whatever the address holds, decoding never throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HUGE_COUNT, hostileStrings } from '../../testing/hostileStrings.js';
import { decodeState, URL_PARAMS } from './urlState';

const LONG = { timeout: 300_000 };
const value = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.string({ unit: 'binary', maxLength: 8 }),
	fc.constantFrom(...hostileStrings.slice(0, -HUGE_COUNT)),
	fc.constantFrom('1979-01-01..2026-01-01', '43.65,-79.38,10', 'map', 'list', '1', '0', 'hide')
);

describe('decodeState and long parameters', () => {
	// `\d+\.?\d*` backtracked quadratically: a map= of a million digits took minutes.
	it('reads a map of a million digits at once', () => {
		const t = Date.now();
		const r = decodeState(new URLSearchParams({ map: '1'.repeat(1_000_000) + 'x,1,1' }));
		expect(r.state.map).toBeNull();
		expect(r.issues).toHaveLength(1);
		expect(Date.now() - t).toBeLessThan(2000);
	});
});

describe('the URL codec never throws', () => {
	it('on any query string', LONG, () => {
		fc.assert(
			fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (q) => {
				const d = decodeState(new URLSearchParams(q));
				expect(d.issues.every((i) => typeof i === 'string')).toBe(true);
			}),
			{ numRuns: 3000 }
		);
	});

	it('on any values of its own parameters, and keeps only what it can use', LONG, () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...URL_PARAMS), value), { maxLength: 8 }),
				(pairs) => {
					const d = decodeState(new URLSearchParams(pairs));
					const w = d.state.window;
					if (w) expect(w.start < w.end).toBe(true);
					const m = d.state.map;
					if (m) expect(Math.abs(m.lat) <= 90 && Math.abs(m.lon) <= 180).toBe(true);
					expect(d.issues.every((i) => typeof i === 'string')).toBe(true);
				}
			),
			{ numRuns: 3000 }
		);
	});
});

describe('decodeState and the hostile-data corpus', () => {
	it.each(hostileStrings.map((s, i) => [i, s] as const))(
		'string %i in every parameter, twice',
		{ timeout: 60_000 },
		(_i, s) => {
			const params = new URLSearchParams();
			for (const k of URL_PARAMS) {
				params.append(k, s);
				params.append(k, s);
			}
			const d = decodeState(params);
			expect(d.issues.every((x) => typeof x === 'string')).toBe(true);
			const w = d.state.window;
			if (w) expect(w.start < w.end).toBe(true);
		}
	);
});
