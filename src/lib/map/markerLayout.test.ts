import { describe, expect, it } from 'vitest';
import { buildPointIndex, gridCluster, type GridFilter, type IndexedPoint } from './cluster';
import type { MarkerSpec } from './markers';
import {
	ONLINE_MAX,
	SPREAD_MAX,
	cellSizeFor,
	clusterAction,
	layoutMarkers,
	markerBudget,
	nudgeIntoCell,
	spreadOffsets,
	type LayoutInput,
	type Spread
} from './markerLayout';
import type { LayerItem } from './markerLayer';
import { xToLon, yToLat } from './mercator';

/** A point at world pixel (px, py) at zoom 0 (the world is 256 px wide). */
function at(px: number, py: number, order: number, earliest = 0, latest = earliest): IndexedPoint {
	return { lon: xToLon(px / 256), lat: yToLat(py / 256), order, earliest, latest };
}

describe('markerBudget', () => {
	it.each([
		{ max: 400, cells: 400 - SPREAD_MAX - ONLINE_MAX - 2 },
		{ max: 100, cells: 100 - SPREAD_MAX - ONLINE_MAX - 2 },
		{ max: 60, cells: 16 },
		{ max: 0, cells: 16 }
	])('$max elements leave $cells cells', ({ max, cells }) => {
		expect(markerBudget(max)).toBe(cells);
	});
});

describe('nudgeIntoCell', () => {
	it.each([
		{ name: 'inside: unchanged', v: 30, r: 10, cell: 64, expected: 30 },
		{ name: 'too near the start: pushed in', v: 3, r: 10, cell: 64, expected: 10 },
		{ name: 'too near the end: pulled in', v: 62, r: 10, cell: 64, expected: 54 },
		{ name: 'in the second cell', v: 129, r: 10, cell: 64, expected: 138 },
		{ name: 'disc as wide as the cell: centred', v: 3, r: 32, cell: 64, expected: 32 },
		{ name: 'disc wider than the cell: centred', v: 70, r: 40, cell: 64, expected: 96 }
	])('$name', ({ v, r, cell, expected }) => {
		expect(nudgeIntoCell(v, r, cell)).toBe(expected);
	});
});

describe('clusterAction', () => {
	const spreadOut = { minX: 0.1, minY: 0.1, maxX: 0.2, maxY: 0.3 };
	const onePlace = { minX: 0.1, minY: 0.2, maxX: 0.1, maxY: 0.2 };
	it.each([
		{ name: 'events apart, zoomed out', cell: spreadOut, zoom: 3, expected: 'zoom' },
		{ name: 'events apart, closest zoom', cell: spreadOut, zoom: 18, expected: 'spread' },
		{ name: 'one place, zoomed out', cell: onePlace, zoom: 1, expected: 'spread' },
		{ name: 'apart on one axis only', cell: { ...onePlace, maxY: 0.21 }, zoom: 5, expected: 'zoom' }
	])('$name → $expected', ({ cell, zoom, expected }) => {
		expect(clusterAction(cell, zoom)).toBe(expected);
	});
});

describe('layoutMarkers', () => {
	/** Zoom 0, the whole world, 64 px cells. */
	const cellPx = 64;
	const spec = (p: number): MarkerSpec => ({
		id: String(p),
		lat: 0,
		lon: 0,
		colour: '#000000',
		shape: 'circle',
		approximatePlace: false,
		label: `Event ${p}`
	});

	/** The items, with positions rounded to the pixel and only what a case checks. */
	function summary(items: LayerItem[]) {
		return items.map((it) => {
			const base = { kind: it.kind, key: it.key, x: Math.round(it.x), y: Math.round(it.y) };
			if (it.kind === 'single')
				return { ...base, dim: it.dim, selected: it.selected, spread: it.spread };
			if (it.kind === 'cluster') return { ...base, dim: it.dim, label: it.label };
			return { ...base, label: it.label };
		});
	}

	const cases: {
		name: string;
		points: IndexedPoint[];
		filter?: Partial<GridFilter>;
		origin?: { x: number; y: number };
		spread?: Spread;
		selected?: number;
		expected: Partial<ReturnType<typeof summary>[number]>[];
		spreadAfter?: Spread | null;
	}[] = [
		{
			name: 'a lone event is a marker at its own position',
			points: [at(10, 20, 0)],
			expected: [{ kind: 'single', key: 'e:0', x: 10, y: 20, dim: false, selected: false }]
		},
		{
			name: 'positions are layer points: world pixels minus the pixel origin',
			points: [at(10, 20, 0)],
			origin: { x: -100, y: 5 },
			expected: [{ key: 'e:0', x: 110, y: 15 }]
		},
		{
			name: 'events apart in one cell: a disc at their centroid that zooms in',
			points: [at(20, 20, 0), at(40, 30, 1)],
			expected: [
				{ kind: 'cluster', key: 'c:0', x: 30, y: 25, label: '2 events near Place 0 — zoom in' }
			]
		},
		{
			name: 'a centroid near the cell edge: the disc is kept inside its cell',
			points: [at(1, 1, 0), at(2, 2, 1)],
			expected: [{ kind: 'cluster', key: 'c:0', x: 14, y: 14 }]
		},
		{
			name: 'events at one place: a disc that spreads',
			points: [at(20, 20, 0), at(20, 20, 1), at(20, 20, 2)],
			expected: [{ kind: 'cluster', label: '3 events near Place 0 — show them all' }]
		},
		{
			name: 'every event of a cell outside the time window: the disc is faded',
			points: [at(20, 20, 0, 0), at(40, 30, 1, 0)],
			filter: { window: { start: 10, end: 20 } },
			expected: [{ kind: 'cluster', dim: true }]
		},
		{
			name: 'one event of a cell inside the window: the disc is not faded',
			points: [at(20, 20, 0, 0), at(40, 30, 1, 15)],
			filter: { window: { start: 10, end: 20 } },
			expected: [{ kind: 'cluster', dim: false }]
		},
		{
			name: 'a spread cluster: its markers around the centre, and a button to close it',
			points: [at(20, 20, 0), at(20, 20, 1)],
			spread: { key: 0, zoom: 0, cellPx },
			expected: [
				{ kind: 'single', key: 'e:0', x: 20, y: -10, spread: true },
				{ kind: 'single', key: 'e:1', x: 20, y: 50, spread: true },
				{
					kind: 'close',
					key: 'x:spread',
					x: 20,
					y: 20,
					label: 'Close the 2 events spread near Place 0'
				}
			],
			spreadAfter: { key: 0, zoom: 0, cellPx }
		},
		{
			name: 'a cluster spread at another zoom is drawn as a disc again',
			points: [at(20, 20, 0), at(20, 20, 1)],
			spread: { key: 0, zoom: 3, cellPx },
			expected: [{ kind: 'cluster', key: 'c:0' }],
			spreadAfter: null
		},
		{
			name: 'a spread cluster whose cell emptied is forgotten',
			points: [at(20, 20, 0), at(200, 200, 1)],
			spread: { key: 0, zoom: 0, cellPx },
			filter: { mask: Uint8Array.from([0, 1]) },
			expected: [{ kind: 'single', key: 'e:1' }],
			spreadAfter: null
		},
		{
			name: 'the selection is drawn on its own, last, and marked selected',
			points: [at(20, 20, 0), at(30, 30, 1)],
			selected: 1,
			expected: [
				{ kind: 'single', key: 'e:0', selected: false },
				{ kind: 'single', key: 'e:1', x: 30, y: 30, selected: true }
			]
		},
		{
			name: 'a selection outside the window stays drawn, faded, even when the window hides',
			points: [at(20, 20, 0, 0), at(100, 100, 1, 15)],
			filter: { window: { start: 10, end: 20 }, mode: 'hide' },
			selected: 0,
			expected: [
				{ kind: 'single', key: 'e:1', dim: false },
				{ kind: 'single', key: 'e:0', dim: true, selected: true }
			]
		}
	];

	it.each(cases)(
		'$name',
		({ points, filter, origin, spread, selected = -1, expected, spreadAfter }) => {
			const index = buildPointIndex(points);
			const f: GridFilter = {
				mask: new Uint8Array(points.length).fill(1),
				window: null,
				mode: 'dim',
				...filter,
				exclude: selected
			};
			const view = { zoom: 0, minX: 0, minY: 0, maxX: 255, maxY: 255, cellPx };
			const input: LayoutInput = {
				index,
				cells: gridCluster(index, view, f),
				zoom: 0,
				cellPx,
				origin: origin ?? { x: 0, y: 0 },
				filter: f,
				spread: spread ?? null,
				selected,
				spec,
				placeName: (p) => `Place ${p}`
			};
			const out = layoutMarkers(input);
			expect(summary(out.items)).toMatchObject(expected);
			expect(out.items).toHaveLength(expected.length);
			if (spreadAfter !== undefined) expect(out.spread).toEqual(spreadAfter);
			expect([...out.cells.keys()]).toEqual(input.cells.map((c) => c.key));
		}
	);

	it('never spreads more than SPREAD_MAX markers, and says how many of how many', () => {
		const n = SPREAD_MAX + 5;
		const index = buildPointIndex(Array.from({ length: n }, (_, i) => at(20, 20, i)));
		const f: GridFilter = { mask: new Uint8Array(n).fill(1), window: null, mode: 'dim' };
		const cells = gridCluster(
			index,
			{ zoom: 0, minX: 0, minY: 0, maxX: 255, maxY: 255, cellPx },
			f
		);
		const out = layoutMarkers({
			index,
			cells,
			zoom: 0,
			cellPx,
			origin: { x: 0, y: 0 },
			filter: f,
			spread: { key: 0, zoom: 0, cellPx },
			selected: -1,
			spec,
			placeName: () => 'Tehran'
		});
		expect(out.items.filter((it) => it.kind === 'single')).toHaveLength(SPREAD_MAX);
		expect(out.items.find((it) => it.kind === 'close')).toMatchObject({
			label: `Close the ${SPREAD_MAX} of ${n} events spread near Tehran`
		});
	});
});

describe('cellSizeFor bounds the number of cells', () => {
	it.each([
		{ w: 375, h: 667, base: 56, max: 330 },
		{ w: 1280, h: 720, base: 56, max: 330 },
		{ w: 1920, h: 1080, base: 56, max: 330 },
		{ w: 3840, h: 2160, base: 56, max: 330 },
		{ w: 100, h: 100, base: 56, max: 4 }
	])('$w × $h', ({ w, h, base, max }) => {
		const c = cellSizeFor(w, h, base, max);
		expect(c).toBeGreaterThanOrEqual(base);
		expect((Math.ceil(w / c) + 1) * (Math.ceil(h / c) + 1)).toBeLessThanOrEqual(max);
	});

	it('keeps the base size when it is small enough', () => {
		expect(cellSizeFor(375, 300, 56, 330)).toBe(56);
	});
});

describe('spreadOffsets', () => {
	it.each([1, 2, 5, 10, 11, 40, 60])('spreads %i markers at least a gap apart', (n) => {
		const o = spreadOffsets(n, 30);
		expect(o).toHaveLength(n);
		for (let i = 0; i < n; i++) {
			expect(Math.hypot(o[i]!.dx, o[i]!.dy)).toBeGreaterThan(20);
			for (let j = i + 1; j < n; j++) {
				expect(Math.hypot(o[i]!.dx - o[j]!.dx, o[i]!.dy - o[j]!.dy)).toBeGreaterThan(20);
			}
		}
	});
});
