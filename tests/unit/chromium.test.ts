import { describe, expect, it } from 'vitest';
import { installPlan } from '../../scripts/chromium.js';

const names = (m: Parameters<typeof installPlan>[0]) => installPlan(m).map((s) => s.name);
const DEBIAN = "Debian's chromium package";
const PLAYWRIGHT = "Playwright's Chromium download";

describe('installPlan: how npm test gets its own browser', () => {
	it.each([
		[
			'root on Debian: the package first, the download after',
			{ platform: 'linux', root: true, sudo: false, aptGet: true },
			[DEBIAN, PLAYWRIGHT]
		],
		[
			'a user with passwordless sudo on Debian',
			{ platform: 'linux', root: false, sudo: true, aptGet: true },
			[DEBIAN, PLAYWRIGHT]
		],
		[
			'a user without sudo: only the download',
			{ platform: 'linux', root: false, sudo: false, aptGet: true },
			[PLAYWRIGHT]
		],
		[
			'Linux without apt-get',
			{ platform: 'linux', root: true, sudo: false, aptGet: false },
			[PLAYWRIGHT]
		],
		['macOS', { platform: 'darwin', root: false, sudo: true, aptGet: false }, [PLAYWRIGHT]]
	])('%s', (_, machine, expected) => {
		expect(names(machine)).toEqual(expected);
	});

	it('installs as root directly, and through sudo without a prompt otherwise', () => {
		const [asRoot] = installPlan({ platform: 'linux', root: true, sudo: false, aptGet: true });
		expect(asRoot.command.join(' ')).toMatch(
			/^sh -c apt-get update -qq && env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium$/
		);
		const [bySudo] = installPlan({ platform: 'linux', root: false, sudo: true, aptGet: true });
		expect(bySudo.command[2]).toBe(
			'sudo -n apt-get update -qq && sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium'
		);
	});

	it('downloads with the Playwright the project pins, never a newer one from the registry', () => {
		const last = installPlan({ platform: 'linux', root: false, sudo: false, aptGet: false }).at(
			-1
		)!;
		expect(last.command).toEqual(['npx', '--no-install', 'playwright', 'install', 'chromium']);
	});
});
