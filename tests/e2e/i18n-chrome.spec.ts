/**
 * The interface around a page in Russian and Tajik: the header, the layer panel, the map's own
 * controls (MapLibre's words, given through its `locale` option) and what a screen reader hears
 * when a layer is switched, each in the page's language, not English.
 */
import { expect, mapReady, test } from './fixtures';

const WORDS = {
	ru: {
		story: 'История',
		chronology: 'Хронология',
		layers: 'Слои',
		bases: 'Российские базы',
		zoomIn: 'Приблизить',
		zoomOut: 'Отдалить',
		hidden: 'Слой «Российские базы» скрыт',
		shown: 'Слой «Российские базы» показан'
	},
	tg: {
		story: 'Ҳикоя',
		chronology: 'Солшумор',
		layers: 'Қабатҳо',
		bases: 'Пойгоҳҳои Русия',
		zoomIn: 'Наздик кардан',
		zoomOut: 'Дур кардан',
		hidden: 'Қабати «Пойгоҳҳои Русия» пинҳон шуд',
		shown: 'Қабати «Пойгоҳҳои Русия» нишон дода шуд'
	}
} as const;

for (const [lang, w] of Object.entries(WORDS)) {
	test(`/${lang}/place/kulyab: header, layers, map controls and announcements in ${lang}`, async ({
		page
	}) => {
		test.setTimeout(90_000);
		await page.goto(`/${lang}/place/kulyab`);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);

		// The header's links, in the language and keeping its prefix.
		const story = page.getByRole('link', { name: w.story, exact: true }).first();
		await expect(story).toHaveAttribute('href', new RegExp(`^/${lang}/story`));
		await expect(
			page.getByRole('link', { name: w.chronology, exact: true }).first()
		).toHaveAttribute('href', new RegExp(`^/${lang}/chronology`));

		// The layer panel.
		await expect(page.getByRole('group', { name: w.layers })).toBeVisible();
		const box = page.getByRole('checkbox', { name: new RegExp(`^${w.bases}`) });
		await expect(box).toBeChecked();

		// MapLibre's controls, named in the language.
		await mapReady(page);
		await expect(page.locator('.maplibregl-ctrl-zoom-in')).toHaveAttribute('aria-label', w.zoomIn);
		await expect(page.locator('.maplibregl-ctrl-zoom-out')).toHaveAttribute(
			'aria-label',
			w.zoomOut
		);

		// What a screen reader hears when a layer is switched.
		await box.uncheck();
		await expect(page.getByTestId('announcer')).toHaveText(w.hidden);
		await box.check();
		await expect(page.getByTestId('announcer')).toHaveText(w.shown);
	});
}
