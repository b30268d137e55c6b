import { describe, expect, it } from 'vitest';
import { decodeState } from './urlState';

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
