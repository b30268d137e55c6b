/**
 * Reading user files as strict UTF-8: a file in another encoding is reported, not turned into
 * replacement characters.
 */
import { readFile } from 'node:fs/promises';

/** The text of a file, or why it cannot be used. */
export type ReadResult =
	{ ok: true; text: string } | { ok: false; expected: string; received: string };

/** Decode bytes as UTF-8, failing on invalid sequences; a leading byte-order mark is dropped. */
export function decodeUtf8(bytes: Uint8Array): ReadResult {
	let text: string;
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		const at = firstInvalidUtf8(bytes);
		return {
			ok: false,
			expected: 'a UTF-8 text file (save it as "CSV UTF-8" or convert it with iconv)',
			received: `bytes that are not UTF-8 (first at byte ${at})`
		};
	}
	// TextDecoder already strips one BOM by default (ignoreBOM: false).
	return { ok: true, text };
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstInvalidUtf8(bytes: Uint8Array): number {
	let lo = 0;
	let hi = bytes.length;
	// Binary search on the longest valid prefix; `stream` lets a prefix end inside a character.
	while (lo < hi) {
		const mid = (lo + hi + 1) >> 1;
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
			lo = mid;
		} catch {
			hi = mid - 1;
		}
	}
	// The longest prefix may end inside a character that the next byte breaks: step back to it.
	for (let k = lo; k > Math.max(0, lo - 4); k--) {
		try {
			new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, k));
			return k;
		} catch {
			// keep stepping back
		}
	}
	return lo;
}

/** Read a file as strict UTF-8. Missing or unreadable files are reported like bad encodings. */
export async function readUtf8(path: string): Promise<ReadResult> {
	let bytes: Uint8Array;
	try {
		bytes = await readFile(path);
	} catch (e) {
		const code = (e as NodeJS.ErrnoException).code;
		return {
			ok: false,
			expected: 'a readable file',
			received: code === 'ENOENT' ? 'no such file' : String(code ?? e)
		};
	}
	return decodeUtf8(bytes);
}
