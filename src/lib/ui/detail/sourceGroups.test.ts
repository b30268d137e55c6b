import { describe, expect, it } from 'vitest';
import type { SourceRef } from '$lib/model/types';
import { groupRefs } from './sourceGroups';

const ref = (source: string, locator: string): SourceRef => ({ source, locator }) as SourceRef;

describe('groupRefs', () => {
	it.each([
		['nothing cited', [], []],
		['one citation', [ref('a', 'p. 1')], [['a', ['p. 1']]]],
		[
			'one source at three places',
			[ref('a', 'p. 1'), ref('a', 'p. 4'), ref('a', 'p. 9')],
			[['a', ['p. 1', 'p. 4', 'p. 9']]]
		],
		[
			'interleaved sources keep first-cited order',
			[ref('b', '§2'), ref('a', 'p. 1'), ref('b', '§5'), ref('a', 'p. 2')],
			[
				['b', ['§2', '§5']],
				['a', ['p. 1', 'p. 2']]
			]
		],
		[
			'ids named like Object keys',
			[ref('constructor', 'x'), ref('__proto__', 'y')],
			[
				['constructor', ['x']],
				['__proto__', ['y']]
			]
		]
	] as const)('%s', (_name, refs, want) => {
		const got = groupRefs(refs as readonly SourceRef[]).map((g) => [
			g.source,
			g.refs.map((r) => r.locator)
		]);
		expect(got).toEqual(want);
	});
});
