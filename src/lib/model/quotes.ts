/**
 * Quoted words in our text, and whether a source really has them. A phrase in quotation marks
 * must appear verbatim in what it quotes; only typography may differ (curly or straight quote
 * marks and apostrophes, spacing, the case of the first letter, punctuation at either end), and
 * an ellipsis (`...` or `…`) stands for words left out, so its parts must appear in order.
 */

/** A phrase inside quotation marks and where it starts (the offset of its first character). */
export interface QuotedPhrase {
	phrase: string;
	index: number;
}

/** Phrases inside double quotation marks, straight ("…") or curly (“…”), outermost only. */
export function quotedPhrases(text: string): QuotedPhrase[] {
	const out: QuotedPhrase[] = [];
	for (const m of text.matchAll(/“([^”]*)”|"([^"]*)"/g)) {
		const phrase = m[1] ?? m[2] ?? '';
		if (phrase.trim() !== '') out.push({ phrase, index: m.index + 1 });
	}
	return out;
}

/** Text in the form phrases are compared in: straight quote marks, single spaces. */
export function normalizeText(text: string): string {
	return text
		.replace(/[‘’‛′]/g, "'")
		.replace(/[“”„″]/g, '"')
		.replace(/[\u00a0\u2009\u202f]/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A source document as plain text for comparison: Markdown emphasis and headings, footnote
 * markers (`<sup>12</sup>`), other inline tags and backslash escapes removed; links (`<https://…>`,
 * `[text](https://…)`) kept as their text and address.
 */
export function documentText(raw: string): string {
	return normalizeText(
		raw
			.replace(/<sup>\s*\d+\s*<\/sup>/g, '')
			.replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
			.replace(/\\+([_*[\]()#])/g, '$1')
			.replace(/\[([^\]]*)\]\((https?:[^)\s]+)\)/g, (_m, text: string, url: string) =>
				text === url ? url : `${text} ${url}`
			)
			.replace(/<\/?(?:sup|sub|br|em|strong|span|b|i|u|p|div|a)\b[^>]*>/gi, '')
			.replace(/\*\*|__/g, '')
			.replace(/^#+\s*/gm, '')
	);
}

const EDGE = /^[\s.,;:!?]+|[\s.,;:!?]+$/g;

/** The parts of a phrase that must be found, in order: split at ellipses, edges trimmed. */
export function phraseParts(phrase: string): string[] {
	return normalizeText(phrase)
		.split(/\s*(?:\.\.\.|…)\s*/)
		.map((p) => p.replace(EDGE, ''))
		.filter((p) => p !== '');
}

function indexOfPart(haystack: string, part: string, from: number): number {
	const exact = haystack.indexOf(part, from);
	if (exact >= 0) return exact;
	// The first letter may change case where a quotation starts mid-sentence or a sentence.
	const first = part[0]!;
	const other = first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase();
	return other === first ? -1 : haystack.indexOf(other + part.slice(1), from);
}

/** Whether `phrase` appears verbatim in `haystack` (both as given; they are normalized here). */
export function containsPhrase(haystack: string, phrase: string): boolean {
	const parts = phraseParts(phrase);
	if (parts.length === 0) return true;
	const h = normalizeText(haystack);
	let from = 0;
	for (const part of parts) {
		const at = indexOfPart(h, part, from);
		if (at < 0) return false;
		from = at + part.length;
	}
	return true;
}
