import type { PageLoad } from './$types';
import { parseBundled } from '../bundledDataset';

/** The bundled dataset, parsed on the server when prerendering and again in the browser. */
export const load: PageLoad = ({ data }) => parseBundled(data);
