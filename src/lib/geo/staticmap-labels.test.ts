/** Where on its drawn line a river's name goes, and at what angle. */
import { describe, expect, it } from 'vitest';
import { riverLabelAt } from './staticmap-labels';

describe('riverLabelAt', () => {
	it('puts a name on the middle of a straight line, along it', () => {
		const placed = riverLabelAt(
			[
				[
					[0, 100],
					[400, 100]
				]
			],
			100
		);
		expect(placed).toEqual({ at: [200, 100], angle: 0 });
	});

	it('keeps the text upright on a line drawn right to left', () => {
		const placed = riverLabelAt(
			[
				[
					[400, 300],
					[0, 0]
				]
			],
			100
		);
		expect(placed!.angle).toBeCloseTo((Math.atan2(300, 400) * 180) / Math.PI, 6);
	});

	it('refuses a line too short or too bent for the name, and takes the longest run', () => {
		expect(
			riverLabelAt(
				[
					[
						[0, 0],
						[90, 0]
					]
				],
				100
			)
		).toBeNull();
		const zigzag = Array.from(
			{ length: 40 },
			(_, i) => [i * 2, i % 2 ? 40 : 0] as [number, number]
		);
		expect(riverLabelAt([zigzag], 100)).toBeNull();
		const placed = riverLabelAt(
			[
				[
					[0, 0],
					[200, 0]
				],
				[
					[0, 50],
					[0, 650]
				]
			],
			100
		);
		expect(placed!.at).toEqual([0, 350]);
		expect(Math.abs(placed!.angle)).toBe(90);
	});
});

describe('riverLabelAt: where on its line a name goes', () => {
	type Run = [number, number][];
	it.each<[string, Run[], { at: [number, number]; angle: number } | null]>([
		[
			'the middle of a line away from the corner of the canvas',
			[
				[
					[100, 100],
					[500, 100]
				]
			],
			{ at: [300, 100], angle: 0 }
		],
		[
			'the middle of a line of many segments',
			[
				[
					[0, 0],
					[100, 0],
					[200, 0],
					[300, 0],
					[400, 0]
				]
			],
			{ at: [200, 0], angle: 0 }
		],
		[
			'the longest run, when it comes first',
			[
				[
					[0, 50],
					[0, 650]
				],
				[
					[0, 0],
					[200, 0]
				]
			],
			{ at: [0, 350], angle: 90 }
		],
		[
			'a line 1.2 times as long as the name, the least it takes',
			[
				[
					[0, 0],
					[120, 0]
				]
			],
			{ at: [60, 0], angle: 0 }
		],
		[
			'a bend whose chord is 0.8 of the name, the most it takes',
			[
				[
					[20, 40],
					[100, 100],
					[180, 40]
				]
			],
			{ at: [100, 70], angle: 0 }
		]
	])('puts a name on %s', (_, runs, placed) => {
		expect(riverLabelAt(runs, 100)).toEqual(placed);
	});

	it('refuses a zigzag wherever it is on the canvas', () => {
		const zigzag = Array.from(
			{ length: 40 },
			(_, i) => [300 + i * 2, 300 + (i % 2 ? 40 : 0)] as [number, number]
		);
		expect(riverLabelAt([zigzag], 100)).toBeNull();
	});

	it('keeps the text upright on a line drawn right to left and downwards', () => {
		const placed = riverLabelAt(
			[
				[
					[400, 0],
					[0, 300]
				]
			],
			100
		);
		expect(placed!.angle).toBeCloseTo(-(Math.atan2(300, 400) * 180) / Math.PI, 6);
	});
});
