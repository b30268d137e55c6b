/**
 * The state of one mounted explorer: dataset, filters, selection, hover, time window and map
 * view. One instance per explorer, shared with its views through typed context, so two
 * explorers on one page never share a selection.
 *
 * Data flows one way: dataset → filtered events ($derived) → views. Views report what the
 * reader did through methods that record which view it came from (`select(id, 'map')`), so a
 * view can tell its own gesture from a change it must follow, and never echo it back.
 */
import { getContext, setContext } from 'svelte';
import type { AtlasEvent, Category, Dataset, Issue, Source, Story } from '$lib/model/types';
import { countryName } from '$lib/model/countryNames';
import type { LoadResult } from '$lib/model/issue';
import { fetchDataset, takePrefetch, type DataSource } from './dataSource';
import { fetchTimeoutMs } from './fetchBytes';
import { indexInTimeOrder, inBounds, inWindow } from './eventQueries';
import type { Bounds, TimeWindow } from './eventQueries';

export { indexInTimeOrder, inBounds, inWindow };
export type { Bounds, TimeWindow };
import { applyFilters, buildIndex, emptyFilters, isFiltering, type Filters } from './filters';
import { stepOrderOf } from './stepOrder';

/** Where a change came from. */
export type Origin =
	'timeline' | 'map' | 'list' | 'detail' | 'keyboard' | 'url' | 'filters' | 'init';

/** A map centre and zoom. */
export interface MapView {
	lat: number;
	lon: number;
	zoom: number;
}

/** Which views are shown. */
export type Layout = 'split' | 'timeline' | 'map' | 'list';

/** The explorer's state. */
export class Explorer {
	/** The loaded dataset (meta and sources), or null while loading. */
	dataset = $state.raw<Dataset | null>(null);
	/** All valid events, in time order. */
	events = $state.raw<AtlasEvent[]>([]);
	/** Problems found while loading. */
	issues = $state.raw<Issue[]>([]);
	/** What the shown data is called in messages (a dataset's name or a URL). */
	label = $state('');
	/**
	 * `loading`: data asked for is on its way (the views wait for it rather than draw what is about
	 * to be replaced); `ready`: the data shown is what was asked for; `error`: it could not be
	 * loaded ({@link error} says why) and the data shown is the earlier one.
	 */
	status = $state<'loading' | 'ready' | 'error'>('loading');
	/** Why the last load failed, for the reader. */
	error = $state<string | null>(null);
	/** What is being loaded, for the reader ("Loading …"). */
	loadingLabel = $state('');
	/**
	 * Where the shown data came from: the bundled dataset (`parsed`), a URL, or a file the reader
	 * opened (which lives only in this browser: a link cannot carry it).
	 */
	sourceKind = $state<DataSource['kind']>('parsed');
	/** What the URL asked for that could not be honoured, for the reader (until dismissed). */
	urlIssues = $state.raw<string[]>([]);
	/** The data to come back to (the bundled dataset), set by the first load of parsed data. */
	#home: Extract<DataSource, { kind: 'parsed' }> | null = null;
	/** Counts loads, so that a slow one finishing after a newer one is ignored. */
	#loads = 0;
	/** Stops the download under way (Cancel). */
	#abort: AbortController | null = null;
	/** The last URL asked for, for Retry. */
	#lastUrl: Extract<DataSource, { kind: 'url' }> | null = null;
	/** How long a download may wait for the server (tests shorten it). */
	fetchTimeoutMs = fetchTimeoutMs();
	/** Retry can load again what failed (the last URL asked for). */
	canRetry = $state(false);

	filters = $state<Filters>(emptyFilters());
	selectedId = $state<string | null>(null);
	selectedFrom = $state<Origin>('init');
	/** The selection came from stepping (the URL then replaces its entry rather than adding one). */
	stepped = $state(false);
	hoveredId = $state<string | null>(null);
	hoveredFrom = $state<Origin>('init');
	/** The timeline's visible window. */
	timeWindow = $state.raw<TimeWindow | null>(null);
	timeWindowFrom = $state<Origin>('init');
	/** What the window does to events outside it on the map and in the list. */
	windowMode = $state<'dim' | 'hide'>('dim');
	mapView = $state.raw<MapView | null>(null);
	mapViewFrom = $state<Origin>('init');
	mapBounds = $state.raw<Bounds | null>(null);
	/** Keep the timeline's window and the map's view when filtering (else they refit to the result). */
	pinned = $state(false);
	/** Only what is on the map: the map's viewport filters the timeline and the list. */
	onlyOnMap = $state(false);
	/** Use online tiles instead of the offline basemap. */
	tiles = $state(false);
	layout = $state<Layout>('split');
	/** The story the reader walks through (opened by a link), which stepping follows; or null. */
	story = $state.raw<Story | null>(null);
	/**
	 * The events a presentation walks through, which the timeline marks (null: none). A function
	 * set once by whoever presents, read reactively by the timeline.
	 */
	marked: () => ReadonlySet<string> | null = () => null;
	/** Data asked for is on its way: the views wait for it (see {@link status}). */
	pending = $derived(this.status === 'loading');
	/** Set by the timeline once it has drawn (tests and benchmarks wait on it). */
	timelineReady = $state(false);
	/** Set by the map once it has drawn. */
	mapReady = $state(false);

	/** Events by id. */
	byId = $derived.by(() => {
		// A loop, not new Map(events.map(...)): no 100,000 pairs to allocate and collect.
		const m = new Map<string, AtlasEvent>();
		for (const e of this.events) m.set(e.id, e);
		return m;
	});
	categories = $derived(
		new Map<string, Category>((this.dataset?.meta.categories ?? []).map((c) => [c.id, c]))
	);
	sources = $derived(new Map<string, Source>((this.dataset?.sources ?? []).map((s) => [s.id, s])));
	/** The search index, built once per dataset. */
	index = $derived(
		buildIndex(
			this.events,
			this.dataset?.sources ?? [],
			(id) => this.categories.get(id)?.label ?? id,
			countryName
		)
	);
	/** Events passing the filters, in time order. */
	filtered = $derived(applyFilters(this.index, this.filters));
	/** Filtered events, narrowed to the map's viewport when `onlyOnMap` is on: what the timeline and list show. */
	matching = $derived(
		this.onlyOnMap && this.mapBounds
			? this.filtered.filter((e) => inBounds(e, this.mapBounds))
			: this.filtered
	);
	/**
	 * What the list and the count show: the matching events, without those outside the time
	 * window when the reader asked to hide them (the timeline and the map dim or hide them
	 * themselves, by the same rule: `inWindow`).
	 */
	shown = $derived(
		this.windowMode === 'hide' && this.timeWindow
			? this.matching.filter((e) => inWindow(e, this.timeWindow))
			: this.matching
	);
	/** The selected event, if it exists. */
	selected = $derived(this.selectedId ? (this.byId.get(this.selectedId) ?? null) : null);
	/**
	 * The order ←/→, Previous/Next and Home/End go through: the open {@link story}, else the
	 * dataset's `meta.story`, else time order (see `stepOrderOf`).
	 */
	stepOrder = $derived(
		stepOrderOf(
			this.matching,
			this.byId,
			this.story ? this.story.steps.map((s) => s.event) : (this.dataset?.meta.story ?? [])
		)
	);
	/** The events before and after the selection in the stepping order (`step` moves to them). */
	neighbours = $derived.by((): { prev: AtlasEvent | null; next: AtlasEvent | null } => {
		const e = this.selected;
		if (!e) return { prev: null, next: null };
		return { prev: this.#neighbour(e, -1), next: this.#neighbour(e, 1) };
	});
	/** What a screen reader is told about the selection (the views themselves move silently). */
	announcement = $derived(
		this.selected
			? `Selected: ${this.selected.title}, ${this.selected.time.label}, ${this.selected.place.name}`
			: ''
	);
	/**
	 * Every view the layout shows has drawn the current data (tests and benchmarks wait on it,
	 * and idle work starts after it).
	 */
	ready = $derived(
		!this.pending &&
			(this.layout === 'map' || this.layout === 'list' || this.timelineReady) &&
			(this.layout === 'timeline' || this.layout === 'list' || this.mapReady)
	);

	/** True when anything narrows the events (enables "Clear all filters"). */
	filtering = $derived(isFiltering(this.filters) || this.onlyOnMap);

	/**
	 * Load data from a source: one way for every source. Parsed data is shown at once (the
	 * synchronous part of this call, so a prerendered page has it); a URL is fetched and parsed
	 * while the views wait, and a failure leaves the earlier data shown with {@link error} set.
	 * The first parsed source is remembered as home ({@link loadHome}).
	 */
	async load(source: DataSource): Promise<void> {
		const token = ++this.#loads;
		this.#abort?.abort();
		if (source.kind === 'parsed' || source.kind === 'file') {
			if (source.kind === 'parsed') this.#home ??= source;
			this.#show(source.result, source.label, source.kind);
			return;
		}
		const abort = (this.#abort = new AbortController());
		this.#lastUrl = source;
		this.status = 'loading';
		this.error = null;
		this.canRetry = false;
		this.loadingLabel = source.label;
		if (source.note) this.urlIssues = [source.note];
		const href = source.url.href;
		const r = await fetchDataset(href, source.label, takePrefetch(href), {
			format: source.format,
			signal: abort.signal,
			timeoutMs: this.fetchTimeoutMs,
			onPlaces: () => {
				if (token === this.#loads) this.loadingLabel = `the gazetteer for ${source.label}`;
			}
		});
		if (token !== this.#loads) return;
		this.#abort = null;
		if ('error' in r) {
			this.fail(r.error);
			this.canRetry = true;
		} else this.#show(r, source.label, 'url');
	}

	/** Stop the download under way, if any, and go back to the bundled dataset. */
	cancel(): void {
		this.#abort?.abort();
		this.#abort = null;
		this.#lastUrl = null;
		this.canRetry = false;
		++this.#loads;
		if (this.#home) this.#show(this.#home.result, this.#home.label, 'parsed');
		else {
			this.error = null;
			this.status = 'ready';
			this.loadingLabel = '';
		}
	}

	/** Load again what failed to load. */
	retry(): Promise<void> {
		return this.#lastUrl ? this.load(this.#lastUrl) : Promise.resolve();
	}

	/** Go back to the first data loaded (the bundled dataset), if any. */
	loadHome(): void {
		if (this.#home) void this.load(this.#home);
	}

	/** Loading failed before anything could be read: keep what is shown and say why. */
	fail(message: string): void {
		++this.#loads;
		this.canRetry = false;
		this.error = message;
		this.status = 'error';
		this.loadingLabel = '';
	}

	#show(r: LoadResult, label: string, kind: DataSource['kind']): void {
		this.sourceKind = kind;
		this.dataset = r.dataset;
		this.events = r.events;
		this.issues = r.issues;
		this.label = label;
		this.error = null;
		this.status = 'ready';
		this.loadingLabel = '';
		// The views say again when they have drawn these events.
		this.timelineReady = false;
		this.mapReady = false;
		if (this.selectedId && !this.byId.has(this.selectedId)) this.selectedId = null;
		this.story = null;
	}

	/**
	 * A view reports whether it has drawn the current data (`false` when it starts over, on new
	 * data or when it unmounts).
	 */
	drawn(view: 'timeline' | 'map', done = true): void {
		if (view === 'timeline') {
			if (this.timelineReady !== done) this.timelineReady = done;
		} else if (this.mapReady !== done) this.mapReady = done;
	}

	/** Select an event (or clear with null), recording which view asked. */
	select(id: string | null, from: Origin): void {
		this.selectedFrom = from;
		this.selectedId = id;
		this.stepped = false;
	}

	/** Hover or focus an event in one view, to highlight it in the others. */
	hover(id: string | null, from: Origin): void {
		if (this.hoveredId === id) return;
		this.hoveredFrom = from;
		this.hoveredId = id;
	}

	/** The timeline's window changed (or another view asks it to change). */
	setTimeWindow(w: TimeWindow | null, from: Origin): void {
		const cur = this.timeWindow;
		if (cur && w && cur.start === w.start && cur.end === w.end) return;
		this.timeWindowFrom = from;
		this.timeWindow = w;
	}

	/** The map moved (or another view asks it to move). */
	setMapView(v: MapView, bounds: Bounds | null, from: Origin): void {
		const cur = this.mapView;
		if (bounds) this.mapBounds = bounds;
		if (cur && cur.lat === v.lat && cur.lon === v.lon && cur.zoom === v.zoom) return;
		this.mapViewFrom = from;
		this.mapView = v;
	}

	/** Replace the filters. */
	setFilters(f: Partial<Filters>, from: Origin = 'filters'): void {
		this.filters = { ...this.filters, ...f };
		// A selection the filters now leave out is closed: the detail never shows what no view does.
		const sel = this.selected;
		if (sel && !this.filtered.includes(sel)) this.select(null, from);
	}

	/** Clear every filter, including "only what is on the map". */
	clearFilters(): void {
		this.filters = emptyFilters();
		this.onlyOnMap = false;
	}

	/**
	 * Move the selection through the stepping order ({@link stepOrder}; +1 next, -1 previous).
	 * With nothing selected, next is the first event and previous the last; at an end it stays.
	 */
	step(delta: number, from: Origin = 'keyboard'): AtlasEvent | null {
		const { list } = this.stepOrder;
		if (list.length === 0) return null;
		const cur = this.selected;
		const e = cur
			? (this.#neighbour(cur, delta) ?? cur)
			: delta > 0
				? list[0]!
				: list[list.length - 1]!;
		this.select(e.id, from);
		this.stepped = true;
		return e;
	}

	/** Go to the first (`'first'`) or last event of the stepping order. */
	stepTo(end: 'first' | 'last', from: Origin = 'keyboard'): AtlasEvent | null {
		const { list } = this.stepOrder;
		const e = end === 'first' ? list[0] : list[list.length - 1];
		if (!e) return null;
		this.select(e.id, from);
		this.stepped = true;
		return e;
	}

	/**
	 * The event `delta` (±1) away from `e` in the stepping order. An event that is not in the
	 * order (a computed date, an event the story leaves out) has as neighbours the nearest events
	 * in time when the order is in time order, else the order's ends.
	 */
	#neighbour(e: AtlasEvent, delta: number): AtlasEvent | null {
		const { list, timeOrdered } = this.stepOrder;
		if (list.length === 0) return null;
		const at = timeOrdered ? indexInTimeOrder(list, e) : list.indexOf(e);
		if (at >= 0) return list[at + delta] ?? null;
		if (!timeOrdered) return delta > 0 ? list[0]! : list[list.length - 1]!;
		// The first event after e in time, or the last before it.
		let lo = 0;
		let hi = list.length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (list[mid]!.order < e.order) lo = mid + 1;
			else hi = mid;
		}
		return (delta > 0 ? list[lo] : list[lo - 1]) ?? null;
	}
}

const KEY = Symbol('explorer');

/** Share an explorer with the components below. */
export function setExplorer(e: Explorer): Explorer {
	return setContext(KEY, e);
}

/** The explorer of the nearest explorer root. */
export function getExplorer(): Explorer {
	const e = getContext<Explorer | undefined>(KEY);
	if (!e)
		throw new Error('getExplorer() called outside an explorer: wrap the view in <ExplorerRoot>.');
	return e;
}
