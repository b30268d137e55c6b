/**
 * Tell the host page the embed's height whenever it changes, in pym.js's format and ours
 * (`resizeMessages.ts`), and again whenever the host asks (pym.js sends its width on load and on
 * every resize; `/embed.js` asks when it starts, which may be after the embed's first message).
 */
import { heightMessage, hostAsks, pymHeightMessage } from './resizeMessages';

/**
 * Start reporting. `root`'s size and its children's are watched; `measure` gives the height the
 * embed wants (its natural height, not the height it was stretched to). Returns the teardown.
 * Does nothing outside a frame.
 */
export function reportHeight(
	root: HTMLElement,
	measure: () => number,
	id: string | null
): () => void {
	if (window.parent === window) return () => {};
	const host = window.parent;
	let last = -1;
	let frame = 0;

	const send = (again: boolean): void => {
		const height = Math.ceil(measure());
		if (!(height > 0) || (!again && height === last)) return;
		last = height;
		// A height tells the host nothing it could not see: any origin may have it.
		if (id !== null) host.postMessage(pymHeightMessage(id, height), '*');
		host.postMessage(heightMessage(id, height), '*');
	};
	const schedule = (): void => {
		if (frame) return;
		frame = requestAnimationFrame(() => {
			frame = 0;
			send(false);
		});
	};

	const sizes = new ResizeObserver(schedule);
	const watch = (): void => {
		sizes.observe(root);
		for (const child of root.children) sizes.observe(child);
	};
	watch();
	// Children come and go (notes dismissed, a detail opened): watch the new ones too.
	const children = new MutationObserver(() => {
		watch();
		schedule();
	});
	children.observe(root, { childList: true });

	const onMessage = (ev: MessageEvent): void => {
		if (ev.source === host && hostAsks(ev.data, id)) send(true);
	};
	addEventListener('message', onMessage);
	send(true);

	return () => {
		sizes.disconnect();
		children.disconnect();
		removeEventListener('message', onMessage);
		if (frame) cancelAnimationFrame(frame);
	};
}
