/**
 * The one place that reaches into Leaflet's private fields (see STYLE: library internals live in
 * one small, commented file).
 */
import type { Map as LeafletMap } from 'leaflet';

/**
 * Leaflet 1.9 leaves timers running when a map is removed, and each then reads the removed map
 * pane and throws ("Cannot read properties of undefined (reading '_leaflet_pos')"): the end of a
 * zoom animation (a 250 ms timer, https://github.com/Leaflet/Leaflet/issues/6876), a wheel zoom
 * (a 40 ms timer calling `setZoomAround`) and a drag's inertia (`panBy` in the next frame). The
 * reader meets them by zooming or dragging and switching the layout at once. Call right after
 * `map.remove()`: the animation is marked as over (its timer then returns at once), and the
 * moves the other timers make do nothing.
 */
export function quietAfterRemove(map: LeafletMap): void {
	(map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
	const nothing = () => map;
	map.panBy = nothing;
	map.setZoomAround = nothing;
	map.setView = nothing;
	map.setZoom = nothing;
	map.panTo = nothing;
	map.flyTo = nothing;
	map.invalidateSize = nothing;
}
