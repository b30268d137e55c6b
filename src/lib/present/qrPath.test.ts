import { generate } from 'lean-qr';
import { describe, expect, it } from 'vitest';
import { qrPath } from './qrPath';

const grid = (rows: string[]) => ({
	size: rows.length,
	get: (x: number, y: number) => rows[y]?.[x] === '#'
});

describe('qrPath', () => {
	it.each([
		['an empty grid', ['..', '..'], ''],
		['one module', ['#.', '..'], 'M0 0h1v1h-1z'],
		['a run on a row is one rectangle', ['###', '...', '.#.'], 'M0 0h3v1h-3zM1 2h1v1h-1z']
	])('%s', (_, rows, d) => {
		expect(qrPath(grid(rows))).toBe(d);
	});

	it('draws a real code with its three finder squares', () => {
		const qr = generate('https://example.org/present?story=story&step=7');
		const d = qrPath(qr);
		expect(qr.size).toBeGreaterThanOrEqual(21);
		// Each finder pattern starts with a run of 7 dark modules on its first row.
		expect(d.startsWith('M0 0h7v1h-7z')).toBe(true);
		expect(d).toContain(`M${qr.size - 7} 0h7v1h-7z`);
	});
});
