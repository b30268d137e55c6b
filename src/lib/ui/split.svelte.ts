/**
 * Where the reader put the split between the timeline and the map on wide screens: a
 * per-browser preference, kept in localStorage like the theme. The value is the timeline's
 * share of the height in percent; the map always keeps at least as much as the timeline.
 */
const KEY = 'chronoatlas:split';

/** The timeline's share of the height the two share, in percent. */
export const SPLIT_MIN = 20;
/** At most half: the map never gets less room than the timeline. */
export const SPLIT_MAX = 50;
/** A little over two fifths for the timeline, the rest for the map and the detail. */
export const SPLIT_DEFAULT = 42;

/** A share in range, rounded to a whole percent; anything unreadable is the default. */
export function clampSplit(v: unknown): number {
	const n = typeof v === 'string' ? Number(v) : v;
	if (typeof n !== 'number' || !Number.isFinite(n)) return SPLIT_DEFAULT;
	return Math.min(SPLIT_MAX, Math.max(SPLIT_MIN, Math.round(n)));
}

class SplitPreference {
	value = $state(SPLIT_DEFAULT);

	/** Take up the stored preference (browser only). */
	init(): void {
		try {
			const stored = localStorage.getItem(KEY);
			if (stored !== null) this.value = clampSplit(stored);
		} catch {
			// Storage can be blocked (private mode, sandboxed iframes): the default it is.
		}
	}

	/** Move the split (clamped) and remember it for this browser. */
	set(v: number): void {
		const next = clampSplit(v);
		if (next === this.value) return;
		this.value = next;
		try {
			localStorage.setItem(KEY, String(next));
		} catch {
			// Blocked storage: the split lasts this visit.
		}
	}
}

/** The split preference of this browser. */
export const split = new SplitPreference();
