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
const BLOCK = new Set(
	'br p div li ul ol h1 h2 h3 h4 h5 h6 blockquote tr td th table section article header footer hr figure figcaption pre'.split(
		' '
	)
);

const isSpace = (c: number) => c === 32 || (c >= 9 && c <= 13);
const isWord = (c: number) =>
	(c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isLetterOrBang = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 33;

/**
 * Reads tags in one pass over the text. Written out rather than as regular expressions: an
 * expression such as `<[a-z][^>]*>` rescans the rest of the text from every `<` when no `>`
 * follows, and a megabyte of `<a` took minutes. Here every search forward is done at most once
 * per tag consumed, and a search that found nothing is remembered.
 */
class TagReader {
	private readonly lower: string;
	/** Set once no `>` is left: no tag can end any more. */
	private noGt = false;
	/** Set once no `-->` is left: no comment can end any more. */
	private noCommentEnd = false;
	/** Names (script, style) whose closing tag is known not to follow. */
	private readonly unclosed = new Set<string>();

	constructor(private readonly html: string) {
		this.lower = html.toLowerCase();
	}

	/** The index just past the `>` at or after `from`, or -1 (remembered). */
	private pastGt(from: number): number {
		if (this.noGt) return -1;
		const gt = this.html.indexOf('>', from);
		if (gt === -1) this.noGt = true;
		return gt === -1 ? -1 : gt + 1;
	}

	/** The index just past `</name>` (spaces allowed) at or after `from`, or -1 (remembered). */
	private pastClosing(name: string, from: number): number {
		if (this.unclosed.has(name)) return -1;
		const { html, lower } = this;
		for (let p = lower.indexOf('<', from); p !== -1; p = lower.indexOf('<', p + 1)) {
			let j = p + 1;
			while (isSpace(html.charCodeAt(j))) j++;
			if (html[j] !== '/') continue;
			j++;
			while (isSpace(html.charCodeAt(j))) j++;
			if (!lower.startsWith(name, j)) continue;
			j += name.length;
			while (isSpace(html.charCodeAt(j))) j++;
			if (html[j] === '>') return j + 1;
		}
		this.unclosed.add(name);
		return -1;
	}

	/**
	 * The tag starting with the `<` at `lt`: where it ends and what stands for it (a line break
	 * for a block tag, nothing for others, nothing for a comment or a script or style element
	 * with its content); null when that `<` starts no tag and is text.
	 */
	tagAt(lt: number): { end: number; text: string; name: string; closing: boolean } | null {
		const { html, lower } = this;
		if (!this.noCommentEnd && lower.startsWith('<!--', lt)) {
			const close = html.indexOf('-->', lt + 4);
			if (close !== -1) return { end: close + 3, text: '', name: '!--', closing: false };
			this.noCommentEnd = true;
		}
		let j = lt + 1;
		while (isSpace(html.charCodeAt(j))) j++;
		const slash = html[j] === '/';
		if (slash) {
			j++;
			while (isSpace(html.charCodeAt(j))) j++;
		}
		let k = j;
		while (k < html.length && isWord(html.charCodeAt(k)) && html[k] !== '_') k++;
		const name = lower.slice(j, k);
		const bounded = !isWord(html.charCodeAt(k));
		if (!slash && bounded && (name === 'script' || name === 'style')) {
			const end = this.pastClosing(name, k);
			if (end !== -1) return { end, text: '', name, closing: false };
		}
		const block = name !== '' && bounded && BLOCK.has(name);
		// Any other tag starts "<x" or "</x" (a letter or "!"), with no space after "<".
		const c = html.charCodeAt(html[lt + 1] === '/' ? lt + 2 : lt + 1);
		if (!block && !isLetterOrBang(c)) return null;
		const end = this.pastGt(lt);
		if (end === -1) return null;
		return { end, text: block ? '\n' : '', name, closing: slash };
	}
}

/**
 * Plain text from an HTML fragment: block tags and `<br>` become line breaks (or spaces when
 * `singleLine`), script and style elements and comments go, other tags are dropped, entities
 * decoded, blank runs collapsed. Linear in the length of the text, whatever it holds.
 */
export function htmlToText(html: string, singleLine = false): string {
	const reader = new TagReader(html);
	const parts: string[] = [];
	let from = 0;
	for (let lt = html.indexOf('<'); lt !== -1;) {
		const tag = reader.tagAt(lt);
		if (!tag) {
			lt = html.indexOf('<', lt + 1);
			continue;
		}
		parts.push(html.slice(from, lt), tag.text);
		from = tag.end;
		lt = html.indexOf('<', from);
	}
	parts.push(html.slice(from));
	const decoded = decodeEntities(parts.join(''));
	const lines = decoded
		.split(/\n/)
		.map((l) => l.replace(/[ \t\f\v\r\u00a0]+/g, ' ').trim())
		.filter((l) => l !== '');
	return singleLine ? lines.join(' ') : lines.join('\n');
}

/**
 * The opening tags named `name` (`a`, `iframe`) of an HTML fragment, each as its text from `<` to
 * `>`, in order; in one pass, like {@link htmlToText}.
 */
export function openingTags(html: string, name: string): string[] {
	const reader = new TagReader(html);
	const out: string[] = [];
	for (let lt = html.indexOf('<'); lt !== -1;) {
		const tag = reader.tagAt(lt);
		if (!tag) {
			lt = html.indexOf('<', lt + 1);
			continue;
		}
		if (tag.name === name && !tag.closing) out.push(html.slice(lt, tag.end));
		lt = html.indexOf('<', tag.end);
	}
	return out;
}

/** An attribute's value in one tag's text (`<a href="…">`), entities not decoded; or undefined. */
export function attribute(tag: string, name: string): string | undefined {
	const re = new RegExp(`[\\s/]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i');
	const m = re.exec(tag);
	return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
}

/** An http(s) URL from an href or media URL; protocol-relative "//host" becomes https. */
export function httpUrl(raw: string): string | undefined {
	const u = decodeEntities(raw.trim());
	const full = u.startsWith('//') ? `https:${u}` : u;
	return /^https?:\/\/[^\s]+$/i.test(full) ? full : undefined;
}

/** The http(s) links of an HTML fragment (`href` of anchors), in order, without duplicates. */
export function htmlLinks(html: string): string[] {
	const seen = new Set<string>();
	for (const tag of openingTags(html, 'a')) {
		const href = attribute(tag, 'href');
		const url = href === undefined ? undefined : httpUrl(href);
		if (url) seen.add(url);
	}
	return [...seen];
}
