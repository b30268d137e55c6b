/**
 * Which events the timeline draws with their whole title, and which join a count the reader can
 * open: the items are stacked as vis-timeline stacks them (by start, each in the lowest row where
 * it fits, its label's width included), and what would land above the rows the panel shows, or
 * run past its right edge, is folded into a "+N" chip instead of being drawn out of sight.
 */
import type { ItemSpec } from './eventToItem';

/** Prefix of fold-chip item ids: never a valid event slug. */
export const FOLD_PREFIX = 'fold:';

/** The geometry the layout needs, in CSS pixels. */
export interface FoldGeometry {
	/** The visible window, in ms. */
	start: number;
	end: number;
	/** Width of the item panel. */
	width: number;
	/** Rows of items the panel shows without scrolling (at least 1). */
	rows: number;
	/** Width of an item's label box (text and padding), as drawn. */
	labelWidth: (spec: ItemSpec) => number;
	/** Width of a point's dot (a point is drawn from `x - dot`). */
	dot: number;
	/** Width of a fold chip. */
	chip: number;
	/** vis-timeline's horizontal margin between items. */
	gap: number;
}

/** A fold chip: the events it stands for, earliest first. */
export interface Fold {
	id: string;
	events: ItemSpec[];
}

export interface FoldResult {
	/** The items to hold: every event that fits, one chip per fold, and what is out of view. */
	items: ItemSpec[];
	folds: Map<string, Fold>;
	/** Ids of the drawn items and chips, in the order they were stacked. */
	order: string[];
	/** How far to pan, in px, for a kept event's title to be whole (0: it is). */
	shift: number;
}

interface Placed {
	left: number;
	right: number;
	/** Whether the panel's edge would cut the label. */
	cut?: boolean;
	/** How far to pan, in px, to bring the whole label in (negative: to the left). */
	shift?: number;
}

/** Left and right of an item as vis-timeline lays it out (RangeItem and PointItem repositionX). */
function extent(spec: ItemSpec, g: FoldGeometry): Placed {
	const px = g.width / (g.end - g.start);
	const x = (spec.start - g.start) * px;
	const label = g.labelWidth(spec);
	if (spec.type === 'range' && spec.end !== undefined) {
		const span = Math.max((spec.end - spec.start) * px, 1);
		// A span that starts before the panel has its label moved to the panel's left edge.
		const over = Math.max(x, 0) + label - g.width;
		return { left: x, right: x + span + label + g.gap, cut: over > 0, shift: Math.max(over, 0) };
	}
	const right = x + g.dot / 2 + label;
	const shift = x - g.dot < 0 ? x - g.dot : Math.max(right - g.width, 0);
	return { left: x - g.dot, right: right + g.gap, cut: shift !== 0, shift };
}

/**
 * The item with its title to the left of its date, for the right edge: a range from the title's
 * left edge to the item's end (a point's dot is drawn at that end), so that vis-timeline stacks
 * exactly what is drawn. Null when the title would be cut on the left instead.
 */
function flipped(spec: ItemSpec, g: FoldGeometry): { spec: ItemSpec; at: Placed } | null {
	const px = g.width / (g.end - g.start);
	const x = (spec.start - g.start) * px;
	const label = g.labelWidth(spec);
	const left = x - label;
	if (left < 0) return null;
	// A point's dot is drawn centred on its instant, at the range's end.
	const end =
		spec.type === 'range' && spec.end !== undefined ? spec.end : spec.start + g.dot / 2 / px;
	const right = (end - g.start) * px;
	return {
		spec: {
			...spec,
			type: 'range',
			start: g.start + left / px,
			end,
			flip: Math.round(label),
			className: `${spec.className} flip`
		},
		at: { left, right: Math.max(right, x + 1) + g.gap }
	};
}

/** Whether vis-timeline draws (and stacks) the item in this window. */
function inView(spec: ItemSpec, at: Placed, g: FoldGeometry): boolean {
	if (spec.type === 'range' && spec.end !== undefined) {
		return spec.start < g.end && spec.end > g.start;
	}
	return spec.start < g.end && at.right > 0;
}

/** The lowest of the first `limit` rows where `p` fits, or -1. */
function firstFit(rows: Placed[][], p: Placed, limit: number): number {
	for (let r = 0; r < Math.min(limit, rows.length); r++) {
		if (rows[r]!.every((q) => p.right <= q.left || p.left >= q.right)) return r;
	}
	return -1;
}

/**
 * Decide what to draw. `keep` names events drawn whatever it costs (the selection): they are
 * placed first. Items not in view (held on either side for panning) pass through unchanged, and
 * so do computed-series items (their own row, no label) and count buckets.
 *
 * The result's `order` is the order to stack in (vis-timeline's `order` option): the layout is
 * simulated in exactly that order, each item in the lowest row where it fits, as vis-timeline
 * stacks, so what is simulated to fit is what vis-timeline draws.
 */
export function foldLabels(
	specs: readonly ItemSpec[],
	g: FoldGeometry,
	keep: ReadonlySet<string> = new Set()
): FoldResult {
	const through: ItemSpec[] = [];
	const candidates: { spec: ItemSpec; at: Placed }[] = [];
	for (const spec of specs) {
		if (spec.group !== 'events' || spec.count !== undefined || !spec.text) {
			through.push(spec);
			continue;
		}
		const at = extent(spec, g);
		if (inView(spec, at, g)) candidates.push({ spec, at });
		else through.push(spec);
	}
	const kept = (c: { spec: ItemSpec }) => keep.has(c.spec.id);
	const length = (c: { spec: ItemSpec }) => (c.spec.end ?? c.spec.start) - c.spec.start;
	// Who gets a row first: the kept events, then the most precise (a day before a year: in a
	// window of weeks, the year-long spans that merely cross it fold first), then by time.
	candidates.sort(
		(a, b) =>
			Number(kept(b)) - Number(kept(a)) ||
			length(a) - length(b) ||
			a.spec.start - b.spec.start ||
			(a.spec.id < b.spec.id ? -1 : a.spec.id > b.spec.id ? 1 : 0)
	);
	const px = g.width / (g.end - g.start);

	const attempt = (labelRows: number) => {
		const rows: Placed[][] = Array.from({ length: Math.max(1, g.rows) }, () => []);
		const order: string[] = [];
		const drawn: ItemSpec[] = [];
		const folded: ItemSpec[] = [];
		for (const c of candidates) {
			const must = kept(c);
			let spec = c.spec;
			let at = c.at;
			if (at.cut && (at.shift ?? 0) > 0) {
				// Cut by the right edge: the title may fit to the left of its date instead.
				const f = flipped(c.spec, g);
				if (f) ({ spec, at } = f);
			}
			let r = at.cut && !must ? -1 : firstFit(rows, at, labelRows);
			if (r < 0 && must) {
				r = firstFit(rows, at, rows.length);
				if (r < 0) r = rows.push([]) - 1;
			}
			if (r < 0) {
				folded.push(c.spec);
				continue;
			}
			rows[r]!.push(at);
			order.push(spec.id);
			drawn.push(spec);
		}
		return { rows, order, drawn, folded };
	};

	// Chips need room: if anything folds, labels keep out of the top row, which the chips take.
	let result = attempt(g.rows);
	if (result.folded.length) result = attempt(g.rows - 1);

	// One chip per run of folded events closer than a chip's width, where the first of them is
	// (but never past the right edge), stacked after the labels.
	const folds = new Map<string, Fold>();
	const chips: ItemSpec[] = [];
	const last = g.start + Math.max(0, g.width - g.chip - g.gap) / px;
	let open: { fold: Fold; x: number } | null = null;
	for (const spec of result.folded.sort((a, b) => a.start - b.start)) {
		const start = Math.max(g.start, Math.min(spec.start, last));
		const x = (start - g.start) * px;
		if (open && x - open.x < g.chip + g.gap) {
			open.fold.events.push(spec);
			continue;
		}
		const fold: Fold = { id: `${FOLD_PREFIX}${start}`, events: [spec] };
		folds.set(fold.id, fold);
		open = { fold, x };
		// A chip's dot is not drawn: it spans from x, and chips are at least that far apart.
		const at = { left: x, right: x + g.chip + g.gap };
		const r = firstFit(result.rows, at, result.rows.length);
		if (r >= 0) result.rows[r]!.push(at);
		result.order.push(fold.id);
	}
	for (const fold of folds.values()) {
		const n = fold.events.length;
		chips.push({
			id: fold.id,
			start: Number(fold.id.slice(FOLD_PREFIX.length)),
			type: 'point',
			className: 'fold',
			text: `+${n}`,
			title: `${n} more event${n === 1 ? '' : 's'} here — show ${n === 1 ? 'it' : 'them'}`,
			members: fold.events.map((e) => e.id),
			group: 'events'
		});
	}
	// A kept title cut by an edge, and not drawn to the left of its date instead: pan for it.
	const cutKept = candidates.find((c) => kept(c) && c.at.cut && !flipped(c.spec, g));
	const shift = cutKept?.at.shift ?? 0;
	return { items: [...through, ...result.drawn, ...chips], folds, order: result.order, shift };
}
