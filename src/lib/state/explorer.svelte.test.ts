import { describe, expect, it, vi } from 'vitest';
import { parseDataset } from '$lib/model/parseDataset';
import { Explorer, inBounds } from './explorer.svelte';
import { applyUrlState } from './urlSync.svelte';
import { defaultUrlState } from './urlState';
import type { AtlasEvent } from '$lib/model/types';

const meta = {
	title: 'Test',
	licence: 'CC0-1.0',
	categories: [
		{ id: 'rally', label: 'Rally', colour: '#336699' },
		{ id: 'speech', label: 'Speech', colour: '#993366' }
	]
};
const place = (lat?: number, lon?: number) =>
	lat === undefined
		? { name: 'Online', precision: 'online' }
		: { name: 'Somewhere', precision: 'city', lat, lon };
const ev = (id: string, start: string, category = 'rally', p = place(10, 10)) => ({
	id,
	title: id.toUpperCase(),
	summary: '',
	start,
	place: p,
	category,
	sources: [{ source: 's', locator: 'p. 1' }]
});
const raw = {
	meta,
	sources: [{ id: 's', title: 'S', publisher: 'P', type: 'other', perspective: 'other' }],
	events: [
		ev('c', '2003'),
		ev('a', '2001-05-01'),
		ev('b', '2002-06', 'speech'),
		ev('d', '2004-01-01', 'rally', place())
	]
};

async function loaded(): Promise<Explorer> {
	const x = new Explorer();
	const result = await parseDataset(raw, 'test.json');
	await x.load({ kind: 'parsed', label: 'test', result });
	return x;
}

describe('Explorer.load', () => {
	it('shows parsed data at once, in time order, and is ready', async () => {
		const x = await loaded();
		expect(x.status).toBe('ready');
		expect(x.pending).toBe(false);
		expect(x.events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
		expect(x.label).toBe('test');
	});

	it('keeps the earlier data and says why when a URL fails, and can go home', async () => {
		const x = await loaded();
		const fetch = vi.fn(async () => new Response('nope', { status: 404, statusText: 'Not Found' }));
		vi.stubGlobal('fetch', fetch);
		try {
			const p = x.load({ kind: 'url', url: new URL('https://example.org/x.json'), label: 'x' });
			expect(x.status).toBe('loading');
			expect(x.pending).toBe(true);
			await p;
			expect(x.status).toBe('error');
			expect(x.error).toMatch(/404 Not Found/);
			expect(x.events).toHaveLength(4);
			x.loadHome();
			expect(x.status).toBe('ready');
			expect(x.error).toBeNull();
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('ignores a slow load that a newer one replaced', async () => {
		const x = await loaded();
		let answer: (r: Response) => void = () => {};
		vi.stubGlobal('fetch', () => new Promise<Response>((r) => (answer = r)));
		try {
			const slow = x.load({ kind: 'url', url: new URL('https://example.org/a.json'), label: 'a' });
			x.loadHome();
			answer(new Response(JSON.stringify({ ...raw, events: [ev('z', '1999')] })));
			await slow;
			expect(x.events.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
			expect(x.status).toBe('ready');
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('gives up on a server that never answers; Retry asks again; Cancel goes home', async () => {
		const x = await loaded();
		x.fetchTimeoutMs = 20;
		const signals: AbortSignal[] = [];
		vi.stubGlobal('fetch', (_u: string, init: RequestInit) => {
			signals.push(init.signal!);
			return new Promise<Response>((_, reject) =>
				init.signal!.addEventListener('abort', () => reject(new Error('aborted')))
			);
		});
		try {
			const url = new URL('https://example.org/slow.json');
			await x.load({ kind: 'url', url, label: 'slow' });
			expect(x.status).toBe('error');
			expect(x.error).toMatch(/did not answer within/);
			expect(x.canRetry).toBe(true);
			expect(signals[0]!.aborted).toBe(true);
			x.fetchTimeoutMs = 60_000;
			const again = x.retry();
			expect(x.status).toBe('loading');
			expect(x.loadingLabel).toBe('slow');
			x.cancel();
			await again;
			expect(signals).toHaveLength(2);
			expect(signals[1]!.aborted).toBe(true);
			expect(x.status).toBe('ready');
			expect(x.error).toBeNull();
			expect(x.canRetry).toBe(false);
			expect(x.label).toBe('test');
			expect(x.events).toHaveLength(4);
		} finally {
			vi.unstubAllGlobals();
		}
	});

	it('drops a selection the new data does not have', async () => {
		const x = await loaded();
		x.select('b', 'list');
		const result = await parseDataset({ ...raw, events: [ev('z', '1999')] }, 'other.json');
		await x.load({ kind: 'parsed', label: 'other', result });
		expect(x.selectedId).toBeNull();
	});
});

describe('Explorer: what is shown and stepping', () => {
	it('shows what the filters leave, and hides what is outside the window only when asked', async () => {
		const x = await loaded();
		x.setFilters({ categories: ['rally'] });
		expect(x.shown.map((e) => e.id)).toEqual(['a', 'c', 'd']);
		const y2003 = x.byId.get('c')!.time;
		x.setTimeWindow({ start: y2003.earliest, end: y2003.latest }, 'timeline');
		expect(x.shown.map((e) => e.id)).toEqual(['a', 'c', 'd']);
		x.windowMode = 'hide';
		expect(x.shown.map((e) => e.id)).toEqual(['c']);
	});

	it.each([
		['next from nothing', null, 1, 'a'],
		['previous from nothing', null, -1, 'd'],
		['next', 'b', 1, 'c'],
		['previous', 'b', -1, 'a'],
		['next at the end stays', 'd', 1, 'd'],
		['previous at the start stays', 'a', -1, 'a']
	])('steps: %s', async (_, from, delta, to) => {
		const x = await loaded();
		x.select(from, 'list');
		expect(x.step(delta)?.id).toBe(to);
		expect(x.selectedId).toBe(to);
		expect(x.selectedFrom).toBe('keyboard');
	});

	it('knows the neighbours of the selection and announces it', async () => {
		const x = await loaded();
		expect(x.neighbours).toEqual({ prev: null, next: null });
		expect(x.announcement).toBe('');
		x.select('b', 'map');
		expect([x.neighbours.prev?.id, x.neighbours.next?.id]).toEqual(['a', 'c']);
		expect(x.announcement).toBe(`Selected: B, ${x.selected!.time.label}, Somewhere`);
	});

	it('is ready when the views its layout shows have drawn', async () => {
		const x = await loaded();
		expect(x.ready).toBe(false);
		x.drawn('timeline');
		expect(x.ready).toBe(false);
		x.layout = 'timeline';
		expect(x.ready).toBe(true);
		x.layout = 'split';
		x.drawn('map');
		expect(x.ready).toBe(true);
		x.layout = 'list';
		x.drawn('map', false);
		expect(x.ready).toBe(true);
	});
});

describe('inBounds', () => {
	const at = (lat: number, lon: number) => ({ place: { lat, lon } }) as unknown as AtlasEvent;
	it.each([
		['inside', at(10, 10), { west: 0, south: 0, east: 20, north: 20 }, true],
		['north of it', at(30, 10), { west: 0, south: 0, east: 20, north: 20 }, false],
		// A view across the antimeridian: Fiji (178°E) and Samoa (172°W) are both in it.
		['east of 180°', at(-18, 178), { west: 170, south: -30, east: 190, north: 0 }, true],
		['west of -180°', at(-14, -172), { west: 170, south: -30, east: 190, north: 0 }, true],
		[
			'outside an antimeridian view',
			at(-14, 100),
			{ west: 170, south: -30, east: 190, north: 0 },
			false
		],
		['a wrapped-around world', at(0, -179), { west: -400, south: -90, east: 400, north: 90 }, true],
		[
			'unlocated',
			{ place: {} } as unknown as AtlasEvent,
			{ west: -180, south: -90, east: 180, north: 90 },
			false
		]
	])('%s', (_, e, b, expected) => {
		expect(inBounds(e, b)).toBe(expected);
	});
});

describe('applyUrlState', () => {
	it('applies what the URL says and reports what it cannot follow', async () => {
		const x = await loaded();
		const s = {
			...defaultUrlState(),
			event: 'nope',
			layout: 'map' as const,
			filters: { ...defaultUrlState().filters, categories: ['speech'] }
		};
		expect(applyUrlState(x, s)).toEqual([
			'event: no event with id "nope" in this dataset; ignored'
		]);
		expect(x.selectedId).toBeNull();
		expect(x.layout).toBe('map');
		expect(x.matching.map((e) => e.id)).toEqual(['b']);
		applyUrlState(x, { ...s, event: 'b' });
		expect(x.selectedId).toBe('b');
		expect(x.selectedFrom).toBe('url');
	});

	// tiles=1 in a shared link made the reader's browser call an outside tile server.
	it('never turns online tiles on or off from a link', async () => {
		const x = await loaded();
		expect(applyUrlState(x, { ...defaultUrlState(), tiles: true })).toEqual([
			expect.stringMatching(/^tiles: online map tiles come from an outside server/)
		]);
		expect(x.tiles).toBe(false);
		x.tiles = true;
		expect(applyUrlState(x, defaultUrlState())).toEqual([]);
		expect(x.tiles).toBe(true);
	});
});

describe('Explorer.stepOrder', () => {
	async function withStory(story: string[] | undefined, extra: object[] = []): Promise<Explorer> {
		const x = new Explorer();
		const events = [...raw.events, ...extra];
		const result = await parseDataset({ ...raw, meta: { ...meta, story }, events }, 't.json');
		await x.load({ kind: 'parsed', label: 't', result });
		return x;
	}
	const computed = { ...ev('k', '2002-01-01'), computed: 'a computed date', sources: [] };

	it('follows the story where the dataset has one, and its ends for Home/End', async () => {
		const x = await withStory(['c', 'a', 'd']);
		expect(x.stepOrder.list.map((e) => e.id)).toEqual(['c', 'a', 'd']);
		expect(x.step(1)?.id).toBe('c');
		expect(x.step(1)?.id).toBe('a');
		expect(x.stepTo('last')?.id).toBe('d');
		expect(x.stepped).toBe(true);
		x.select('b', 'list');
		expect(x.stepped).toBe(false);
		// An event the story leaves out: next starts the story, previous ends it.
		expect([x.neighbours.prev?.id, x.neighbours.next?.id]).toEqual(['d', 'c']);
	});

	it('keeps to what matches the filters, else falls back to time order', async () => {
		const x = await withStory(['c', 'a']);
		x.setFilters({ categories: ['rally'] });
		expect(x.stepOrder.list.map((e) => e.id)).toEqual(['c', 'a']);
		expect(x.stepOrder.timeOrdered).toBe(false);
		x.setFilters({ categories: ['speech'] });
		expect(x.stepOrder.list.map((e) => e.id)).toEqual(['b']);
		expect(x.stepOrder.timeOrdered).toBe(true);
	});

	it('skips computed dates unless they are all that matches', async () => {
		const x = await withStory(undefined, [computed]);
		expect(x.events.map((e) => e.id)).toContain('k');
		expect(x.stepOrder.list.map((e) => e.id)).toEqual(['a', 'b', 'c', 'd']);
		// From a computed date, the neighbours are the sourced events around it in time.
		x.select('k', 'timeline');
		expect([x.neighbours.prev?.id, x.neighbours.next?.id]).toEqual(['a', 'b']);
		x.setFilters({ q: 'K' });
		expect(x.stepOrder.list.map((e) => e.id)).toEqual(['k']);
	});
});

describe('filters and the selection', () => {
	it('closes a selection the filters leave out, and keeps one they keep', async () => {
		const x = await loaded();
		x.select('a', 'list');
		x.setFilters({ categories: ['rally'] });
		expect(x.selectedId).toBe('a');
		x.setFilters({ categories: ['speech'] });
		expect(x.selectedId).toBeNull();
		expect(x.selectedFrom).toBe('filters');
	});

	it("reports a linked event that the link's own filters hide", async () => {
		const x = await loaded();
		const filters = { ...defaultUrlState().filters, categories: ['speech'] };
		expect(applyUrlState(x, { ...defaultUrlState(), event: 'a', filters })).toEqual([
			'event: "A" is hidden by the link\'s filters; not selected'
		]);
		expect(x.selectedId).toBeNull();
	});
});
