import { describe, expect, it } from 'vitest';
import { isPrototypeName, SLUG_PATTERN } from './slugPattern';

const PLAIN_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('SLUG_PATTERN', () => {
	it('refuses every name JavaScript objects already have', () => {
		const names = Object.getOwnPropertyNames(Object.prototype);
		expect(names).toContain('constructor');
		for (const n of names) {
			expect(isPrototypeName(n), n).toBe(true);
			expect(SLUG_PATTERN.test(n), n).toBe(false);
		}
		// The lookahead names every prototype name a slug can spell.
		expect(names.filter((n) => PLAIN_SLUG.test(n))).toEqual(['constructor']);
	});

	it.each(['a', 'march-rally-2020', 'constructor-2', 'constructors', 'my-constructor', 'tostring'])(
		'takes %s',
		(s) => {
			expect(SLUG_PATTERN.test(s)).toBe(true);
			expect(isPrototypeName(s)).toBe(false);
		}
	);

	it.each(['', 'A', 'a--b', '-a', 'a-', 'a b', 'constructor'])('refuses %j', (s) => {
		expect(SLUG_PATTERN.test(s)).toBe(false);
	});
});
