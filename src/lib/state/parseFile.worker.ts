/**
 * Parses an opened file off the main thread, with the same code as everywhere else
 * (`parseDataFile`), so a large file never freezes the page. Receives the bytes (transferred,
 * not copied) and the gazetteer's address, posts `{ stage: 'places' }` if the file needs the
 * gazetteer (it is downloaded then), then the `DataFileResult`, or the message of an unexpected
 * failure.
 */
import { parseDataFile, type DataFileInput } from '$lib/model/formats/parseDataFile';
import { gazetteerResolver } from './gazetteerResolver';

self.onmessage = async (e: MessageEvent<DataFileInput & { gazetteer?: string | null }>) => {
	const { gazetteer, ...input } = e.data;
	const loadResolver = gazetteer
		? () => {
				self.postMessage({ stage: 'places' });
				return gazetteerResolver(gazetteer);
			}
		: undefined;
	try {
		self.postMessage({ result: await parseDataFile({ ...input, loadResolver }) });
	} catch (err) {
		self.postMessage({ error: err instanceof Error ? err.message : String(err) });
	}
};
