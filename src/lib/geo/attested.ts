/**
 * The rule that ties an event's start to the references that attest it. Pure, no DOM.
 */
import { isValidRange, namedDate } from './dates';
import type { Attestation } from './schema';
import { show } from './schema-rules';

/**
 * An event cannot begin after a reference already attests it: a field office that a document of
 * 2000 lists was not opened in 2008. Each attestation whose date `start` is later than fails,
 * with the date the start may be at most. The schema has checked the attestations' form.
 */
export function attestationProblems(
	start: string,
	attested: readonly Attestation[] = []
): string[] {
	return attested.flatMap(({ date, ref }, i) =>
		isValidRange(start, date)
			? []
			: [
					`${show(start)} is later than ${show(date)}, by when reference "${ref}" attests the event (attested[${i}]); start it no later, as "[..${namedDate(date)}]" if nothing dates its beginning`
				]
	);
}
