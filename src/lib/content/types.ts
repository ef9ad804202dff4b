/**
 * The source text, structured: sections with headings, blocks with stable ids.
 * Wording is the source's own, character for character (checked in src/lib/content/data.test.ts).
 */

/** A paragraph of running text, e.g. { kind: 'paragraph', id: 'p5', text: '…' }. */
export interface SourceParagraph {
	kind: 'paragraph';
	/** Stable id, "p1", "p2", … in reading order; used in URLs (/source#p5) and citations. */
	id: string;
	text: string;
}

/** A bulleted list; it gets its own id like a paragraph so that it can be cited. */
export interface SourceList {
	kind: 'list';
	id: string;
	items: string[];
}

/** A photo caption (the photo itself is not part of the source); `credit` is the parenthesised credit. */
export interface SourceCaption {
	kind: 'caption';
	id: string;
	text: string;
	credit?: string;
}

export type SourceBlock = SourceParagraph | SourceList | SourceCaption;

/** An editorial note attached to a block, where the source is vague, wrong or noisy. */
export interface EditorialNote {
	/** Id of the block the note is about. */
	block: string;
	/** The note, in the atlas's words; names its public reference. */
	text: string;
}

export interface SourceSection {
	/** Slug of the heading, e.g. "national-peace-accord". */
	id: string;
	heading: string;
	blocks: SourceBlock[];
}

export interface SourceDocument {
	title: string;
	/** Where the text comes from and under what terms, as far as known. */
	provenance: string;
	sections: SourceSection[];
	notes: EditorialNote[];
}
