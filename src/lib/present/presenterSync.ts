/**
 * Keeps a presentation and its presenter view in step, both ways, over a BroadcastChannel named
 * after the presentation (`channel` in both windows' URLs), so two presentations open in one
 * browser never drive each other. Each window posts the step it moved to; the other follows.
 */

/** What the windows tell each other. */
export interface StepMessage {
	type: 'chronoatlas-present-step';
	story: string;
	step: number;
}

/** True for a message of ours with sane values (anything else on the channel is ignored). */
export function isStepMessage(v: unknown): v is StepMessage {
	if (v === null || typeof v !== 'object') return false;
	const m = v as Record<string, unknown>;
	return (
		m.type === 'chronoatlas-present-step' &&
		typeof m.story === 'string' &&
		typeof m.step === 'number' &&
		Number.isInteger(m.step) &&
		m.step >= 0
	);
}

/** A fresh channel name for a presentation. */
export function newChannelName(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(6));
	return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Join the channel `name`: `onStep` hears the other window's moves; the returned `post` tells it
 * ours, `close` leaves. Without BroadcastChannel (very old browsers) it does nothing.
 */
export function joinPresentation(
	name: string,
	onStep: (m: StepMessage) => void
): { post: (story: string, step: number) => void; close: () => void } {
	if (typeof BroadcastChannel === 'undefined') return { post: () => {}, close: () => {} };
	const channel = new BroadcastChannel(`chronoatlas-present:${name}`);
	channel.onmessage = (ev: MessageEvent) => {
		if (isStepMessage(ev.data)) onStep(ev.data);
	};
	return {
		post: (story, step) =>
			channel.postMessage({ type: 'chronoatlas-present-step', story, step } satisfies StepMessage),
		close: () => channel.close()
	};
}
