/**
 * The explorer's keyboard: ← → step through the events (`Explorer.stepOrder`), Home/End go to
 * the ends of the same order, Escape closes what is open. Keys typed into a field, and arrows inside the map (which pan
 * it), are left alone.
 */
import type { Explorer } from '$lib/state/explorer.svelte';

/** True when the key goes to a text field or a select, not to the explorer. */
function isTyping(t: EventTarget | null): boolean {
	const el = t as HTMLElement | null;
	if (!el) return false;
	return (
		el.isContentEditable ||
		el.tagName === 'INPUT' ||
		el.tagName === 'TEXTAREA' ||
		el.tagName === 'SELECT'
	);
}

/**
 * Handle a key press on the page for `explorer`. `closePanel` closes an open panel (the filters
 * on a narrow screen) and returns true when there was one, so Escape closes that first.
 */
export function handleExplorerKey(
	ev: KeyboardEvent,
	explorer: Explorer,
	closePanel: () => boolean
): void {
	if (ev.defaultPrevented || ev.altKey || ev.ctrlKey || ev.metaKey) return;
	if (ev.key === 'Escape') {
		if (!closePanel() && explorer.selectedId) explorer.select(null, 'keyboard');
		return;
	}
	if (isTyping(ev.target)) return;
	// Inside the map, arrows pan it (Leaflet's keyboard support).
	if ((ev.target as HTMLElement | null)?.closest?.('.leaflet-container')) return;
	if (ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') {
		ev.preventDefault();
		explorer.step(ev.key === 'ArrowRight' ? 1 : -1, 'keyboard');
	} else if (ev.key === 'Home' || ev.key === 'End') {
		if (explorer.stepTo(ev.key === 'Home' ? 'first' : 'last', 'keyboard')) ev.preventDefault();
	}
}
