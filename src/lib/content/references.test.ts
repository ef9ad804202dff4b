/** The references a page cites, numbered by their place in the registry (as /about lists them). */
import { describe, expect, it } from 'vitest';
import type { Reference } from './checks';
import type { NarrativeParagraph } from './narrative';
import { citedReferences } from './references';

const REGISTRY: Reference[] = [
	{ id: 'unmot-mandate', title: 'UNMOT mandate' },
	{ id: 'osce-centre', title: 'The OSCE Centre in Dushanbe' },
	{ id: 'accord-1997', title: 'The General Agreement' }
];

function paragraph(...inlines: NarrativeParagraph['inlines']): NarrativeParagraph {
	return { kind: 'statement', inlines } as NarrativeParagraph;
}

describe('citedReferences', () => {
	it('numbers the cited references by their place in the registry, not by order of citation', () => {
		const index = citedReferences(
			[
				paragraph(
					{ kind: 'text', text: 'Signed.' },
					{ kind: 'cite', ids: ['p1'], refs: ['accord-1997'] }
				),
				paragraph({ kind: 'cite', ids: [], refs: ['unmot-mandate', 'accord-1997'] })
			],
			REGISTRY
		);
		expect(index).toEqual({
			'unmot-mandate': { n: 1, title: 'UNMOT mandate' },
			'accord-1997': { n: 3, title: 'The General Agreement' }
		});
	});

	it('lists nothing for paragraphs that cite only the source, or quote', () => {
		const index = citedReferences(
			[
				paragraph({ kind: 'quote', text: 'osce-centre' }, { kind: 'cite', ids: ['p4'], refs: [] }),
				paragraph({ kind: 'text', text: 'osce-centre' })
			],
			REGISTRY
		);
		expect(index).toEqual({});
	});

	it('ignores a reference the registry does not have', () => {
		expect(
			citedReferences([paragraph({ kind: 'cite', ids: [], refs: ['nowhere'] })], REGISTRY)
		).toEqual({});
	});
});
