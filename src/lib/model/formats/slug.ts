/** Making slugs (ids) from free text, and keeping them unique. */
import { isPrototypeName } from '../slugPattern';

/** A slug from any text: diacritics dropped, lower case, runs of other characters → "-". */
export function slugify(text: string, maxLength = 60): string {
	const s = text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (s.length <= maxLength) return s;
	return s.slice(0, maxLength).replace(/-[^-]*$/, '') || s.slice(0, maxLength);
}

/**
 * A slug not in `taken` and not a name every JavaScript object has (`constructor`), adding "-2",
 * "-3", … when needed; the result is added to `taken`. `fallback` is used when the text has no
 * letters or digits (e.g. only CJK script).
 */
export function uniqueSlug(text: string, taken: Set<string>, fallback = 'event'): string {
	const base = slugify(text) || fallback;
	let id = base;
	for (let n = 2; taken.has(id) || isPrototypeName(id); n++) id = `${base}-${n}`;
	taken.add(id);
	return id;
}
