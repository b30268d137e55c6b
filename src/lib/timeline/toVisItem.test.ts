import { describe, expect, it } from 'vitest';
import type { ItemSpec } from './eventToItem';
import { categoryColour, toVisItem } from './toVisItem';

const point: ItemSpec = {
	id: 'a',
	start: 0,
	type: 'point',
	className: 'kind-point',
	text: 'A',
	title: 'A — 1 January 1970',
	group: 'computed'
};

describe('categoryColour', () => {
	it.each([
		['#1f77b4', '#1f77b4'],
		['#ABCDEF', '#ABCDEF'],
		[undefined, '#6b7280'],
		['', '#6b7280'],
		['red', '#6b7280'],
		['#fff', '#6b7280'],
		['#123456; background: url(x)', '#6b7280']
	])('%j → %s', (colour, css) => {
		expect(categoryColour(colour)).toBe(css);
	});
});

describe('toVisItem', () => {
	it.each([
		['a point, no rows', point, false, '#112233', undefined, '--cat: #112233'],
		['rows on: it names its row', point, true, '#112233', 'computed', '--cat: #112233'],
		['no colour known: grey', point, false, undefined, undefined, '--cat: #6b7280'],
		['a bucket: colour left to the stylesheet', point, false, null, undefined, undefined]
	])('%s', (_, spec, grouped, colour, group, style) => {
		const item = toVisItem(spec, grouped, colour);
		expect(item).toMatchObject({ id: 'a', content: '', type: 'point', spec });
		expect(item.group).toBe(group);
		expect(item.style).toBe(style);
		expect(item.start).toEqual(new Date(0));
		expect('end' in item).toBe(false);
	});

	it('a range ends at its end', () => {
		const item = toVisItem({ ...point, type: 'range', end: 1000 }, false, null);
		expect(item.end).toEqual(new Date(1000));
	});
});
