import { describe, expect, it } from 'vitest';
import { latToY, lonToX } from './mercator';
import { frameAround, geometryPath } from './svgMap';

describe('frameAround', () => {
	it('frames every point with the aspect asked for', () => {
		const pts = [
			{ lat: 43.65, lon: -79.38 },
			{ lat: 35.69, lon: 51.39 },
			{ lat: 3.14, lon: 101.69 }
		];
		const f = frameAround(pts, 1.5);
		expect(f.width / f.height).toBeCloseTo(1.5, 6);
		for (const p of pts) {
			const x = lonToX(p.lon);
			const y = latToY(p.lat);
			expect(x).toBeGreaterThan(f.x);
			expect(x).toBeLessThan(f.x + f.width);
			expect(y).toBeGreaterThan(f.y);
			expect(y).toBeLessThan(f.y + f.height);
		}
	});

	it('shows a region around a single point', () => {
		const f = frameAround([{ lat: 0, lon: 0 }], 1);
		expect(f.width).toBeGreaterThan(0.04);
	});

	it('shows the world with no point', () => {
		expect(frameAround([], 2).width).toBe(1);
	});
});

describe('geometryPath', () => {
	it('draws each ring of a polygon', () => {
		const d = geometryPath({
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[10, 0],
					[10, 10],
					[0, 0]
				]
			]
		});
		expect(d.startsWith('M0.50000 0.50000L')).toBe(true);
		expect(d.endsWith('Z')).toBe(true);
		expect(d.match(/L/g)).toHaveLength(3);
	});
});
