/**
 * The view libraries (vis-timeline with vis-data, Leaflet), each requested once. The explorer asks
 * for them as it starts, not when its views mount after hydration: their download and compilation
 * then overlap hydration and a `?data=` download instead of following them. A failed request is
 * forgotten, so the next view to mount asks again.
 */

type TimelineLib = [typeof import('vis-timeline/esnext'), typeof import('vis-data/esnext')];
type LeafletLib = typeof import('leaflet');

let timeline: Promise<TimelineLib> | null = null;
let leaflet: Promise<LeafletLib> | null = null;

/** vis-timeline and vis-data. */
export function timelineLib(): Promise<TimelineLib> {
	timeline ??= Promise.all([import('vis-timeline/esnext'), import('vis-data/esnext')]).catch(
		(e: unknown) => {
			timeline = null;
			throw e;
		}
	);
	return timeline;
}

/** Leaflet. */
export function leafletLib(): Promise<LeafletLib> {
	leaflet ??= import('leaflet').catch((e: unknown) => {
		leaflet = null;
		throw e;
	});
	return leaflet;
}

/** Start loading both now (in the browser); the views pick them up when they mount. */
export function preloadViewLibs(): void {
	// A failure surfaces where a view awaits it, not here.
	timelineLib().catch(() => {});
	leafletLib().catch(() => {});
}
