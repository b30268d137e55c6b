/**
 * A file the reader opens in the explorer (a picker or drag and drop): read in the page, parsed
 * by the same code as the command line (in a worker when it is large), shown through
 * `Explorer.load({ kind: 'file' })`, and kept in this browser's IndexedDB so it survives a reload
 * until the reader closes it. Nothing is uploaded anywhere.
 */
import type { DataFileInput, DataFileResult } from '$lib/model/formats/parseDataFile';
import { unusableResult } from './dataSource';
import type { Explorer } from './explorer.svelte';
import { gazetteerUrl } from './gazetteerUrl';

/**
 * Files from this size are parsed in a worker: all of them. Measured in headless Chromium on 2
 * busy cores (open → report shown, median of 3): on the main thread 0.10 MB took 1.2 s and
 * 0.95 MB 4.6 s (longest task 1.8 s); in the worker 0.02 MB 0.78 s, 0.10 MB 0.82 s and 0.95 MB
 * 2.0 s (longest task 0.46 s, the views drawing). The main thread, still starting the page,
 * never came out faster, so it parses only when no worker can start.
 */
export const WORKER_MIN_BYTES = 0;

/** The IndexedDB store, loaded when a file is opened, restored or closed (not on every page). */
const idb = () => import('idb-keyval');

/** The IndexedDB key of the opened file. */
const STORE_KEY = 'chronoatlas:opened-file';

/** What is kept in IndexedDB: the file itself (a Blob), not the parsed events. */
interface StoredFile {
	name: string;
	type: string;
	blob: Blob;
}

/** What the reader sees while a file is read and parsed. */
export interface FileProgress {
	name: string;
	/** `places`: the gazetteer is downloading, for place names without coordinates. */
	stage: 'reading' | 'parsing' | 'places';
	/** Share of the file read, 0–1 (reading only). */
	fraction: number;
}

/** Read a file's bytes, reporting the share read so far. */
export async function readWithProgress(
	file: Blob,
	onProgress: (fraction: number) => void
): Promise<Uint8Array> {
	const out = new Uint8Array(file.size);
	const reader = file.stream().getReader();
	let at = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		out.set(value, at);
		at += value.length;
		onProgress(file.size ? at / file.size : 1);
	}
	return at === out.length ? out : out.subarray(0, at);
}

/** What parsing a file's bytes needs: the file, and what to call when the gazetteer is fetched. */
type FileInput = Omit<DataFileInput, 'resolvePlace' | 'loadResolver'> & {
	bytes: Uint8Array;
	onPlaces?: () => void;
};

/** Parse in a worker; null when the page may not start one (a Content-Security-Policy). */
function parseInWorker({ onPlaces, ...input }: FileInput): Promise<DataFileResult | null> {
	return new Promise((resolve) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./parseFile.worker.ts', import.meta.url), { type: 'module' });
		} catch {
			resolve(null);
			return;
		}
		type Reply = { result?: DataFileResult; error?: string; stage?: 'places' };
		worker.onmessage = (e: MessageEvent<Reply>) => {
			if (e.data.stage === 'places') {
				onPlaces?.();
				return;
			}
			worker.terminate();
			resolve(e.data.result ?? null);
		};
		worker.onerror = () => {
			worker.terminate();
			resolve(null);
		};
		const buffer = input.bytes.buffer as ArrayBuffer;
		worker.postMessage({ ...input, bytes: buffer, gazetteer: gazetteerUrl() }, [buffer]);
	});
}

/** Parse a file's bytes: in a worker when large, else (or when no worker can start) here. */
export async function parseFileBytes(input: FileInput): Promise<DataFileResult> {
	if (input.bytes.length >= WORKER_MIN_BYTES && typeof Worker !== 'undefined') {
		// The worker takes the bytes; a copy stays here in case it cannot run.
		const fromWorker = await parseInWorker({ ...input, bytes: input.bytes.slice() });
		if (fromWorker) return fromWorker;
	}
	const { parseDataFile } = await import('$lib/model/formats/parseDataFile');
	const { onPlaces, ...file } = input;
	const url = gazetteerUrl();
	const loadResolver = url
		? () => {
				onPlaces?.();
				return import('./gazetteerResolver').then((m) => m.gazetteerResolver(url));
			}
		: undefined;
	return parseDataFile({ ...file, loadResolver });
}

/** The opened file of one explorer: open, restore after a reload, close. */
export class LocalFile {
	/** Reading or parsing under way, for the progress shown; null when idle. */
	progress = $state.raw<FileProgress | null>(null);
	/** A file is being dragged over the explorer (the drop target shows). */
	dragging = $state(false);
	/** Why the file could not be kept for a reload (storage refused), for the reader. */
	storageNote = $state('');
	#explorer: Explorer;
	#onShown: (name: string | null) => void;

	/**
	 * `onShown` is told the name of the file now shown (null: back to the bundled dataset), so the
	 * caller can put it in the address bar.
	 */
	constructor(explorer: Explorer, onShown: (name: string | null) => void) {
		this.#explorer = explorer;
		this.#onShown = onShown;
	}

	/** Open a file the reader chose: read, parse, show, keep. */
	async open(file: File): Promise<void> {
		if (await this.#show(file, file.name, file.type)) {
			this.storageNote = '';
			try {
				await (
					await idb()
				).set(STORE_KEY, { name: file.name, type: file.type, blob: file } satisfies StoredFile);
			} catch {
				this.storageNote = 'This browser would not keep the file: it will be gone after a reload.';
			}
		}
	}

	/** Show the file kept from before a reload; false when there is none named `name`. */
	async restore(name: string): Promise<boolean> {
		let stored: StoredFile | undefined;
		try {
			stored = await (await idb()).get<StoredFile>(STORE_KEY);
		} catch {
			stored = undefined;
		}
		if (!stored || stored.name !== name) {
			this.#explorer.urlIssues = [
				`file: "${name}" was opened in another browser or has been closed; a link cannot carry a local file, so the bundled dataset is shown`
			];
			this.#explorer.loadHome();
			this.#onShown(null);
			return false;
		}
		return this.#show(stored.blob, stored.name, stored.type);
	}

	/** Forget the file and go back to the bundled dataset. */
	async close(): Promise<void> {
		try {
			await (await idb()).del(STORE_KEY);
		} catch {
			// Nothing kept, or storage unavailable: nothing to forget.
		}
		this.#explorer.clearFilters();
		this.#explorer.loadHome();
		this.#onShown(null);
	}

	async #show(blob: Blob, name: string, type: string): Promise<boolean> {
		const ex = this.#explorer;
		this.progress = { name, stage: 'reading', fraction: 0 };
		try {
			const bytes = await readWithProgress(blob, (fraction) => {
				this.progress = { name, stage: 'reading', fraction };
			});
			this.progress = { name, stage: 'parsing', fraction: 1 };
			const r = await parseFileBytes({
				name,
				bytes,
				contentType: type,
				onPlaces: () => (this.progress = { name, stage: 'places', fraction: 1 })
			});
			const unusable = unusableResult(`“${name}”`, r);
			if (unusable) {
				ex.fail(unusable.error);
				return false;
			}
			// The filters of the earlier data name its categories and places, not this file's.
			ex.clearFilters();
			ex.select(null, 'init');
			await ex.load({ kind: 'file', label: name, result: r });
			this.#onShown(name);
			return true;
		} catch (e) {
			ex.fail(`Could not read "${name}": ${e instanceof Error ? e.message : String(e)}`);
			return false;
		} finally {
			this.progress = null;
		}
	}
}
