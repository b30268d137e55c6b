/**
 * Wording rules for text written in our own voice (titles, summaries, notes): words that carry
 * one side's view, verdicts on what a source says, and claims of scale may appear only where the
 * sentence says whose words or figures they are. The rules are lexical on purpose: they cannot
 * judge a paraphrase, but they catch the lapses that recur, and each rule names what it wants.
 */

/** What a match of a rule needs to be acceptable. */
export type RuleNeeds =
	/** Inside quotation marks, in a sentence that says (outside the quotes) who used the words. */
	| 'attributed quote'
	/** In a sentence that says who gives it (quoted or not). */
	| 'attribution';

/** One wording rule. */
export interface WordingRule {
	/** A short name, shown in reports: `loaded`, `verdict`, `scale`. */
	id: string;
	/** What it catches (case-insensitive, matched on word boundaries by the patterns). */
	pattern: RegExp;
	needs: RuleNeeds;
	/** What the author should do, for the report's "expected" part. */
	advice: string;
}

/**
 * Terms that carry one side's characterization, as they occur in the documents and their like.
 * In our own text they may appear only inside a quotation in a sentence that attributes it.
 */
const LOADED = [
	// "Counter-terrorism" names a field of study, not anyone's character.
	String.raw`(?<!counter-)terror(?:ist|ists|ism)?`,
	String.raw`martyr(?:s|dom|ed)?`,
	String.raw`zionis(?:t|ts|m)`,
	String.raw`usurp(?:er|ers|ed|ing|ation)?`,
	String.raw`occupation`,
	String.raw`occupied`,
	String.raw`occupiers?`,
	String.raw`incite(?:s|d|ment)?`,
	String.raw`hate(?:ful)?`,
	String.raw`genocid(?:e|al)`,
	String.raw`apartheid`,
	String.raw`liberat(?:e|ed|es|ion|ing)`,
	String.raw`resistance`,
	String.raw`extremis(?:t|ts|m)`,
	String.raw`radicals?`,
	String.raw`antisemiti(?:c|sm)`,
	String.raw`anti-semiti(?:c|sm)`,
	String.raw`massacres?`,
	String.raw`atrocit(?:y|ies)`,
	String.raw`oppress(?:ed|or|ors|ion|ive)`,
	String.raw`desecrat(?:e|ed|ion)`,
	String.raw`storm(?:ed|ing)`,
	String.raw`proxies`,
	String.raw`pro-iranian`,
	String.raw`show of force`,
	String.raw`propaganda`,
	String.raw`elimination`,
	String.raw`jihad(?:i|ist|ists)?`,
	String.raw`mujahid(?:s|een)?`,
	String.raw`final solution`,
	String.raw`regime`,
	String.raw`brutal(?:ity)?`,
	String.raw`crimes?`,
	String.raw`criminal`,
	String.raw`aggression`,
	String.raw`illegal`,
	String.raw`freedom fighters?`,
	String.raw`destruction`,
	String.raw`innocent`,
	String.raw`despotic`,
	String.raw`enemy`,
	String.raw`bullies`,
	String.raw`thugs?`,
	String.raw`so-called`,
	String.raw`heroic`,
	String.raw`heroes`,
	String.raw`notorious`,
	String.raw`infamous`,
	String.raw`evil`,
	String.raw`barbaric`,
	String.raw`savage`,
	String.raw`cowardly`,
	String.raw`rogue`,
	String.raw`shameful`,
	String.raw`shameless`
];

/**
 * Verdicts in our own voice on what a source says or on who is right: a rebuttal belongs in a
 * dispute, with the record's side and its reference, not in the summary.
 */
const VERDICT = [
	String.raw`(?:do|does|did) not (?:themselves |itself )?(?:contain|support|bear out|amount to)`,
	String.raw`in fact`,
	String.raw`actually`,
	String.raw`falsely`,
	String.raw`wrongly`,
	String.raw`mislead(?:ing|ingly|s)?`,
	String.raw`baseless`,
	String.raw`untrue`,
	String.raw`unfounded`,
	String.raw`exaggerat(?:e|es|ed|ing|ion|ions)`,
	String.raw`distort(?:s|ed|ing|ion|ions)`,
	String.raw`clearly`,
	String.raw`obviously`,
	String.raw`undoubtedly`,
	String.raw`of course`
];

/** Sizes and reach that only one side reports: say whose figure it is. */
const SCALE = [
	String.raw`millions`,
	String.raw`(?:hundreds|tens) of thousands`,
	String.raw`thousands`,
	String.raw`mass (?:protests?|rallies|demonstrations|marches)`,
	String.raw`across the (?:muslim|islamic|arab) world`,
	String.raw`(?:all )?(?:around|all over) the world`,
	String.raw`worldwide`
];

const words = (list: string[]) => new RegExp(String.raw`\b(?:${list.join('|')})\b`, 'gi');

/** The rules, in the order they are reported. */
export const WORDING_RULES: readonly WordingRule[] = [
	{
		id: 'loaded',
		pattern: words(LOADED),
		needs: 'attributed quote',
		advice:
			'only inside quotation marks, in a sentence that says who used the words (according to …, says, calls it …)'
	},
	{
		id: 'verdict',
		pattern: words(VERDICT),
		needs: 'attributed quote',
		advice:
			'no verdict on a source in our own voice: attribute it, or record the disagreement as a dispute with the record'
	},
	{
		id: 'scale',
		pattern: words(SCALE),
		needs: 'attribution',
		advice: 'a sentence that says whose figure or reach it is (according to …, says, reports …)'
	}
];

/** Proper names that contain a listed word without characterizing anyone. */
const NAMES = [
	'International Institute for Counter-Terrorism',
	'International Institute for Counterterrorism',
	'Counter-Terrorism',
	'Jihadi Websites Monitoring Group',
	'Jihadi Monitoring Group',
	'Jihad Council',
	'Terrorism Act',
	'Genocide Convention'
];

/**
 * Words that attribute within a sentence. "Captioned" and "posted" are not among them: they say
 * what a post did, not whose rendering of it we give.
 */
const ATTRIBUTION = new RegExp(
	String.raw`\b(?:according to|says?|said|calls?|(?<!so-)called|describes?|described|wrote|writes|tweeted|quotes?|quoted|reports?|reported|stated|states|noted|notes|added|claims?|claimed|alleg(?:e|es|ed|ing)|renders?|rendered|rendering|puts it|paraphrase[sd]?|wording|in (?:his|her|its|their|the report's|the article's|the post's|the caption's) words|in the words of|per (?:the|its|his|her|their)|as (?:the|its) [a-z-]+ (?:has|had|puts|gives) it|supposes?|supposed|asserts?|asserted|argues?|argued|accuses?|accused|denounces?|denounced|condemns?|condemned|chanted|headline|subheading|caption (?:says|reads)|(?:en|sub)?titled|headed)\b`,
	'i'
);

/** A problem: which rule, the words matched, and the sentence they are in. */
export interface WordingProblem {
	rule: WordingRule;
	match: string;
	sentence: string;
}

/** Spans of text inside double quotation marks (straight or curly), outer marks included. */
export function quoteSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	for (const m of text.matchAll(/“[^”]*”|"[^"]*"/g)) spans.push([m.index, m.index + m[0].length]);
	return spans;
}

/** Sentence ranges, ignoring full stops inside quotations. */
export function sentenceRanges(text: string, spans: [number, number][]): [number, number][] {
	// Offsets are UTF-16 units (as `matchAll` gives them), so mask unit by unit, not by code point.
	const units = text.split('');
	for (const [a, b] of spans) for (let i = a + 1; i < b - 1; i++) units[i] = 'x';
	const flat = units.join('');
	const ranges: [number, number][] = [];
	let start = 0;
	for (const m of flat.matchAll(/[.!?](?=\s+|$)/g)) {
		ranges.push([start, m.index + 1]);
		start = m.index + 1;
	}
	if (start < text.length) ranges.push([start, text.length]);
	return ranges;
}

/**
 * The words of `text` that break a wording rule: a listed word outside any quotation, or quoted
 * in a sentence that says nowhere (outside its quotes) who said it; a claim of scale in a
 * sentence without an attribution.
 */
export function wordingProblems(text: string): WordingProblem[] {
	let t = text;
	for (const name of NAMES) t = t.split(name).join(' '.repeat(name.length));
	const spans = quoteSpans(t);
	const sentences = sentenceRanges(t, spans);
	const found: WordingProblem[] = [];
	for (const rule of WORDING_RULES) {
		const re = new RegExp(rule.pattern.source, 'gi');
		for (const m of t.matchAll(re)) {
			const i = m.index;
			const inQuote = spans.some(([a, b]) => i > a && i < b);
			const [sa, sb] = sentences.find(([a, b]) => i >= a && i < b) ?? [0, t.length];
			const sentence = text.slice(sa, sb).trim();
			if (rule.needs === 'attributed quote' && !inQuote) {
				found.push({ rule, match: m[0], sentence });
				continue;
			}
			let outside = t.slice(sa, sb);
			for (const [a, b] of spans) {
				if (a >= sa && b <= sb) {
					outside = outside.slice(0, a - sa) + ' '.repeat(b - a) + outside.slice(b - sa);
				}
			}
			if (!ATTRIBUTION.test(outside)) found.push({ rule, match: m[0], sentence });
		}
	}
	return found;
}

/** Words that keep a source's doubt: a hedged claim must stay hedged in our text. */
export const HEDGE_IN_SOURCE =
	/\b(?:it seems|seems|seemingly|apparently|perhaps|it is likely|likely|probably|possibly|presumably|reportedly|allegedly)\b/i;

/** Words by which our text keeps that doubt. */
export const HEDGE_IN_OURS =
	/\b(?:seems?|seemingly|apparently|perhaps|likely|probably|possibly|presumably|reportedly|allegedly|suppos(?:e|es|ed|ition)|suggests?|may|might|believes?|infers?|inferred|expects?|expected|unconfirmed|not confirmed|does not (?:say|confirm))\b/i;
