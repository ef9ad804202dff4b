/**
 * The layout's breakpoint, named once for scripts: below it the panel is a bottom sheet, the
 * timeline tops it, and the static maps are the phone's (one zoom level out). CSS `@media` rules
 * cannot read a variable, so they repeat the query word for word; a unit test
 * (media.test.ts) fails when one of them differs from this.
 */
export const PHONE_MEDIA = '(max-width: 40rem)';
