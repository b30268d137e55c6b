import { describe, expect, it } from 'vitest';
import { BUCKET_PREFIX } from './bucketToItem';
import { testEvent as ev, inTimeOrder } from '../../testing/testEvent';
import { buildTimeIndex } from './timeIndex';
import { windowContent } from './windowContent';

const ms = (s: string) => Date.parse(s);

describe('windowContent', () => {
	const events = inTimeOrder([
		ev('long', '1990', '2020'),
		ev('a', '2000-01-01'),
		ev('b', '2000-06'),
		ev('c', '2001'),
		ev('d', '2010-05-05')
	]);
	const ix = buildTimeIndex(events);

	it('hands over individual items when few, buckets when many', () => {
		const few = windowContent(ix, { start: ms('1999'), end: ms('2011') }, { maxItems: 10 });
		expect(few.mode).toBe('items');
		expect(few.items.map((i) => i.id).sort()).toEqual(['a', 'b', 'c', 'd', 'long']);
		const many = windowContent(ix, { start: ms('1999'), end: ms('2011') }, { maxItems: 2 });
		expect(many.mode).toBe('buckets');
		expect(many.items.every((i) => i.id.startsWith(BUCKET_PREFIX))).toBe(true);
		expect(many.items.reduce((n, i) => n + (i.count ?? 0), 0)).toBe(5);
	});

	it('leaves out events much longer than a narrow window, and counts them', () => {
		const r = windowContent(
			ix,
			{ start: ms('2000-01-01'), end: ms('2000-01-03') },
			{ maxItems: 1 }
		);
		expect(r.mode).toBe('items');
		expect(r.items.map((i) => i.id)).toEqual(['a']);
		expect(r.inWindow).toBe(2);
		expect(r.longer).toBe(1);
	});

	it.each([
		['items', '1999', '2000', 10],
		['buckets', '1999', '2011', 2]
	])('always includes the selected event, in %s mode', (mode, a, b, maxItems) => {
		const sel = events.find((e) => e.id === 'd')!;
		const r = windowContent(ix, { start: ms(a), end: ms(b) }, { maxItems, selected: sel });
		expect(r.mode).toBe(mode);
		expect(r.items.filter((i) => i.id === 'd')).toHaveLength(1);
	});
});
