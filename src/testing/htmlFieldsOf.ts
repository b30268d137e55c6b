/** What TimelineJS renders as HTML in a document we export. Test support only. */
import type { TimelineJsDocument } from '../lib/model/formats/timelineJsTypes';

/**
 * Every field of a TimelineJS document that TimelineJS writes with innerHTML, with the markup we
 * write ourselves (`<p>`, `<br>`, `<a href="…">`) taken out: what is left comes from the data.
 */
export function htmlFieldsOf(doc: TimelineJsDocument): string[] {
	const ours = /<\/?p>|<br>|<a href="[^"<>&']*">|<\/a>/g;
	const out: string[] = [];
	for (const slide of [doc.title ?? {}, ...doc.events]) {
		for (const v of [
			slide.text?.headline,
			slide.text?.text,
			slide.group,
			slide.display_date,
			slide.media?.caption,
			slide.media?.credit
		])
			if (v !== undefined) out.push(v.replace(ours, ''));
	}
	return out;
}

/**
 * The fields of a TimelineJS document that TimelineJS runs its `linkify` on (slide text, media
 * captions and credits), as written.
 */
export function linkifiedFieldsOf(doc: TimelineJsDocument): string[] {
	const out: string[] = [];
	for (const slide of [doc.title ?? {}, ...doc.events])
		for (const v of [slide.text?.text, slide.media?.caption, slide.media?.credit])
			if (v !== undefined) out.push(v);
	return out;
}
