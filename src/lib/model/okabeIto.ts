/** The Okabe–Ito palette: distinguishable with the common colour-vision deficiencies. */
export const OKABE_ITO = [
	'#E69F00',
	'#56B4E9',
	'#009E73',
	'#F0E442',
	'#0072B2',
	'#D55E00',
	'#CC79A7',
	'#000000'
] as const;
