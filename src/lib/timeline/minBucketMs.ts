/** How narrow a count bucket may be, so that its count fits in it. */
import type { TimeWindow } from '$lib/state/explorer.svelte';

/**
 * The shortest time a count bucket may cover in this window: room for five characters
 * ("2,228", "12.5k") at `fontPx`, and never under 44 px (a touch target). A phone gets fewer,
 * longer buckets; a projector's larger type, wider ones. `widthPx` is the width the window is
 * drawn across.
 */
export function minBucketMs(window: TimeWindow, widthPx: number, fontPx: number): number {
	const px = Math.max(44, Math.ceil(fontPx * 3.2 + 8));
	return (px * (window.end - window.start)) / widthPx;
}
