import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { synthCommand } from './synthCommand';
import { testIo } from '../testing/testIo';

describe('synth', () => {
	it('writes the same dataset for the same seed', async () => {
		const a = testIo();
		const b = testIo();
		expect(await synthCommand(a, '200', { seed: '9' })).toBe(0);
		expect(await synthCommand(b, '200', { seed: '9' })).toBe(0);
		expect(a.written).toBe(b.written);
		expect(JSON.parse(a.written).events).toHaveLength(200);
	});

	it('writes data/<name>/dataset.json with --to', async () => {
		const io = testIo();
		expect(await synthCommand(io, '10', { seed: '1', to: 'data/s' })).toBe(0);
		const d = JSON.parse(readFileSync(join(io.cwd, 'data/s/dataset.json'), 'utf8'));
		expect(d.events).toHaveLength(10);
	});

	it.each([
		['-1', {}],
		['many', {}],
		['10', { seed: 'x' }],
		['10', { to: 'a', out: 'b.json' }]
	])('exits 2 for count %s %j', async (count, opts) => {
		expect(await synthCommand(testIo(), count, opts)).toBe(2);
	});
});
