import { describe, expect, it } from 'vitest';
import {
	buildPointIndex,
	cellKeyOf,
	cellMembers,
	gridCluster,
	pointState,
	type GridFilter,
	type GridView,
	type IndexedPoint
} from './cluster';
import { cellSizeFor } from './markerLayout';
import { xToLon, yToLat } from './mercator';
import { random, syntheticEvents } from '../../testing/synthetic';
import { isLocated } from './markers';

/** A point at world pixel (px, py) at zoom 0 (the world is 256 px wide). */
function at(px: number, py: number, order: number, earliest = 0, latest = earliest): IndexedPoint {
	return { lon: xToLon(px / 256), lat: yToLat(py / 256), order, earliest, latest };
}

/** Zoom 0, the whole world, 64 px cells: a 4 × 4 grid. */
const WORLD: GridView = { zoom: 0, minX: 0, minY: 0, maxX: 256, maxY: 256, cellPx: 64 };

function all(n: number): Uint8Array {
	return new Uint8Array(n).fill(1);
}

describe('gridCluster', () => {
	const cases: {
		name: string;
		points: IndexedPoint[];
		filter?: Partial<GridFilter>;
		view?: Partial<GridView>;
		expected: { count: number; inWindow: number; point?: number }[];
	}[] = [
		{ name: 'no points', points: [], expected: [] },
		{
			name: 'one point is a single',
			points: [at(10, 10, 0)],
			expected: [{ count: 1, inWindow: 1, point: 0 }]
		},
		{
			name: 'two points in one cell cluster',
			points: [at(10, 10, 0), at(50, 50, 1)],
			expected: [{ count: 2, inWindow: 2 }]
		},
		{
			name: 'points in two cells stay apart',
			points: [at(10, 10, 0), at(70, 10, 1)],
			expected: [
				{ count: 1, inWindow: 1, point: 0 },
				{ count: 1, inWindow: 1, point: 1 }
			]
		},
		{
			name: 'the mask leaves out filtered events',
			points: [at(10, 10, 0), at(20, 20, 1), at(30, 30, 2)],
			filter: { mask: Uint8Array.from([1, 0, 1]) },
			expected: [{ count: 2, inWindow: 2 }]
		},
		{
			name: 'a mask shorter than the orders leaves the rest out',
			points: [at(10, 10, 0), at(20, 20, 5)],
			filter: { mask: Uint8Array.from([1]) },
			expected: [{ count: 1, inWindow: 1, point: 0 }]
		},
		{
			name: 'dim mode counts events outside the window but flags them',
			points: [at(10, 10, 0, 0, 10), at(20, 20, 1, 100, 110), at(100, 100, 2, 500, 600)],
			filter: { window: { start: 0, end: 200 }, mode: 'dim' },
			expected: [
				{ count: 2, inWindow: 2 },
				{ count: 1, inWindow: 0, point: 2 }
			]
		},
		{
			name: 'hide mode leaves events outside the window out',
			points: [at(10, 10, 0, 0, 10), at(20, 20, 1, 300, 310), at(100, 100, 2, 500, 600)],
			filter: { window: { start: 0, end: 200 }, mode: 'hide' },
			expected: [{ count: 1, inWindow: 1, point: 0 }]
		},
		{
			name: 'an event overlapping the window edge is in it',
			points: [at(10, 10, 0, 150, 250)],
			filter: { window: { start: 200, end: 300 }, mode: 'hide' },
			expected: [{ count: 1, inWindow: 1, point: 0 }]
		},
		{
			name: 'the excluded point (the selection) is left out of its cluster',
			points: [at(10, 10, 0), at(20, 20, 1)],
			filter: { exclude: 0 },
			expected: [{ count: 1, inWindow: 1, point: 1 }]
		},
		{
			name: 'only the cells covering the viewport',
			points: [at(10, 10, 0), at(200, 200, 1)],
			view: { minX: 0, minY: 0, maxX: 100, maxY: 100 },
			expected: [{ count: 1, inWindow: 1, point: 0 }]
		},
		{
			name: 'a viewport beyond the world edge is clamped',
			points: [at(250, 10, 0), at(5, 10, 1)],
			view: { minX: 200, minY: -500, maxX: 900, maxY: 500 },
			expected: [{ count: 1, inWindow: 1, point: 0 }]
		},
		{
			name: 'the cluster is named by the point nearest its centroid',
			points: [at(2, 2, 0), at(30, 30, 1), at(60, 60, 2)],
			expected: [{ count: 3, inWindow: 3, point: 1 }]
		}
	];

	it.each(cases)('$name', ({ points, filter, view, expected }) => {
		const index = buildPointIndex(points);
		const cells = gridCluster(
			index,
			{ ...WORLD, ...view },
			{ mask: all(points.length), window: null, mode: 'dim', exclude: -1, ...filter }
		);
		expect(cells.map((c) => ({ count: c.count, inWindow: c.inWindow, point: c.point }))).toEqual(
			expected.map((e) => ({ point: expect.any(Number), ...e }))
		);
	});

	it('gives the centroid and bounding box of a cluster', () => {
		const index = buildPointIndex([at(10, 20, 0), at(30, 40, 1)]);
		const [c] = gridCluster(index, WORLD, { mask: all(2), window: null, mode: 'dim' });
		expect(c!.x * 256).toBeCloseTo(20, 6);
		expect(c!.y * 256).toBeCloseTo(30, 6);
		expect([c!.minX * 256, c!.minY * 256, c!.maxX * 256, c!.maxY * 256].map(Math.round)).toEqual([
			10, 20, 30, 40
		]);
	});

	it('keys cells the same whatever the viewport (stable while panning)', () => {
		const index = buildPointIndex([at(100, 100, 0), at(110, 110, 1)]);
		const f: GridFilter = { mask: all(2), window: null, mode: 'dim' };
		const a = gridCluster(
			index,
			{ ...WORLD, zoom: 2, minX: 300, minY: 300, maxX: 600, maxY: 600 },
			f
		);
		const b = gridCluster(
			index,
			{ ...WORLD, zoom: 2, minX: 350, minY: 380, maxX: 650, maxY: 680 },
			f
		);
		expect(a.map((c) => c.key)).toEqual(b.map((c) => c.key));
		expect(a[0]!.key).toBe(cellKeyOf(index.x[0]!, index.y[0]!, 2, 64));
	});

	it('cellMembers returns the points gridCluster counted in a cell', () => {
		const points = [at(10, 10, 0), at(20, 20, 1), at(30, 30, 2), at(100, 10, 3)];
		const index = buildPointIndex(points);
		const f: GridFilter = { mask: Uint8Array.from([1, 1, 0, 1]), window: null, mode: 'dim' };
		const [c] = gridCluster(index, WORLD, f);
		expect(cellMembers(index, c!.key, 0, 64, f).sort()).toEqual([0, 1]);
	});
});

describe('gridCluster agrees with a brute-force count (range query and full scan paths)', () => {
	const rnd = random(7);
	const points: IndexedPoint[] = Array.from({ length: 3000 }, (_, i) => ({
		lat: rnd() * 150 - 75,
		lon: rnd() * 360 - 180,
		order: i,
		earliest: i,
		latest: i + 5
	}));
	const index = buildPointIndex(points);
	const mask = Uint8Array.from(points, (_, i) => (i % 3 === 0 ? 0 : 1));

	it.each([
		{ zoom: 1, minX: 0, minY: 0, maxX: 512, maxY: 512, mode: 'dim' as const },
		{ zoom: 2, minX: 100, minY: 200, maxX: 700, maxY: 600, mode: 'dim' as const },
		{ zoom: 4, minX: 1500, minY: 1300, maxX: 2300, maxY: 1900, mode: 'hide' as const },
		{ zoom: 7, minX: 10000, minY: 9000, maxX: 11280, maxY: 9800, mode: 'hide' as const }
	])('zoom $zoom, $mode', ({ zoom, minX, minY, maxX, maxY, mode }) => {
		const cellPx = 56;
		const f: GridFilter = { mask, window: { start: 500, end: 2000 }, mode };
		const cells = gridCluster(index, { zoom, minX, minY, maxX, maxY, cellPx }, f);
		const ws = 256 * 2 ** zoom;
		const x0 = Math.floor(minX / cellPx);
		const x1 = Math.floor(maxX / cellPx);
		const y0 = Math.floor(minY / cellPx);
		const y1 = Math.floor(maxY / cellPx);
		const expected = new Map<number, number>();
		for (let i = 0; i < points.length; i++) {
			if (pointState(index, i, f) < 0) continue;
			const cx = Math.floor((index.x[i]! * ws) / cellPx);
			const cy = Math.floor((index.y[i]! * ws) / cellPx);
			if (cx < x0 || cx > x1 || cy < y0 || cy > y1) continue;
			const key = cellKeyOf(index.x[i]!, index.y[i]!, zoom, cellPx);
			expected.set(key, (expected.get(key) ?? 0) + 1);
		}
		expect(new Map(cells.map((c) => [c.key, c.count]))).toEqual(expected);
		expect(cells.length).toBeGreaterThan(0);
	});
});

describe('at 100,000 events', () => {
	const events = syntheticEvents(100_000);
	const located = events.filter(isLocated);
	const t0 = performance.now();
	const index = buildPointIndex(
		located.map((e) => ({
			lat: e.place.lat!,
			lon: e.place.lon!,
			order: e.order,
			earliest: e.time.earliest,
			latest: e.time.latest
		}))
	);
	const buildMs = performance.now() - t0;
	const mask = all(events.length);

	it.each([
		{ w: 1280, h: 720, zoom: 2 },
		{ w: 1920, h: 1080, zoom: 3 },
		{ w: 375, h: 667, zoom: 1 },
		{ w: 1280, h: 720, zoom: 8 }
	])('never more cells than the bound: $w × $h at zoom $zoom', ({ w, h, zoom }) => {
		const cellPx = cellSizeFor(w, h, 56, 330);
		const ws = 256 * 2 ** zoom;
		const view = {
			zoom,
			cellPx,
			minX: ws / 2 - w / 2,
			minY: ws / 2 - h / 2,
			maxX: ws / 2 + w / 2,
			maxY: ws / 2 + h / 2
		};
		const f: GridFilter = { mask, window: { start: 0, end: Date.UTC(2100, 0) }, mode: 'dim' };
		const times: number[] = [];
		let cells = gridCluster(index, view, f);
		for (let r = 0; r < 15; r++) {
			const t = performance.now();
			cells = gridCluster(index, view, f);
			times.push(performance.now() - t);
		}
		const ms = times.sort((a, b) => a - b)[7]!;
		console.log(
			`[bench] ${located.length} points, ${w}×${h} z${zoom}: ${cells.length} cells, ${ms.toFixed(2)} ms per recompute, median (index built in ${buildMs.toFixed(0)} ms)`
		);
		expect(cells.length).toBeLessThanOrEqual(330);
		expect(cells.reduce((s, c) => s + c.count, 0)).toBeGreaterThan(0);
	});
});
