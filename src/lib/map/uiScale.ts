/**
 * How much larger than at 16 px the page's text is (the root font grows on very wide screens,
 * up to 30 px on a 4K projector at 1×): markers, clusters and Leaflet's px-sized controls scale
 * by it, so they stay as readable as the text around them. Never below 1.
 */
export function uiScale(): number {
	if (typeof document === 'undefined') return 1;
	const px = parseFloat(getComputedStyle(document.documentElement).fontSize);
	return Number.isFinite(px) ? Math.max(1, Math.round((px / 16) * 100) / 100) : 1;
}
