// A seeded random number generator for the tools that need reproducible input: the hostile-URL
// test (tests/e2e/hostile-urls.ts) and the benchmark's synthetic events (bench/lib/synthetic.ts).

/**
 * Mulberry32: a tiny, fast, seeded PRNG, good enough to vary test input and scatter points; the
 * same seed gives the same sequence on every machine.
 * @param {number} seed
 * @returns {() => number} a function giving numbers in [0, 1)
 */
export function mulberry32(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
