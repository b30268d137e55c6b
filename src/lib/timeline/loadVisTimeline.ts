/**
 * vis-timeline and its DataSet, imported once. Kept out of every page's initial JavaScript; a page
 * that knows it will draw a timeline (an embed) can start the download before the view mounts.
 */
let loading: Promise<
	[typeof import('vis-timeline/esnext'), typeof import('vis-data/esnext')]
> | null = null;

export function loadVisTimeline(): Promise<
	[typeof import('vis-timeline/esnext'), typeof import('vis-data/esnext')]
> {
	loading ??= Promise.all([import('vis-timeline/esnext'), import('vis-data/esnext')]).catch(
		(error: unknown) => {
			// A failed download is tried again by the next caller.
			loading = null;
			throw error;
		}
	);
	return loading;
}
