import { formatNumber } from '$lib/geo/lang';
import { downloadList } from '$lib/server/data/downloads';
import { langOf } from '$lib/state/url';
import type { PageServerLoad } from './$types';

/**
 * Every download with its size, measured on the body its endpoint serves (the same function
 * writes both), and the columns of each CSV file.
 */
export const load: PageServerLoad = ({ url }) => {
	const lang = langOf(url.pathname);
	return {
		downloads: downloadList(url.origin).map((d) => ({ ...d, size: formatNumber(lang, d.bytes) }))
	};
};
