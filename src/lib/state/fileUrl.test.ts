import { describe, expect, it } from 'vitest';
import { fileParamOf, withFileParam } from './fileUrl';

describe('withFileParam', () => {
	it.each([
		['https://a.org/?event=x', 'e.csv', 'https://a.org/?event=x&file=e.csv'],
		[
			'https://a.org/?data=https%3A%2F%2Fb.org%2Fd.csv&format=csv#h',
			'e.csv',
			'https://a.org/?file=e.csv#h'
		],
		[
			'https://a.org/?dataset=other&cat=a',
			'my file.json',
			'https://a.org/?cat=a&file=my+file.json'
		],
		['https://a.org/?file=e.csv&q=x', null, 'https://a.org/?q=x']
	])('%s + %s → %s', (href, name, want) => expect(withFileParam(href, name)).toBe(want));
});

describe('fileParamOf', () => {
	it.each([
		['https://a.org/?file=e.csv', 'e.csv'],
		['https://a.org/?file=', null],
		['https://a.org/', null]
	])('%s → %s', (href, want) => expect(fileParamOf(href)).toBe(want));
});
