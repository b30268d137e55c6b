/**
 * How a change of state reaches the address bar: which parameters are ours, whether a change
 * pushes a history entry or replaces the current one, and a page address with our parameters
 * replaced. Pure, so the history behaviour is unit-tested.
 */
import { CONTINUOUS_PARAMS, URL_PARAMS, formatQuery } from './urlState';

/**
 * Replace the parameters this codec owns in `current` with `next`, keeping the others (an embed
 * or presentation parameter) after them.
 */
export function mergeParams(current: URLSearchParams, next: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams(next);
	for (const [k, v] of current) if (!URL_PARAMS.includes(k)) out.append(k, v);
	return out;
}

/** How a change of state should reach the address bar. */
export type UrlWrite =
	| { kind: 'none' }
	/** Continuous change only: replace the current entry (debounced). */
	| { kind: 'replace'; query: string }
	/**
	 * A discrete change: first `flush` (the continuous part of the change, applied to the current
	 * entry with replaceState, so Back returns to where the reader had panned), then push `query`.
	 */
	| { kind: 'push'; flush: string | null; query: string };

/**
 * Decide how to go from the URL's state to the next one (both as `formatQuery` of
 * `encodeState`). `quiet` names parameters whose change is not the reader's gesture (an
 * unknown selection dropped when the data loaded): alone, they never add a history entry.
 * Pure, so the history behaviour is unit-tested.
 */
export function planUrlWrite(
	current: string,
	next: string,
	quiet: readonly string[] = []
): UrlWrite {
	if (current === next) return { kind: 'none' };
	const cur = new URLSearchParams(current);
	const nxt = new URLSearchParams(next);
	const soft = (k: string) => CONTINUOUS_PARAMS.includes(k) || quiet.includes(k);
	const discrete = (p: URLSearchParams) =>
		formatQuery(new URLSearchParams([...p].filter(([k]) => !soft(k))));
	if (discrete(cur) === discrete(nxt)) return { kind: 'replace', query: next };
	// The current entry with the new continuous values, in canonical order.
	const flushed = new URLSearchParams();
	for (const k of URL_PARAMS) {
		for (const v of (soft(k) ? nxt : cur).getAll(k)) flushed.append(k, v);
	}
	const flush = formatQuery(flushed);
	return { kind: 'push', flush: flush === current ? null : flush, query: next };
}

/**
 * A page address with our parameters replaced by `query` (a `formatQuery` string), keeping the
 * path, the hash and everyone else's parameters (after ours).
 */
export function withQuery(href: string, query: string): string {
	const url = new URL(href);
	const qs = formatQuery(mergeParams(url.searchParams, new URLSearchParams(query)));
	url.search = qs ? `?${qs}` : '';
	return url.href;
}
