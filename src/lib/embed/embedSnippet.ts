/**
 * The HTML a publisher pastes to embed what a reader sees: an `<iframe>` and, optionally, the
 * resizer script. Pure, so the Embed dialog and its tests build the same text.
 */
import type { EmbedView } from './embedParams';

/**
 * What the embed may do inside its frame, and nothing more:
 * - `allow-scripts`: the embed is a script-driven app; without scripts it is a static list.
 * - `allow-same-origin`: keeps the embed's own origin. Without it the frame's origin is opaque:
 *   its module scripts (fetched with CORS) would fail on a static host that sends no CORS
 *   headers, and data hosts that allow our site would see `Origin: null`.
 * - `allow-popups`: "Open in Chronoatlas" and a source's link open a new tab.
 * - `allow-popups-to-escape-sandbox`: that tab is an ordinary page, not sandboxed like the frame
 *   (a source's site would otherwise run without its scripts).
 * Left out: top navigation (the embed never takes over the article), forms, modals, downloads.
 */
export const EMBED_SANDBOX =
	'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/** The frame's height before the resizer (or for good, without it), in px, per view. */
export const DEFAULT_HEIGHTS: Readonly<Record<EmbedView, number>> = {
	both: 640,
	map: 440,
	timeline: 400,
	list: 520
};

/** What goes in the snippet. */
export interface SnippetOptions {
	/** The embed's absolute URL. */
	src: string;
	/** The frame's accessible name. */
	title: string;
	height: number;
	/** The resizer's absolute URL, or null to leave it out (a fixed-height frame). */
	script: string | null;
}

/** Text as an attribute value in double quotes. */
export function escapeAttribute(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/** The snippet: the iframe, then the resizer script when asked for. */
export function embedSnippet(o: SnippetOptions): string {
	const a = escapeAttribute;
	const iframe =
		`<iframe src="${a(o.src)}" title="${a(o.title)}" loading="lazy"` +
		` sandbox="${EMBED_SANDBOX}" allow="fullscreen"` +
		` style="width:100%;border:0" height="${Math.round(o.height)}"></iframe>`;
	return o.script ? `${iframe}\n<script src="${a(o.script)}" async></script>` : iframe;
}
