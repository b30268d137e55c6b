import { describe, expect, it } from 'vitest';
import { revealMove } from './revealMove';

const YEAR = 365.25 * 86_400_000;
/** A window from 0 to 100 (units are ms; only the ratios matter). */
const W = { start: 0, end: 100 };

describe('revealMove', () => {
	it.each([
		['well inside: stays', 40, 50, null],
		['left of the window: centred', -30, -20, { kind: 'centre', at: -25 }],
		['right of the window: centred', 130, 140, { kind: 'centre', at: 135 }],
		['in the left 10 %: centred', 5, 8, { kind: 'centre', at: 6.5 }],
		['in the right 25 % (its label would be cut): centred', 70, 80, { kind: 'centre', at: 75 }],
		[
			'wider than 90 % of the window: fitted with 15 % each side',
			-50,
			50,
			{ kind: 'window', start: -65, end: 65, animate: true }
		]
	])('%s', (_, earliest, latest, move) => {
		expect(revealMove({ earliest, latest }, W, false)).toEqual(move);
	});

	it.each([
		['a day: the three years each side', 0, 86_400_000, 3 * YEAR],
		['a decade: 75 % of it each side', 0, 10 * YEAR, 7.5 * YEAR]
	])('opened on the event, %s, without animation', (_, earliest, latest, half) => {
		const mid = (earliest + latest) / 2;
		expect(revealMove({ earliest, latest }, W, true)).toEqual({
			kind: 'window',
			start: mid - half,
			end: mid + half,
			animate: false
		});
	});
});
