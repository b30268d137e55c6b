/**
 * The presentation's keys, as presenters expect them from Reveal.js and from clickers (which send
 * PageUp/PageDown): a pure mapping from a key to an action, with the digits typed so far for
 * "a number then Enter".
 */

/** What a key asks the presentation to do. */
export type PresentAction =
	| { kind: 'next' }
	| { kind: 'prev' }
	| { kind: 'first' }
	| { kind: 'last' }
	| { kind: 'jump'; step: number }
	| { kind: 'leave' }
	| { kind: 'fullscreen' }
	| { kind: 'black' }
	| { kind: 'help' }
	| { kind: 'presenter' }
	| { kind: 'follow' }
	| { kind: 'autoplay' }
	| { kind: 'digit' }
	| { kind: 'none' };

/** The result of a key: the action and the digits typed so far. */
export interface KeyResult {
	action: PresentAction;
	digits: string;
}

const SIMPLE: ReadonlyMap<string, PresentAction> = new Map<string, PresentAction>([
	['ArrowRight', { kind: 'next' }],
	['ArrowDown', { kind: 'next' }],
	[' ', { kind: 'next' }],
	['PageDown', { kind: 'next' }],
	['ArrowLeft', { kind: 'prev' }],
	['ArrowUp', { kind: 'prev' }],
	['PageUp', { kind: 'prev' }],
	['Home', { kind: 'first' }],
	['End', { kind: 'last' }],
	['Escape', { kind: 'leave' }],
	['f', { kind: 'fullscreen' }],
	['F', { kind: 'fullscreen' }],
	['b', { kind: 'black' }],
	['B', { kind: 'black' }],
	['.', { kind: 'black' }],
	['?', { kind: 'help' }],
	['p', { kind: 'presenter' }],
	['P', { kind: 'presenter' }],
	['q', { kind: 'follow' }],
	['Q', { kind: 'follow' }],
	['a', { kind: 'autoplay' }],
	['A', { kind: 'autoplay' }]
]);

/**
 * The action of `key` given the digits typed before it. Digits accumulate (at most 4); Enter
 * with digits jumps to that step; any other key forgets them. Shift+Space goes back, as in
 * browsers and Reveal.js.
 */
export function presentKey(key: string, digits: string, shift = false): KeyResult {
	if (/^[0-9]$/.test(key)) return { action: { kind: 'digit' }, digits: (digits + key).slice(-4) };
	if (key === 'Enter') {
		return digits
			? { action: { kind: 'jump', step: Number(digits) }, digits: '' }
			: { action: { kind: 'next' }, digits: '' };
	}
	if (key === ' ' && shift) return { action: { kind: 'prev' }, digits: '' };
	return { action: SIMPLE.get(key) ?? { kind: 'none' }, digits: '' };
}

/** The keys, for the help overlay: what to press, and what it does. */
export const KEY_HELP: readonly [keys: string, what: string][] = [
	['→  Space  Page Down', 'Next step'],
	['←  Page Up', 'Previous step'],
	['Home  End', 'Title slide, last step'],
	['a number, then Enter', 'Go to that step'],
	['F', 'Full screen'],
	['B  or  .', 'Black screen (again to come back)'],
	['P', 'Presenter view in a second window'],
	['Q', 'Follow along: a QR code of this presentation'],
	['A', 'Autoplay on or off (any key pauses it)'],
	['?', 'This help'],
	['Esc', 'Close this, or leave the presentation']
];
