import { describe, expect, it } from 'vitest';
import { diffItems } from './diffItems';
import type { ItemSpec } from './eventToItem';

function spec(id: string, change: Partial<ItemSpec> = {}): ItemSpec {
	return {
		id,
		start: 0,
		type: 'point',
		className: 'c',
		text: id,
		title: id,
		group: 'events',
		...change
	};
}
const byId = (list: ItemSpec[]) => new Map(list.map((s) => [s.id, s]));

describe('diffItems', () => {
	it.each([
		['a first fill', [], [spec('a'), spec('b')], [], ['a', 'b'], [], true],
		[
			'a pan: one goes, one comes',
			[spec('a'), spec('b')],
			[spec('b'), spec('c')],
			['a'],
			['c'],
			[],
			false
		],
		['new filters: nothing kept', [spec('a')], [spec('b')], ['a'], ['b'], [], true],
		['nothing changed', [spec('a')], [spec('a')], [], [], [], false],
		['a new start', [spec('a')], [spec('a', { start: 1 })], [], [], ['a'], false],
		['a new end', [spec('a')], [spec('a', { end: 5 })], [], [], ['a'], false],
		['new classes', [spec('a')], [spec('a', { className: 'c selected' })], [], [], ['a'], false],
		['a new label', [spec('a')], [spec('a', { text: 'A' })], [], [], ['a'], false],
		['a new title only: left alone', [spec('a')], [spec('a', { title: 'A' })], [], [], [], false]
	])('%s', (_, held, next, remove, add, update, replaced) => {
		const d = diffItems(byId(held), byId(next));
		expect(d.remove).toEqual(remove);
		expect(d.add.map((s) => s.id)).toEqual(add);
		expect(d.update.map((s) => s.id)).toEqual(update);
		expect(d.replaced).toBe(replaced);
	});
});
