/**
 * An attachment for swiping between steps on touch screens: a mostly horizontal stroke of at
 * least 48 px calls `go(+1)` (towards the left: next) or `go(-1)`. Mouse drags are left alone
 * (they select text), and so is vertical scrolling.
 */
import type { Attachment } from 'svelte/attachments';

/** Smallest horizontal travel, in CSS px, that counts as a swipe. */
const MIN_PX = 48;

/** Which way a stroke from (x0, y0) to (x1, y1) goes: +1 next, -1 previous, 0 not a swipe. */
export function swipeDirection(x0: number, y0: number, x1: number, y1: number): -1 | 0 | 1 {
	const dx = x1 - x0;
	const dy = y1 - y0;
	if (Math.abs(dx) < MIN_PX || Math.abs(dx) < 1.5 * Math.abs(dy)) return 0;
	return dx < 0 ? 1 : -1;
}

/** The attachment: swipes on the element call `go`. */
export function swipe(go: (dir: -1 | 1) => void): Attachment<HTMLElement> {
	return (el) => {
		let start: { x: number; y: number; id: number } | null = null;
		const down = (e: PointerEvent) => {
			if (e.pointerType === 'mouse') return;
			start = { x: e.clientX, y: e.clientY, id: e.pointerId };
		};
		const up = (e: PointerEvent) => {
			if (!start || e.pointerId !== start.id) return;
			const dir = swipeDirection(start.x, start.y, e.clientX, e.clientY);
			start = null;
			if (dir) go(dir);
		};
		const cancel = () => (start = null);
		el.addEventListener('pointerdown', down);
		el.addEventListener('pointerup', up);
		el.addEventListener('pointercancel', cancel);
		return () => {
			el.removeEventListener('pointerdown', down);
			el.removeEventListener('pointerup', up);
			el.removeEventListener('pointercancel', cancel);
		};
	};
}
