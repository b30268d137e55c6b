/** The shapes of TimelineJS (Knight Lab) documents, and the options of its importer. */
import type { PlaceResolver } from './assembleDataset';

/** A TimelineJS date: every part may be a string, a number, empty or missing. */
export interface TimelineJsDate {
	year?: string | number;
	month?: string | number;
	day?: string | number;
	hour?: string | number;
	minute?: string | number;
	second?: string | number;
	millisecond?: string | number;
	display_date?: string;
	format?: string;
}

/** A TimelineJS slide (event, title or era), as found in its JSON. */
export interface TimelineJsSlide {
	start_date?: TimelineJsDate;
	end_date?: TimelineJsDate;
	text?: { headline?: string; text?: string };
	media?: {
		url?: string;
		caption?: string;
		credit?: string;
		thumbnail?: string;
		alt?: string;
		link?: string;
	};
	group?: string;
	display_date?: string;
	unique_id?: string;
	type?: string;
	/** An image URL or a colour; the spreadsheet gives either in one cell. */
	background?: { url?: string; color?: string } | string;
	/** StoryMapJS-style location, found in some real TimelineJS files. */
	location?: {
		lat?: number | string;
		lon?: number | string;
		name?: string;
		zoom?: number | string;
	};
}

/** A TimelineJS document. */
export interface TimelineJsDocument {
	title?: TimelineJsSlide;
	events: TimelineJsSlide[];
	eras?: TimelineJsSlide[];
	scale?: string;
}

/** Options of the TimelineJS readers. */
export interface TimelineJsOptions {
	file: string;
	meta?: unknown;
	sources?: unknown[];
	metaFile?: string;
	/** When given, headlines and location names are looked up (only exact matches are used). */
	resolvePlace?: PlaceResolver;
}
