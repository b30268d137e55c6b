import { describe, expect, it } from 'vitest';
import { aboutQuery } from './aboutQuery';

describe('aboutQuery', () => {
	it.each([
		['', ''],
		['?event=a&t=2001..2002', ''],
		['?data=https%3A%2F%2Fa.org%2Fx.json&event=a', '?data=https%3A%2F%2Fa.org%2Fx.json'],
		['?dataset=other&q=x', '?dataset=other']
	])('%j → %j', (search, query) => expect(aboutQuery(search)).toBe(query));
});
