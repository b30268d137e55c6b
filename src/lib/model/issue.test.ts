import { describe, expect, it } from 'vitest';
import { byTime, describe as describeValue, formatIssue, sortEvents } from './issue';
import type { AtlasEvent } from './types';

/** Just what the time order reads. */
function ev(id: string, earliest: number, latest: number): AtlasEvent {
	return { id, time: { earliest, latest }, order: -1 } as unknown as AtlasEvent;
}

describe('byTime and sortEvents', () => {
	it.each([
		['earliest first', [ev('b', 2, 3), ev('a', 1, 9)], ['a', 'b']],
		['then latest', [ev('a', 1, 9), ev('b', 1, 3)], ['b', 'a']],
		['then id', [ev('d-2', 1, 3), ev('d-10', 1, 3), ev('a', 1, 3)], ['a', 'd-10', 'd-2']]
	])('orders %s', (_, events, ids) => {
		sortEvents(events);
		expect(events.map((e) => e.id)).toEqual(ids);
		expect(events.map((e) => e.order)).toEqual(ids.map((_, i) => i));
	});

	it('is a total order (antisymmetric)', () => {
		const a = ev('a', 1, 2);
		const b = ev('b', 1, 2);
		expect(Math.sign(byTime(a, b))).toBe(-Math.sign(byTime(b, a)));
		expect(byTime(a, a)).toBe(0);
	});
});

describe('describe', () => {
	it('never cuts a long text between the halves of a surrogate pair', () => {
		const d = describeValue('a'.repeat(56) + '😀'.repeat(10));
		expect(d).toBe(JSON.stringify('a'.repeat(56) + '...'));
		expect(describeValue('a'.repeat(57) + '😀'.repeat(10))).toBe(
			JSON.stringify('a'.repeat(57) + '...')
		);
		expect(describeValue('b'.repeat(55) + '😀'.repeat(10))).toBe(
			JSON.stringify('b'.repeat(55) + '😀' + '...')
		);
	});
});

describe('describe and formatIssue', () => {
	it.each([
		[undefined, 'nothing'],
		[null, 'null'],
		['x', '"x"'],
		['y'.repeat(70), `"${'y'.repeat(57)}..."`],
		[3, '3'],
		[[1, 2], 'a list of 2'],
		[{}, 'an object']
	])('describes %j as %s', (value, text) => {
		expect(describeValue(value)).toBe(text);
	});

	it('formats file, row, field, id and severity on one line', () => {
		expect(
			formatIssue({
				file: 'd.json',
				row: 3,
				field: 'start',
				id: 'e',
				expected: 'a date',
				received: '"x"',
				severity: 'warning'
			})
		).toBe('d.json:3:start: [e] warning: expected a date, got "x"');
	});
});
