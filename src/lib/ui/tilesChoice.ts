/**
 * Whether this browser's reader chose online map tiles: a per-browser preference kept in
 * localStorage, never in a link. Tiles come from an outside server, which then sees the reader's
 * address and where they look on the map; a shared link must not make that choice for them.
 */
const KEY = 'chronoatlas:tiles';

/** The stored choice (false where storage is blocked or on the server). */
export function readTilesChoice(): boolean {
	try {
		return typeof localStorage !== 'undefined' && localStorage.getItem(KEY) === '1';
	} catch {
		return false;
	}
}

/** Remember the choice for this browser. */
export function saveTilesChoice(on: boolean): void {
	try {
		if (on) localStorage.setItem(KEY, '1');
		else localStorage.removeItem(KEY);
	} catch {
		// Storage can be blocked (private mode, sandboxed iframes): the choice lasts this visit.
	}
}
