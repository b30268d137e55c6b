/**
 * Turning the HTML that TimelineJS authors put in headlines and text into plain text, and
 * collecting its http(s) links. The result is only ever rendered as text, so this does not need
 * to be a sanitizer: it drops every tag (and script/style content) and decodes entities.
 */

/** Named references we decode; a Map, so `&constructor;` is not looked up on a prototype. */
const NAMED = new Map<string, string>(
	Object.entries({
		amp: '&',
		lt: '<',
		gt: '>',
		quot: '"',
		apos: "'",
		nbsp: ' ',
		ndash: '–',
		mdash: '—',
		hellip: '…',
		lsquo: '‘',
		rsquo: '’',
		ldquo: '“',
		rdquo: '”',
		laquo: '«',
		raquo: '»',
		copy: '©',
		reg: '®',
		eacute: 'é',
		egrave: 'è',
		aacute: 'á',
		oacute: 'ó',
		uuml: 'ü',
		ouml: 'ö',
		auml: 'ä',
		szlig: 'ß',
		ccedil: 'ç',
		ntilde: 'ñ'
	})
);

/** Decode HTML character references (named ones we know, decimal and hex). */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
		if (ref[0] === '#') {
			const code =
				ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
			return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return NAMED.get(ref.toLowerCase()) ?? whole;
	});
}

/** Tags that break a line; all other tags are dropped without a space ("<i>Bodyguard</i>'s"). */
const BLOCK =
	/<\s*\/?\s*(br|p|div|li|ul|ol|h[1-6]|blockquote|tr|td|th|table|section|article|header|footer|hr|figure|figcaption|pre)\b[^>]*>/gi;

/**
 * Plain text from an HTML fragment: block tags and `<br>` become line breaks (or spaces when
 * `singleLine`), other tags are dropped, entities decoded, blank runs collapsed.
 */
export function htmlToText(html: string, singleLine = false): string {
	const text = html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<\s*(script|style)\b[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
		.replace(BLOCK, '\n')
		.replace(/<\/?[a-z!][^>]*>/gi, '');
	const decoded = decodeEntities(text);
	const lines = decoded
		.split(/\n/)
		.map((l) => l.replace(/[ \t\f\v\r\u00a0]+/g, ' ').trim())
		.filter((l) => l !== '');
	return singleLine ? lines.join(' ') : lines.join('\n');
}

/** An http(s) URL from an href or media URL; protocol-relative "//host" becomes https. */
export function httpUrl(raw: string): string | undefined {
	const u = decodeEntities(raw.trim());
	const full = u.startsWith('//') ? `https:${u}` : u;
	return /^https?:\/\/[^\s]+$/i.test(full) ? full : undefined;
}

/** The http(s) links of an HTML fragment (`href` of anchors), in order, without duplicates. */
export function htmlLinks(html: string): string[] {
	const out: string[] = [];
	const re = /<a\b[^>]*?\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;
	for (let m = re.exec(html); m; m = re.exec(html)) {
		const url = httpUrl(m[1] ?? m[2] ?? m[3] ?? '');
		if (url && !out.includes(url)) out.push(url);
	}
	return out;
}
