/**
 * The map's context: what `LeafletMap` shares with the layers and controls inside it (the
 * Leaflet module and map, the container's size, the notices, what is still being drawn, and the
 * camera moves more than one of them makes). One per map, so two explorers on a page never share
 * a map.
 */
import type * as Leaflet from 'leaflet';
import { getContext, setContext } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import type { Explorer } from '$lib/state/explorer.svelte';
import { viewOf, type LatLon } from './camera';

/** The Leaflet module (loaded in the browser only). */
export type LeafletModule = typeof Leaflet;

/** A map pane's options (`MapContext.pane`). */
export interface PaneOptions {
	/** Stacking order among Leaflet's panes (tiles 200, overlays 400, markers 600). */
	zIndex: number;
	/** Classes added to the pane. */
	className?: string;
	/** False: the pane never takes pointer events (a full-size SVG would swallow clicks). */
	pointerEvents?: boolean;
}

/** The map of one explorer, shared with its layers. */
export class MapContext {
	/** The Leaflet module, once loaded. */
	L = $state.raw<LeafletModule | null>(null);
	/** The map, once created on its container (null again after it is removed). */
	map = $state.raw<Leaflet.Map | null>(null);
	/** The map container's size in px (0 while it is laid out in a hidden panel). */
	width = $state(0);
	height = $state(0);
	/** The container has a size: fitting a view to it means something. */
	sized = $derived(this.width > 0 && this.height > 0);
	/** The element around the map (`data-testid="map"`): layers put figures for tests on it. */
	root: HTMLElement | null = null;

	readonly #explorer: Explorer;
	readonly #notices = new SvelteMap<symbol, () => string>();
	/** Layers that have not drawn the current data yet (not reactive: read when one reports). */
	readonly #drawing = new Set<string>();

	/** What the map says to the reader (a layer's failure), '' when all is well. */
	notice = $derived(
		[...this.#notices.values()]
			.map((text) => text())
			.filter(Boolean)
			.join(' ')
	);

	constructor(explorer: Explorer) {
		this.#explorer = explorer;
	}

	/**
	 * The Leaflet module and map. Layers and controls call it as they mount: `LeafletMap` mounts
	 * them only once the map exists.
	 */
	get leaflet(): { L: LeafletModule; map: Leaflet.Map } {
		const { L, map } = this;
		if (!L || !map) {
			throw new Error(
				'MapContext.leaflet: the map does not exist yet; render layers and controls inside <LeafletMap>, which mounts them once it has created the map.'
			);
		}
		return { L, map };
	}

	/** False when the reader asked for reduced motion: camera moves jump instead of flying. */
	get animate(): boolean {
		return !(
			typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches
		);
	}

	/** A map pane by name, created on first use (a layer that remounts gets the same pane). */
	pane(name: string, options: PaneOptions): HTMLElement {
		const { map } = this.leaflet;
		const existing = map.getPane(name);
		if (existing) return existing;
		const pane = map.createPane(name);
		pane.style.zIndex = String(options.zIndex);
		if (options.className) pane.classList.add(...options.className.split(' '));
		if (options.pointerEvents === false) pane.style.pointerEvents = 'none';
		return pane;
	}

	/**
	 * Show a notice in the map while the returned function has not been called. `text` is read
	 * reactively; '' shows nothing. Notices are joined in the order they were added.
	 */
	addNotice(text: () => string): () => void {
		const key = Symbol('notice');
		this.#notices.set(key, text);
		return () => this.#notices.delete(key);
	}

	/**
	 * A layer reports whether it has drawn the current data (`false` when it starts over). Once
	 * every layer that reported has drawn, the explorer hears that the map has; a layer that goes
	 * away reports `true` so that nothing waits for it.
	 */
	drawn(layer: string, done = true): void {
		if (!done) {
			this.#drawing.add(layer);
			return;
		}
		this.#drawing.delete(layer);
		if (this.#drawing.size === 0 && this.map) this.#explorer.drawn('map');
	}

	/** Tell the explorer where the map is (origin 'map'): its centre, zoom and bounds. */
	reportView(): void {
		const map = this.map;
		if (!map) return;
		const b = map.getBounds();
		const { view, bounds } = viewOf(map.getCenter(), map.getZoom(), {
			west: b.getWest(),
			south: b.getSouth(),
			east: b.getEast(),
			north: b.getNorth()
		});
		this.#explorer.setMapView(view, bounds, 'map');
	}

	/** Bring places into view, zooming out only if they need it (an online event's linked places). */
	showPlaces(places: readonly { lat: number; lon: number }[]): void {
		const { L, map } = this;
		if (!L || !map || places.length === 0) return;
		const b = L.latLngBounds(places.map((p): LatLon => [p.lat, p.lon]));
		if (map.getBounds().pad(-0.1).contains(b)) return;
		map.fitBounds(b, {
			padding: [60, 60],
			maxZoom: Math.max(map.getZoom(), 5),
			animate: this.animate
		});
	}
}

const KEY = Symbol('map');

/** Share a map's context with the layers and controls below (`LeafletMap` does). */
export function setMapContext(ctx: MapContext): MapContext {
	return setContext(KEY, ctx);
}

/** The context of the enclosing `LeafletMap`. */
export function getMapContext(): MapContext {
	const ctx = getContext<MapContext | undefined>(KEY);
	if (!ctx) {
		throw new Error(
			'getMapContext() called outside a map: render map layers and controls inside <LeafletMap>.'
		);
	}
	return ctx;
}
