/** Computed (not sourced) events a dataset asks for in `meta.computedSeries`. */
import { qudsDaySeries } from './qudsDay';
import type { Dataset, Event } from './types';

/** The computed events of a dataset's `meta.computedSeries`, worked out here. */
export function computedSeries(dataset: Dataset): Event[] {
	const out: Event[] = [];
	for (const name of dataset.meta.computedSeries ?? []) {
		if (name === 'quds-day') for (const e of qudsDaySeries()) out.push(e);
	}
	return out;
}
