/**
 * The explorer's located events as points on the map: the spatial index (built once per dataset),
 * each event's point by id, the filters as a mask by event order, and marker specs cached per
 * event. Everything here is derived from the explorer; the map's layers only read it.
 */
import type { AtlasEvent } from '$lib/model/types';
import type { Explorer } from '$lib/state/explorer.svelte';
import { buildPointIndex, type GridFilter } from './cluster';
import { isLocated, markerSpec, type MarkerSpec } from './markers';

/** The located events of an explorer, indexed. */
export class EventPoints {
	readonly #explorer: Explorer;

	/** Located events, their points by id and the spatial index: once per dataset. Point i is `list[i]`. */
	located = $derived.by(() => {
		const explorer = this.#explorer;
		const events = explorer.events;
		const list = events.filter(isLocated);
		const index = buildPointIndex(
			list.map((e) => ({
				lat: e.place.lat!,
				lon: e.place.lon!,
				order: e.order,
				earliest: e.time.earliest,
				latest: e.time.latest
			}))
		);
		// Point of each event by its `order` (-1: not on the map): a typed array, not a map of
		// 100,000 ids; an id goes through explorer.byId.
		const at = new Int32Array(events.length).fill(-1);
		for (let i = 0; i < list.length; i++) at[list[i]!.order] = i;
		const pos = (id: string): number | undefined => {
			const e = explorer.byId.get(id);
			const p = e ? at[e.order] : undefined;
			return p === undefined || p < 0 ? undefined : p;
		};
		return { list, pos, index };
	});

	/** Filter membership by event `order` (1 = passes the filters and `only`, when given). */
	mask = $derived.by(() => {
		// `order` is the position in explorer.events (0..length-1).
		const m = new Uint8Array(this.#explorer.events.length);
		const only = this.#only();
		for (const e of this.#explorer.filtered) if (!only || only.has(e.id)) m[e.order] = 1;
		return m;
	});
	readonly #only: () => ReadonlySet<string> | null;

	#specs = new WeakMap<AtlasEvent, MarkerSpec>();
	#specsFor: unknown = null;

	/** `only`: when it gives a set, only those events are drawn (a presentation's current stop). */
	constructor(explorer: Explorer, only: () => ReadonlySet<string> | null = () => null) {
		this.#explorer = explorer;
		this.#only = only;
	}

	/** The point of the selected event when it is located and passes the filters, else -1. */
	selectedPoint(): number {
		const id = this.#explorer.selectedId;
		if (!id) return -1;
		const { pos, index } = this.located;
		const p = pos(id);
		if (p === undefined || !this.mask[index.order[p]!]) return -1;
		return p;
	}

	/** What the clustering counts now, leaving out point `exclude` (the selection) or none (-1). */
	filter(exclude: number): GridFilter {
		const x = this.#explorer;
		return { mask: this.mask, window: x.timeWindow, mode: x.windowMode, exclude };
	}

	/** The marker of point p, made once per event and category set. */
	spec = (p: number): MarkerSpec => {
		const categories = this.#explorer.categories;
		if (this.#specsFor !== categories) {
			this.#specs = new WeakMap();
			this.#specsFor = categories;
		}
		const e = this.located.list[p]!;
		let s = this.#specs.get(e);
		if (!s) {
			s = markerSpec(e, categories)!;
			this.#specs.set(e, s);
		}
		return s;
	};
}
