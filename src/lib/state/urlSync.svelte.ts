/**
 * Keeps an explorer and the address bar in step, both ways, so that a link reproduces what the
 * reader saw and Back/Forward walk through their selections.
 *
 * - URL → explorer: on start and on Back/Forward (`popstate`), the query is decoded and applied
 *   with origin 'url', comparing first so nothing that already matches is touched.
 * - explorer → URL: one effect encodes the state. Continuous changes (time window, map view,
 *   search text) replace the current history entry, debounced; discrete ones (selection,
 *   filters, layout, modes) push a new entry at once. Both go through SvelteKit's shallow
 *   routing (`pushState`/`replaceState` from `$app/navigation`): calling `history.pushState`
 *   directly conflicts with SvelteKit's router (it warns about it in development).
 *   https://svelte.dev/docs/kit/shallow-routing
 * - No echo: writes compare with what the URL already says (in its canonical form), and after
 *   applying a URL the state it produced is taken as what the URL says.
 *
 * A window or map view set with origin 'init' (a view fitting itself to the data on start) is
 * not written: it is what a bare URL shows anyway.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { untrack } from 'svelte';
import type { Explorer, Origin } from './explorer.svelte';
import { roundMapView, roundWindow } from './urlPrecision';
import { decodeState, encodeState, formatQuery, readSearch, type UrlState } from './urlState';
import { planUrlWrite, withQuery } from './urlWrites';

/** Options of `syncUrl`. */
export interface SyncUrlOptions {
	/** Quiet time before a continuous change (panning, zooming, typing) is written. Default 300 ms. */
	debounceMs?: number;
	/** Problems with the URL's parameters, each time it is read (on start and on Back/Forward). */
	onIssues?: (issues: string[]) => void;
	/**
	 * Back/Forward reached an entry whose `dataset` or `data` differs from the loaded one. The
	 * explorer is not reloaded here; the caller decides (usually: load that dataset).
	 */
	onDataChange?: (data: { dataset: string | null; data: string | null }) => void;
}

/** Origins that are not the reader's own gesture: a change from them never adds a history entry. */
const QUIET_ORIGINS: readonly Origin[] = ['url', 'init'];

/**
 * The part of the explorer the URL carries; `dataset` and `data` are passed through (they select
 * the data, the explorer does not hold them).
 */
export function urlStateOf(ex: Explorer, pass: Pick<UrlState, 'dataset' | 'data'>): UrlState {
	return {
		event: ex.selectedId,
		window: ex.timeWindowFrom === 'init' ? null : ex.timeWindow,
		map: ex.mapViewFrom === 'init' ? null : ex.mapView,
		filters: ex.filters,
		windowMode: ex.windowMode,
		onlyOnMap: ex.onlyOnMap,
		layout: ex.layout,
		// The reader's own choice, per browser (ExplorerToolbar): never written into a link.
		tiles: false,
		dataset: pass.dataset,
		data: pass.data
	};
}

function sameJson(a: unknown, b: unknown): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Apply a decoded URL state to the explorer with origin 'url', touching only what differs.
 * A window or map absent from the URL resets a window the reader had set; it leaves a view's
 * own initial fit ('init') alone. Returns the issues found against the loaded data.
 */
export function applyUrlState(ex: Explorer, s: UrlState): string[] {
	const issues: string[] = [];
	// The filters first: the selection is then checked against what they leave.
	const filtersNow = formatQuery(encodeState({ ...s, filters: ex.filters }));
	if (filtersNow !== formatQuery(encodeState(s))) ex.setFilters(s.filters, 'url');
	if (ex.windowMode !== s.windowMode) ex.windowMode = s.windowMode;
	if (ex.onlyOnMap !== s.onlyOnMap) ex.onlyOnMap = s.onlyOnMap;
	// Online tiles would send the reader's address to an outside server: a link cannot turn them on.
	if (s.tiles && !ex.tiles) {
		issues.push(
			'tiles: online map tiles come from an outside server, so a link cannot turn them on; choose “Online map tiles” if you want them'
		);
	}
	if (ex.layout !== s.layout) ex.layout = s.layout;

	let event = s.event;
	const e = event ? ex.byId.get(event) : undefined;
	if (event && ex.events.length > 0 && !e) {
		issues.push(`event: no event with id "${event}" in this dataset; ignored`);
		event = null;
	} else if (e && !ex.filtered.includes(e)) {
		issues.push(`event: "${e.title}" is hidden by the link's filters; not selected`);
		event = null;
	}
	if (ex.selectedId !== event) ex.select(event, 'url');

	const shown = ex.timeWindowFrom === 'init' ? null : ex.timeWindow;
	if (!sameJson(roundWindow(shown), roundWindow(s.window))) {
		if (s.window || shown) ex.setTimeWindow(s.window, 'url');
	}
	// The explorer has no "no map view": a URL without one leaves the map where it is.
	if (s.map && !sameJson(roundMapView(ex.mapView), roundMapView(s.map))) {
		ex.setMapView(s.map, null, 'url');
	}
	return issues;
}

/**
 * Start keeping `explorer` and the URL in step. Call once, in the browser, from the component
 * that owns the explorer (e.g. in `onMount`); returns the teardown. Does nothing on the server.
 */
export function syncUrl(explorer: Explorer, opts: SyncUrlOptions = {}): () => void {
	if (typeof window === 'undefined') return () => {};
	const debounceMs = opts.debounceMs ?? 300;

	/** `dataset` and `data` are passed through: they select the data, the explorer does not hold them. */
	let pass: Pick<UrlState, 'dataset' | 'data'> = { dataset: null, data: null };
	/** Our parameters as the URL holds them now, in canonical form. */
	let current = '';
	let pending: ReturnType<typeof setTimeout> | null = null;
	let retry: ReturnType<typeof setTimeout> | null = null;
	let canonical: ReturnType<typeof setTimeout> | null = null;
	let stopped = false;
	let started = false;

	/**
	 * Our parameters for the explorer's state. The data parameters are read from the address as it
	 * is now, not as it was: Cancel and opening a file take them out of it, and a write queued
	 * before that must not put them back.
	 */
	const queryOf = () => {
		const { dataset, data } = decodeState(new URLSearchParams(location.search)).state;
		return formatQuery(encodeState(urlStateOf(explorer, { dataset, data })));
	};

	/** Write our parameters, keeping everyone else's and the hash. */
	function write(kind: 'push' | 'replace', query: string, attempt = 0): void {
		if (stopped) return;
		const href = withQuery(location.href, query);
		current = query;
		if (href === location.href) return;
		try {
			// Our own page with a new query: there is no route to resolve(), so the lint rule
			// for links to other routes does not apply.
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			if (kind === 'push') pushState(href, page.state);
			// eslint-disable-next-line svelte/no-navigation-without-resolve
			else replaceState(href, page.state);
		} catch (err) {
			// In development SvelteKit refuses shallow routing until its router has started,
			// which can be a moment after mount. Try again briefly, then give up loudly.
			if (attempt >= 20) throw err;
			retry = setTimeout(() => write(kind, query, attempt + 1), 50);
		}
	}

	function cancelPending(): void {
		if (pending) clearTimeout(pending);
		pending = null;
	}

	/** Read the address bar and apply it; what the explorer then shows is what the URL says. */
	function readUrl(): void {
		cancelPending();
		const { state, issues, query } = readSearch(location.search);
		const before = pass;
		pass = { dataset: state.dataset, data: state.data };
		issues.push(...applyUrlState(explorer, state));
		if (issues.length) opts.onIssues?.(issues);
		// On start the data the URL names is what was loaded; only Back/Forward can change it.
		if (started && (before.dataset !== pass.dataset || before.data !== pass.data)) {
			opts.onDataChange?.({ ...pass });
		}
		started = true;
		current = queryOf();
		// A hand-written or outdated URL is rewritten in canonical form, without a new entry.
		if (canonical) clearTimeout(canonical);
		canonical = null;
		if (query !== current) {
			const q = current;
			canonical = setTimeout(() => {
				canonical = null;
				// Only if nothing was written since: a later write is canonical already.
				if (current === q) write('replace', q);
			}, 0);
		}
	}

	function onStateChange(next: string): void {
		// Stepping through events replaces the entry (Back leaves the walk, not each step of it).
		const quiet =
			QUIET_ORIGINS.includes(explorer.selectedFrom) || explorer.stepped ? ['event'] : [];
		const plan = planUrlWrite(current, next, quiet);
		if (plan.kind === 'none') {
			cancelPending();
		} else if (plan.kind === 'replace') {
			cancelPending();
			const query = plan.query;
			pending = setTimeout(() => {
				pending = null;
				write('replace', query);
			}, debounceMs);
		} else {
			cancelPending();
			if (plan.flush !== null) write('replace', plan.flush);
			write('push', plan.query);
		}
	}

	const onPopState = () => readUrl();

	readUrl();
	addEventListener('popstate', onPopState);
	const stopEffect = $effect.root(() => {
		$effect(() => {
			const next = queryOf();
			untrack(() => onStateChange(next));
		});
	});

	return () => {
		stopped = true;
		cancelPending();
		if (retry) clearTimeout(retry);
		if (canonical) clearTimeout(canonical);
		removeEventListener('popstate', onPopState);
		stopEffect();
	};
}
