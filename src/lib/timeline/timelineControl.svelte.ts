/**
 * What the timeline's parts share: the vis-timeline instance (set by the `visTimeline`
 * attachment while it lives), what it shows now (read by the toolbar), and the moves the toolbar,
 * the keyboard and the other views ask of it.
 */
import { untrack } from 'svelte';
import type { Timeline } from 'vis-timeline/esnext';
import type { AtlasEvent } from '$lib/model/types';
import type { Explorer, Origin, TimeWindow } from '$lib/state/explorer.svelte';
import type { ItemSpec } from './eventToItem';
import type { Fold } from './foldLabels';
import { BUCKET_PREFIX } from './bucketToItem';
import { FOLD_PREFIX } from './foldLabels';
import { fitWindow, fullWindow } from './fullWindow';
import { revealMove } from './revealMove';

const reducedMotion = (): boolean =>
	typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/** One timeline's shared state and moves. */
export class TimelineControl {
	/** The explorer the timeline shows. */
	readonly explorer: Explorer;
	/** The vis-timeline instance, from its creation to its teardown; null otherwise. */
	timeline: Timeline | null = null;
	/** Items vis-timeline holds now, by id (the attachment keeps it in line). */
	held = new Map<string, ItemSpec>();
	/** Events as items, or counts per period when the window holds too many. */
	mode = $state<'items' | 'buckets'>('items');
	/** Events overlapping the visible window. */
	inWindow = $state(0);
	/** Events in the window left out for being much longer than it (see `windowContent`). */
	longer = $state(0);
	/** Matching events wholly before and after the window, and the nearest instant of each. */
	edges = $state<{ before: number; after: number; previous: number | null; next: number | null }>({
		before: 0,
		after: 0,
		previous: null,
		next: null
	});
	/** The "+N" chips drawn now, by item id: events whose labels had no room (`foldLabels`). */
	folds = new Map<string, Fold>();
	/** The chip the reader opened, and where it is drawn; null when none is open. */
	openFold = $state<{ fold: Fold; anchor: DOMRect } | null>(null);

	constructor(explorer: Explorer) {
		this.explorer = explorer;
	}

	/** Show a window, animated unless the reader prefers reduced motion or `animate` is false. */
	show(asked: TimeWindow, animate = true): void {
		// Not a dependency of the effect that called: only this window is.
		const w = untrack(() => fitWindow(asked, this.explorer.events));
		this.timeline?.setWindow(new Date(w.start), new Date(w.end), {
			animation: animate && !reducedMotion()
		});
	}

	/** Zoom buttons for keyboard and touch users: a factor below 1 zooms in. */
	zoom(factor: number): void {
		if (!this.timeline) return;
		if (factor < 1) this.timeline.zoomIn(1 - factor, { animation: !reducedMotion() });
		else this.timeline.zoomOut(factor - 1, { animation: !reducedMotion() });
	}

	/** Show every matching event. */
	fit(): void {
		if (this.timeline) this.show(fullWindow(this.explorer.matching));
	}

	/** Open a count bucket: show the period it counts. */
	zoomToBucket(id: string): void {
		const spec = this.held.get(id);
		if (!spec || spec.end === undefined) return;
		this.show({ start: spec.start, end: spec.end });
	}

	/** Pan to the nearest event beyond an edge, keeping the zoom: it lands in the window's middle. */
	reach(side: 'previous' | 'next'): void {
		const t = this.edges[side];
		const w = this.timeline?.getWindow();
		if (t === null || !w) return;
		const width = w.end.getTime() - w.start.getTime();
		this.show(this.#withinData(t - width / 2, width));
	}

	/** A window of this width from `start`, slid back inside the data so it never shows decades past it. */
	#withinData(start: number, width: number): TimeWindow {
		const full = fullWindow(this.explorer.matching);
		if (width >= full.end - full.start) return { start, end: start + width };
		const s = Math.min(Math.max(start, full.start), full.end - width);
		return { start: s, end: s + width };
	}

	/**
	 * vis-timeline selected an item, or none (`undefined`). An event is selected; a "+N" chip
	 * opens its list beside `chipAt(id)`, the selection kept; a count bucket opens its period.
	 */
	choose(id: string | undefined, chipAt: (id: string) => Element | null): void {
		if (id === undefined) return this.explorer.select(null, 'timeline');
		if (id.startsWith(FOLD_PREFIX)) {
			const selected = this.explorer.selectedId;
			this.timeline?.setSelection(selected ? [selected] : []);
			return this.openChip(id, chipAt(id));
		}
		if (id.startsWith(BUCKET_PREFIX)) {
			this.timeline?.setSelection([]);
			return this.zoomToBucket(id);
		}
		this.explorer.select(id, 'timeline');
	}

	/** The pointer is over an item, or none (null): an event is highlighted in the other views. */
	hoverItem(id: string | null): void {
		if (id === null) this.explorer.hover(null, 'timeline');
		else if (!id.startsWith(BUCKET_PREFIX) && !id.startsWith(FOLD_PREFIX))
			this.explorer.hover(id, 'timeline');
	}

	/** The selection whose title was last brought in whole by a pan. */
	#shiftedFor: string | null = null;

	/**
	 * The selected event's title would be cut by an edge, `shift` px over it: pan just enough, once
	 * for this selection (the reader may then pan it away). `width`: the panel's, in px.
	 */
	bringTitleIn(selected: string, shift: number, width: number): void {
		const w = this.timeline?.getWindow();
		if (!w || this.#shiftedFor === selected) return;
		this.#shiftedFor = selected;
		const start = w.start.getTime();
		const end = w.end.getTime();
		const ms = (shift + 12 * Math.sign(shift)) * ((end - start) / width);
		this.show({ start: start + ms, end: end + ms });
	}

	/** Open a "+N" chip: list the events it stands for beside it. */
	openChip(id: string, anchor: Element | null): void {
		const fold = this.folds.get(id);
		if (fold && anchor) this.openFold = { fold, anchor: anchor.getBoundingClientRect() };
	}

	/** Show the period a chip's events cover. */
	zoomToFold(fold: Fold): void {
		const start = Math.min(...fold.events.slice(0, 1000).map((e) => e.start));
		const end = Math.max(...fold.events.slice(0, 1000).map((e) => e.end ?? e.start));
		const pad = Math.max((end - start) * 0.1, 86_400_000);
		this.show({ start: start - pad, end: end + pad });
	}

	/** Bring an event another view selected into sight (see `revealMove`). */
	reveal(e: AtlasEvent, from: Origin): void {
		const timeline = this.timeline;
		if (!timeline) return;
		const w = timeline.getWindow();
		const move = revealMove(
			e.time,
			{ start: w.start.getTime(), end: w.end.getTime() },
			from === 'url' && this.explorer.timeWindowFrom === 'init'
		);
		if (move?.kind === 'window') this.show(move, move.animate);
		else if (move?.kind === 'centre') {
			// Centred, but never so far that the window runs decades past the data.
			const width = w.end.getTime() - w.start.getTime();
			this.show(this.#withinData(move.at - width / 2, width));
		}
	}
}
