/**
 * Parses an opened file off the main thread, with the same code as everywhere else
 * (`parseDataFile`), so a large file never freezes the page. Receives the bytes (transferred,
 * not copied) and posts back the `DataFileResult`, or the message of an unexpected failure.
 */
import { parseDataFile, type DataFileInput } from '$lib/model/formats/parseDataFile';

self.onmessage = async (e: MessageEvent<DataFileInput>) => {
	try {
		self.postMessage({ result: await parseDataFile(e.data) });
	} catch (err) {
		self.postMessage({ error: err instanceof Error ? err.message : String(err) });
	}
};
