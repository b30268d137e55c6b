import { describe, expect, it } from 'vitest';
import { testEvent } from '../../testing/testEvent';
import type { Source } from '$lib/model/types';
import { disputeLines, stepSources } from './stepText';

const src = (id: string, publisher: string, perspective: string): Source => ({
	id,
	title: `Title of ${id}`,
	publisher,
	perspective,
	type: 'news'
});
const SOURCES = new Map([
	['a', src('a', 'Press TV', 'Iranian state media')],
	['b', src('b', 'unknown', 'Israeli institute')]
]);

describe('stepSources', () => {
	it('lists each source once, in citing order, by publisher else title', () => {
		const e = testEvent('e', '2013', undefined, {
			sources: [
				{ source: 'b', locator: 'p. 1' },
				{ source: 'a', locator: '' },
				{ source: 'b', locator: 'p. 2' },
				{ source: 'missing', locator: '' }
			]
		});
		expect(stepSources(e, SOURCES)).toEqual([
			{ id: 'b', publisher: 'Title of b', perspective: 'Israeli institute' },
			{ id: 'a', publisher: 'Press TV', perspective: 'Iranian state media' }
		]);
	});
});

describe('disputeLines', () => {
	it.each([
		[
			'two sources disagreeing on a date',
			{
				field: 'start',
				note: 'n',
				values: [
					{ value: '2013', sources: ['a'] },
					{ value: '2014', sources: ['b', 'record'] }
				]
			},
			'Date: “2013” according to Press TV; “2014” according to Title of b and the established record.'
		],
		[
			'values that are quotations already',
			{
				field: 'participants',
				note: 'n',
				values: [
					{ value: '"Thousands"', sources: ['a'] },
					{ value: 'over a thousand', sources: ['a'] }
				]
			},
			'Participants: "Thousands" according to Press TV; “over a thousand” according to Press TV.'
		],
		[
			'a field named like an Object method',
			{
				field: 'constructor',
				note: 'n',
				values: [
					{ value: 'x', sources: ['a'] },
					{ value: 'y', sources: ['zzz'] }
				]
			},
			'Constructor: “x” according to Press TV; “y” according to zzz.'
		]
	])('%s', (_, dispute, line) => {
		const e = testEvent('e', '2013', undefined, { disputes: [dispute] });
		expect(disputeLines(e, SOURCES)).toEqual([line]);
	});
});
