/**
 * Marker layout, pure: from the grid cells of a viewport (`gridCluster`) to the items the marker
 * layer draws (single markers, cluster discs, a spread cluster and its close button, the
 * selection), with their screen positions, within a bounded number of DOM elements.
 */
import type { MarkerSpec } from './markers';
import { clusterLabel, type ClusterAction } from './markers';
import {
	cellMembers,
	pointState,
	type GridCell,
	type GridFilter,
	type PointIndex
} from './cluster';
import { clusterSize, type LayerItem, type SingleItem } from './markerLayer';
import { MAX_ZOOM } from './camera';
import { TILE_SIZE } from './mercator';

/** Most markers a spread cluster shows. */
export const SPREAD_MAX = 40;

/** Most online events the Online box lists as buttons. */
export const ONLINE_MAX = 20;

/**
 * How many grid cells may be drawn when at most `maxMarkers` elements may be: the cells, a spread
 * cluster, its close button, the selection and the Online box's buttons together never exceed
 * it (so `[data-event-id]` stays bounded too), and never fewer than 16 cells.
 */
export function markerBudget(maxMarkers: number): number {
	return Math.max(16, maxMarkers - SPREAD_MAX - ONLINE_MAX - 2);
}

/**
 * The cell size (≥ `basePx`) at which the cells covering a `width`×`height` viewport number at
 * most `maxCells`: this bounds the number of DOM markers whatever the data.
 */
export function cellSizeFor(
	width: number,
	height: number,
	basePx: number,
	maxCells: number
): number {
	let c = Math.max(1, basePx);
	const cells = (s: number) => (Math.ceil(width / s) + 1) * (Math.ceil(height / s) + 1);
	while (cells(c) > maxCells) c *= 1.05;
	return c;
}

/**
 * Where a disc of radius `r` centred at `v` (world px, one axis) sits so that it stays inside its
 * own `cellPx` cell: discs of neighbouring cells then never overlap. A disc wider than its cell
 * sits at the cell's centre.
 */
export function nudgeIntoCell(v: number, r: number, cellPx: number): number {
	const c0 = Math.floor(v / cellPx) * cellPx;
	if (2 * r >= cellPx) return c0 + cellPx / 2;
	return Math.min(c0 + cellPx - r, Math.max(c0 + r, v));
}

/**
 * What activating a cluster does: zoom in to it, or spread its markers when zooming cannot part
 * them (the map is at its closest zoom, or every event of the cluster is at the same place).
 */
export function clusterAction(
	cell: Pick<GridCell, 'minX' | 'minY' | 'maxX' | 'maxY'>,
	zoom: number
): ClusterAction {
	const samePlace = cell.minX === cell.maxX && cell.minY === cell.maxY;
	return zoom >= MAX_ZOOM || samePlace ? 'spread' : 'zoom';
}

/**
 * Screen offsets (px) to spread `n` markers around a point: a ring for a few, a spiral for
 * more (the layout leaflet.markercluster uses), at least `gap` px between neighbours.
 */
export function spreadOffsets(n: number, gap = 30): { dx: number; dy: number }[] {
	const out: { dx: number; dy: number }[] = [];
	if (n <= 0) return out;
	if (n <= 10) {
		const r = Math.max(gap, (gap * n) / (2 * Math.PI));
		for (let i = 0; i < n; i++) {
			const a = -Math.PI / 2 + (i * 2 * Math.PI) / n;
			out.push({ dx: r * Math.cos(a), dy: r * Math.sin(a) });
		}
		return out;
	}
	let leg = gap * 0.9;
	let angle = 0;
	for (let i = 0; i < n; i++) {
		angle += gap / leg + i * 0.0005;
		out.push({ dx: leg * Math.cos(angle), dy: leg * Math.sin(angle) });
		leg += (2 * Math.PI * (gap / 6)) / angle;
	}
	return out;
}

/** The cluster spread into a ring of markers, at the zoom and cell size it was spread at. */
export interface Spread {
	key: number;
	zoom: number;
	cellPx: number;
}

/** What `layoutMarkers` needs. */
export interface LayoutInput {
	index: PointIndex;
	/** The occupied cells of the viewport, from `gridCluster` with `filter`. */
	cells: readonly GridCell[];
	zoom: number;
	cellPx: number;
	/** The map's pixel origin (`map.getPixelOrigin()`): item positions are layer points. */
	origin: { x: number; y: number };
	/** The filter the cells were counted with (its `exclude` is the selection). */
	filter: GridFilter;
	/** The spread cluster, if any. */
	spread: Spread | null;
	/** The selected point, drawn on its own, or -1. */
	selected: number;
	/** The marker of a point. */
	spec: (point: number) => MarkerSpec;
	/** The place name of a point (names a cluster: "12 events near Tehran"). */
	placeName: (point: number) => string;
	/** Markers' size against their base size (see `uiScale`); 1 when omitted. */
	scale?: number;
}

/** What `layoutMarkers` gives. */
export interface MarkerLayout {
	items: LayerItem[];
	/** The cells by key, to find what a drawn cluster holds. */
	cells: Map<number, GridCell>;
	/** The spread cluster still drawn spread: null once its zoom, cell size or cell is gone. */
	spread: Spread | null;
}

/** The items to draw for a viewport's cells. */
export function layoutMarkers(input: LayoutInput): MarkerLayout {
	const { index, zoom, cellPx, origin, filter: f, selected: sel } = input;
	const ws = TILE_SIZE * 2 ** zoom;
	const lx = (x: number) => x * ws - origin.x;
	const ly = (y: number) => y * ws - origin.y;
	const single = (p: number, dim: boolean, x: number, y: number, spread = false): SingleItem => {
		const spec = input.spec(p);
		return { kind: 'single', key: `e:${spec.id}`, x, y, dim, spec, selected: false, spread };
	};
	let spread = input.spread;
	if (spread && (spread.zoom !== zoom || spread.cellPx !== cellPx)) spread = null;
	const items: LayerItem[] = [];
	const cells = new Map<number, GridCell>();
	for (const c of input.cells) {
		cells.set(c.key, c);
		if (spread && c.key === spread.key && c.count > 1) {
			const members = cellMembers(index, c.key, zoom, cellPx, f).slice(0, SPREAD_MAX);
			const offsets = spreadOffsets(members.length);
			const cx = lx(c.x);
			const cy = ly(c.y);
			members.forEach((p, i) => {
				const o = offsets[i]!;
				const it = single(p, pointState(index, p, f) === 0, cx + o.dx, cy + o.dy, true);
				// A leader line from the spread marker back to where the event really is.
				it.leader = { dx: lx(index.x[p]!) - it.x, dy: ly(index.y[p]!) - it.y };
				items.push(it);
			});
			const near = input.placeName(c.point);
			const shown = members.length < c.count ? `${members.length} of ${c.count}` : `${c.count}`;
			items.push({
				kind: 'close',
				key: 'x:spread',
				x: cx,
				y: cy,
				dim: false,
				label: `Close the ${shown} events spread near ${near}`
			});
			continue;
		}
		if (c.count === 1) {
			items.push(single(c.point, c.inWindow === 0, lx(index.x[c.point]!), ly(index.y[c.point]!)));
			continue;
		}
		const action = clusterAction(c, zoom);
		const shown = c.inWindow > 0 ? c.inWindow : c.count;
		const r = clusterSize(shown, input.scale) / 2 + 1;
		items.push({
			kind: 'cluster',
			key: `c:${c.key}`,
			cellKey: c.key,
			x: nudgeIntoCell(c.x * ws, r, cellPx) - origin.x,
			y: nudgeIntoCell(c.y * ws, r, cellPx) - origin.y,
			dim: c.inWindow === 0,
			count: c.count,
			// With a narrow time window the disc counts what is in it (all of them when none is).
			shown,
			label: clusterLabel(c.count, input.placeName(c.point), action, c.inWindow),
			action
		});
	}
	if (spread && !cells.has(spread.key)) spread = null;
	if (sel >= 0) {
		// Drawn faded when outside the window even in 'hide' mode: the selection stays visible.
		const dim = pointState(index, sel, { ...f, exclude: -1, mode: 'dim' }) === 0;
		const item = single(sel, dim, lx(index.x[sel]!), ly(index.y[sel]!));
		item.selected = true;
		items.push(item);
	}
	return { items, cells, spread };
}
