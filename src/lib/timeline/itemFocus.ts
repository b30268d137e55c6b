/**
 * The timeline is one tab stop, with the arrow keys inside it (the roving tabindex of the ARIA
 * practices): Tab reaches one item, ←/→ (or ↑/↓) move to the item before or after it on screen,
 * Home and End to the first and last. Only drawn items take focus, and every drawn title is in
 * view, so focus never lands out of sight.
 */

/** The item labels drawn now, left to right (ties: bottom row first). */
export function labelsInOrder(host: HTMLElement): HTMLElement[] {
	const labels = [...host.querySelectorAll<HTMLElement>('.vis-item .item-label[role="button"]')];
	const at = new Map(labels.map((l) => [l, l.getBoundingClientRect()]));
	return labels.sort(
		(a, b) => at.get(a)!.left - at.get(b)!.left || at.get(b)!.top - at.get(a)!.top
	);
}

/**
 * Give the tab stop to one label: the focused one, else the selected event's, else the one that
 * had it, else the first event on screen. Called after each redraw (labels come and go as the window
 * moves); only the last case measures the labels.
 */
export function roveTabStop(host: HTMLElement, selectedId: string | null): void {
	const labels = [...host.querySelectorAll<HTMLElement>('.vis-item .item-label[role="button"]')];
	if (!labels.length) return;
	const active = document.activeElement;
	const stop =
		labels.find((l) => l === active) ??
		labels.find((l) => selectedId !== null && l.dataset.eventId === selectedId) ??
		labels.find((l) => l.tabIndex === 0) ??
		firstOnScreen(host);
	for (const l of labels) l.tabIndex = l === stop ? 0 : -1;
}

/** The first event on screen, else the first item (a "+N" chip or a count). */
function firstOnScreen(host: HTMLElement): HTMLElement {
	const inOrder = labelsInOrder(host);
	return inOrder.find((l) => l.dataset.eventId !== undefined) ?? inOrder[0]!;
}

const MOVES: Record<string, (i: number, n: number) => number> = {
	ArrowLeft: (i) => i - 1,
	ArrowUp: (i) => i - 1,
	ArrowRight: (i) => i + 1,
	ArrowDown: (i) => i + 1,
	Home: () => 0,
	End: (_, n) => n - 1
};

/** Move focus between items for an arrow, Home or End on one; true when the key was used. */
export function moveItemFocus(host: HTMLElement, from: HTMLElement, key: string): boolean {
	const move = MOVES[key];
	if (!move) return false;
	const labels = labelsInOrder(host);
	const i = labels.indexOf(from);
	if (i < 0) return false;
	const next = labels[Math.max(0, Math.min(labels.length - 1, move(i, labels.length)))];
	if (next && next !== from) {
		from.tabIndex = -1;
		next.tabIndex = 0;
		next.focus();
	}
	return true;
}
