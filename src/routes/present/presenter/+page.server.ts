import type { PageServerLoad } from './$types';
import { readBundled } from '../../bundledDataset.server';

/** The bundled dataset, read at build time, as the explorer's. */
export const load: PageServerLoad = ({ fetch }) => readBundled(fetch);
