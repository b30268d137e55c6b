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
		else if (move?.kind === 'centre')
			timeline.moveTo(new Date(move.at), { animation: !reducedMotion() });
	}
}
