import type * as Leaflet from 'leaflet';

/**
 * Leaflet, imported once (it cannot be imported at the top level: it needs `window`). A page that
 * knows it will draw a map (an embed) can start the download before the view mounts.
 */
let loading: Promise<typeof Leaflet> | null = null;

export function loadLeaflet(): Promise<typeof Leaflet> {
	// Leaflet is UMD: depending on the bundler's interop it arrives as `default` or as named exports.
	loading ??= import('leaflet').then(
		(mod) => ((mod as unknown as { default?: typeof Leaflet }).default ?? mod) as typeof Leaflet,
		(error: unknown) => {
			// A failed download is tried again by the next caller.
			loading = null;
			throw error;
		}
	);
	return loading;
}
