/**
 * Reading user files as strict UTF-8: a file in another encoding is reported, not turned into
 * replacement characters.
 */
import { readFile } from 'node:fs/promises';
import { firstInvalidUtf8 } from '../lib/model/firstInvalidUtf8';

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
