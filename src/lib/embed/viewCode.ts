/**
 * The code of an embed's views, each imported once and only when its view is shown (a map-only
 * embed never downloads vis-timeline, a timeline-only one never Leaflet). `startViewCode` begins
 * the downloads from the page's load function, before the page hydrates: the views' components
 * and their libraries then arrive together, instead of the libraries waiting for the components
 * to mount.
 */
import { loadLeaflet } from '$lib/map/loadLeaflet';
import { loadVisTimeline } from '$lib/timeline/loadVisTimeline';
import type { EmbedView } from './embedParams';

/** A download's failure is reported by the view that asked for it, when it mounts. */
const ignore = (): void => {};

let timelineView: Promise<typeof import('$lib/timeline/TimelineView.svelte')> | null = null;
let mapView: Promise<typeof import('$lib/map/MapView.svelte')> | null = null;

/** The timeline view's component (a failed download is tried again by the next caller). */
export function loadTimelineView(): Promise<typeof import('$lib/timeline/TimelineView.svelte')> {
	timelineView ??= import('$lib/timeline/TimelineView.svelte').catch((error: unknown) => {
		timelineView = null;
		throw error;
	});
	return timelineView;
}

/** The map view's component (a failed download is tried again by the next caller). */
export function loadMapView(): Promise<typeof import('$lib/map/MapView.svelte')> {
	mapView ??= import('$lib/map/MapView.svelte').catch((error: unknown) => {
		mapView = null;
		throw error;
	});
	return mapView;
}

type MapViewModule = typeof import('$lib/map/MapView.svelte');

/** The timeline view and its library. */
const timelineCode = () => Promise.all([loadTimelineView(), loadVisTimeline()]);

/** The map view, with Leaflet downloading beside it. */
function mapCode(): Promise<MapViewModule> {
	loadLeaflet().catch(ignore);
	return loadMapView();
}

/**
 * The map view's code for `view`, or null when `view` has no map. With both views, the
 * timeline's code (the view on top) has the network to itself, then the map's follows.
 */
export function mapCodeFor(view: EmbedView): Promise<MapViewModule> | null {
	if (view === 'map') return mapCode();
	if (view === 'both') return timelineCode().then(mapCode, mapCode);
	return null;
}

/** Start downloading what `view` draws (a failure is reported by the view when it mounts). */
export function startViewCode(view: EmbedView): void {
	if (view === 'both' || view === 'timeline') timelineCode().catch(ignore);
	mapCodeFor(view)?.catch(ignore);
}
