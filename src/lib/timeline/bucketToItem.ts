/** A count bucket as a timeline item: its count as the label, its density as a class. */
import { count, shortCount } from '$lib/model/count';
import type { Bucket } from './bucketize';
import type { ItemSpec } from './eventToItem';

/** Prefix of bucket item ids: never a valid event slug, so the two cannot collide. */
export const BUCKET_PREFIX = 'bucket:';

/**
 * A bucket as an item that names its count and asks the reader to zoom in; `most` is the fullest
 * bucket's count, which its height is relative to.
 */
export function bucketToItem(b: Bucket, most = b.count): ItemSpec {
	const label = `${count(b.count)} event${b.count === 1 ? '' : 's'}`;
	return {
		id: `${BUCKET_PREFIX}${b.start}`,
		start: b.start,
		end: b.end,
		type: 'range',
		className: `bucket density-${Math.min(5, Math.ceil(Math.log10(b.count + 1)))}`,
		text: shortCount(b.count),
		title: `${label} — zoom in to see them`,
		count: b.count,
		bar: b.count / Math.max(most, 1),
		group: 'events'
	};
}
