/**
 * TimelineJS media into ours: an http(s) image, video or page with its caption, credit and alt is
 * kept; what our format cannot hold (thumbnails, backgrounds, embeds, relative and other URLs,
 * the title slide's media) is reported per slide, with row and field.
 */
import type { Issue, MediaKind } from '../types';
import {
	attribute,
	decodeEntities,
	htmlLinks,
	htmlToText,
	httpUrl,
	openingTags
} from './htmlToText';
import { mediaKind } from './mediaKind';
import { describe } from '../issue';
import type { Fields } from './timelineJsSlides';
import type { TimelineJsSlide } from './timelineJsTypes';

/** A TimelineJS value as text: strings as they are, finite numbers written out, else empty. */
export function text(v: unknown): string {
	if (typeof v === 'string') return v;
	if (typeof v === 'number' && Number.isFinite(v)) return String(v);
	return '';
}

/** A slide's background (an image URL, a colour, or both) as text; empty when it has none. */
export function backgroundText(bg: TimelineJsSlide['background']): string {
	if (typeof bg === 'string') return bg.trim();
	if (!bg || typeof bg !== 'object') return '';
	return [text(bg.url).trim(), text(bg.color).trim()].filter((x) => x !== '').join(', ');
}

/** `src` of the first `<iframe>` in HTML, decoded ("" without one), or undefined when none. */
function iframeSrc(html: string): string | undefined {
	const tag = openingTags(html, 'iframe')[0];
	if (tag === undefined) return undefined;
	return decodeEntities(attribute(tag, 'src') ?? '');
}

type Problem = (
	field: string,
	expected: string,
	received: string,
	severity?: 'error' | 'warning'
) => void;

/** Media fields of TimelineJS that are kept, or reported on their own when dropped. */
const MEDIA_READ = new Set(['url', 'caption', 'credit', 'thumbnail', 'alt', 'link', 'link_target']);

/**
 * A slide's media as our format holds it: an http(s) URL with its kind and alt text, links, and
 * text (a blockquote given as media). What our format cannot hold is reported per slide: a
 * relative or non-http URL, an embed (its http(s) `src` is kept as the media), a thumbnail, a
 * background, other media fields.
 */
export function readMedia(
	s: TimelineJsSlide,
	fields: Fields,
	problem: Problem
): { kept?: Record<string, string>; links: string[]; text: string } {
	const out: { kept?: Record<string, string>; links: string[]; text: string } = {
		links: [],
		text: ''
	};
	const m = s.media && typeof s.media === 'object' ? s.media : undefined;
	const raw = text(m?.url).trim();
	const keep = (url: string, kind: MediaKind) => {
		out.kept = { url, kind };
		const alt = htmlToText(text(m?.alt), true);
		if (alt) out.kept.alt = alt;
	};
	if (raw.startsWith('<')) {
		const src = iframeSrc(raw);
		if (src === undefined) {
			// A blockquote or other HTML: its text is kept in the summary, its links in links.
			out.text = htmlToText(raw);
			for (const l of htmlLinks(raw)) out.links.push(l);
		} else {
			const url = httpUrl(src);
			// An embedded page is shown as a link to it, a video host's player as a video.
			const kind = url && mediaKind(url) === 'video' ? 'video' : 'link';
			if (url) keep(url, kind);
			problem(
				fields.media,
				'a media URL (an embed cannot be kept)',
				url
					? `an <iframe> embed (its src ${url} kept as a ${kind})`
					: `an <iframe> embed whose src is ${describe(src)} (dropped)`,
				'warning'
			);
		}
	} else if (raw !== '') {
		const url = httpUrl(raw);
		if (url) keep(url, mediaKind(url));
		else problem(fields.media, 'an absolute http(s) URL', `${describe(raw)} (dropped)`, 'warning');
	}
	const link = httpUrl(text(m?.link));
	if (link) out.links.push(link);
	const thumbnail = text(m?.thumbnail).trim();
	if (thumbnail)
		problem(
			fields.thumbnail,
			'no thumbnail (our format has none)',
			`${describe(thumbnail)} (dropped)`,
			'warning'
		);
	if (m) {
		for (const k of Object.keys(m)) {
			const v = text((m as Record<string, unknown>)[k]).trim();
			if (!MEDIA_READ.has(k) && v !== '')
				problem(
					`media.${k}`,
					'a media field our format keeps (url, caption, credit, alt)',
					`${describe(v)} (dropped)`,
					'warning'
				);
		}
	}
	const background = backgroundText(s.background);
	if (background)
		problem(
			fields.background,
			'no background (our format has none)',
			`${describe(background)} (dropped)`,
			'warning'
		);
	return out;
}

/**
 * The title slide's media, thumbnail and background, reported: the dataset has no media of its
 * own. JSON fields are prefixed `title.`; a spreadsheet's title row is its line.
 */
export function titleMedia(
	t: TimelineJsSlide | undefined,
	row: number | undefined,
	fields: Fields,
	file: string
): Issue[] {
	const issues: Issue[] = [];
	if (!t || typeof t !== 'object') return issues;
	const m = t.media && typeof t.media === 'object' ? t.media : undefined;
	const dropped: [string, string][] = [
		[fields.media, text(m?.url).trim()],
		[fields.thumbnail, text(m?.thumbnail).trim()],
		[fields.background, backgroundText(t.background)]
	];
	for (const [field, value] of dropped) {
		if (value === '') continue;
		issues.push({
			file,
			row,
			field: row === undefined ? `title.${field}` : field,
			expected: 'no media on the title slide (a dataset has none)',
			received: `${describe(value)} (dropped)`,
			severity: 'warning'
		});
	}
	return issues;
}
