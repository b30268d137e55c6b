import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemSpec } from './eventToItem';
import { FOLD_PREFIX, foldLabels, type FoldGeometry } from './foldLabels';

/** A 1,000 px panel over 1,000 ms: one pixel per millisecond. */
const geometry = (rows: number, over: Partial<FoldGeometry> = {}): FoldGeometry => ({
	start: 0,
	end: 1000,
	width: 1000,
	rows,
	labelWidth: (s) => s.text.length * 10,
	dot: 10,
	chip: 40,
	gap: 2,
	...over
});

const point = (id: string, start: number, text = 'ten chars!'): ItemSpec => ({
	id,
	start,
	type: 'point',
	className: '',
	text,
	title: text,
	group: 'events'
});
const span = (id: string, start: number, end: number): ItemSpec => ({
	...point(id, start),
	end,
	type: 'range'
});

/**
 * Stack the drawn items as vis-timeline does (in `order`, each in the lowest row where it
 * fits) and return the number of rows used.
 */
function rowsUsed(items: ItemSpec[], order: string[], g: FoldGeometry): number {
	const byId = new Map(items.map((i) => [i.id, i]));
	const rows: { l: number; r: number }[][] = [];
	for (const id of order) {
		const s = byId.get(id)!;
		const chip = id.startsWith(FOLD_PREFIX);
		const x = s.start - g.start;
		const w = chip
			? g.chip
			: s.flip !== undefined
				? s.end! - s.start
				: s.type === 'range'
					? Math.max(s.end! - s.start, 1) + g.labelWidth(s)
					: g.dot / 2 + g.labelWidth(s);
		const at = { l: x - (s.type === 'range' || chip ? 0 : g.dot), r: x + w + g.gap };
		let r = rows.findIndex((row) => row.every((q) => at.r <= q.l || at.l >= q.r));
		if (r < 0) r = rows.push([]) - 1;
		rows[r]!.push(at);
	}
	return rows.length;
}

describe('foldLabels', () => {
	it('draws everything when it fits', () => {
		const specs = [point('a', 10), point('b', 200), span('c', 400, 420)];
		const out = foldLabels(specs, geometry(3));
		expect(out.folds.size).toBe(0);
		expect(out.items.map((i) => i.id).sort()).toEqual(['a', 'b', 'c']);
	});

	it('folds what would stack above the rows into one chip, keeping the top row for it', () => {
		const specs = Array.from({ length: 10 }, (_, i) => span(`e${i}`, 100, 110));
		const out = foldLabels(specs, geometry(3));
		const chips = out.items.filter((i) => i.id.startsWith(FOLD_PREFIX));
		expect(out.items.length - chips.length).toBe(2);
		expect(chips).toHaveLength(1);
		expect(chips[0]!.text).toBe('+8');
		expect([...out.folds.values()][0]!.events).toHaveLength(8);
		expect(rowsUsed(out.items, out.order, geometry(3))).toBeLessThanOrEqual(3);
	});

	it('draws a title that would run past the right edge to the left of its date', () => {
		const out = foldLabels([point('a', 950)], geometry(3));
		const a = out.items[0]!;
		expect(a.flip).toBe(100);
		expect(a.type).toBe('range');
		// From the title's left edge to the dot, centred on the event's instant.
		expect(a.start).toBe(850);
		expect(a.end).toBe(955);
	});

	it('folds a title with room on neither side', () => {
		const out = foldLabels([point('a', 950, 'x'.repeat(96))], geometry(3));
		expect(out.items.map((i) => i.text)).toEqual(['+1']);
		// The chip stays inside the panel.
		expect(out.items[0]!.start).toBeLessThanOrEqual(1000 - 40);
	});

	it('always draws a kept event, first', () => {
		const specs = Array.from({ length: 6 }, (_, i) => point(`e${i}`, 100));
		const out = foldLabels(specs, geometry(2), new Set(['e5']));
		expect(out.order[0]).toBe('e5');
		expect(out.items.some((i) => i.id === 'e5')).toBe(true);
	});

	it('passes through what is out of view, computed series and buckets', () => {
		const computed = { ...point('c', 100), group: 'computed' as const, text: '' };
		const bucket = { ...span('bucket:1', 100, 200), count: 5 };
		const out = foldLabels([point('before', -500), computed, bucket], geometry(1));
		expect(out.items.map((i) => i.id).sort()).toEqual(['before', 'bucket:1', 'c']);
		expect(out.order).toEqual([]);
	});

	it('never stacks more rows than the panel shows (kept events aside)', () => {
		const item = fc.record({
			start: fc.integer({ min: -200, max: 1200 }),
			len: fc.option(fc.integer({ min: 0, max: 400 })),
			text: fc.string({ minLength: 1, maxLength: 30 })
		});
		fc.assert(
			fc.property(
				fc.array(item, { maxLength: 80 }),
				fc.integer({ min: 1, max: 8 }),
				(raw, rows) => {
					const specs = raw.map((r, i) =>
						r.len === null
							? point(`e${i}`, r.start, r.text)
							: span(`e${i}`, r.start, r.start + r.len)
					);
					const g = geometry(rows);
					const out = foldLabels(specs, g);
					expect(rowsUsed(out.items, out.order, g)).toBeLessThanOrEqual(rows);
					// Every event in view is drawn or folded, once.
					const inView = specs.filter((s) =>
						s.end === undefined
							? s.start < g.end && s.start + 5 + g.labelWidth(s) + g.gap > g.start
							: s.start < g.end && s.end > g.start
					);
					const folded = [...out.folds.values()].flatMap((f) => f.events.map((e) => e.id));
					const drawn = out.order.filter((id) => !id.startsWith(FOLD_PREFIX));
					expect([...drawn, ...folded].sort()).toEqual(inView.map((s) => s.id).sort());
				}
			),
			{ numRuns: 500 }
		);
	});
});
