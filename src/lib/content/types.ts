/**
 * The source text, structured: sections with headings, blocks with stable ids. The types are
 * those of `SourceSchema` (schema.ts), under the names the rest of the code imports.
 * Wording is the source's own, character for character (checked in src/lib/content/data.test.ts).
 */
import type * as v from 'valibot';
import type { EditorialNoteSchema, SourceBlock, SourceDocument } from './schema';

export type { SourceBlock, SourceDocument };

/** An editorial note attached to a block, where the source is vague, wrong or noisy. */
export type EditorialNote = v.InferOutput<typeof EditorialNoteSchema>;
