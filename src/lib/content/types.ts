/**
 * The source text, structured: sections with headings, blocks with stable ids. The types are
 * those of `SourceSchema` (schema.ts), under the names the rest of the code imports.
 * Wording is the source's own, character for character (checked in src/lib/content/data.test.ts).
 */
import type { EditorialNoteSchema, SourceSectionSchema } from './schema';
import type { SourceBlock, SourceDocument } from './schema';
import type * as v from 'valibot';

export type { SourceBlock, SourceDocument };

/** A paragraph of running text, e.g. { kind: 'paragraph', id: 'p5', text: '…' }. */
export type SourceParagraph = Extract<SourceBlock, { kind: 'paragraph' }>;

/** A bulleted list; it gets its own id like a paragraph so that it can be cited. */
export type SourceList = Extract<SourceBlock, { kind: 'list' }>;

/** A photo caption; `credit` is the parenthesised credit. */
export type SourceCaption = Extract<SourceBlock, { kind: 'caption' }>;

/** An editorial note attached to a block, where the source is vague, wrong or noisy. */
export type EditorialNote = v.InferOutput<typeof EditorialNoteSchema>;

/** A section of the source: its heading's slug, the heading and its blocks. */
export type SourceSection = v.InferOutput<typeof SourceSectionSchema>;
