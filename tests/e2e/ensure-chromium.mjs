// Browser tests need a Chromium; Playwright cannot download its own here, so use Debian's. On a fresh
// machine (as root, with apt) this installs it; elsewhere it says exactly what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
	const root = process.getuid?.() === 0;
	const apt = existsSync('/usr/bin/apt-get');
	if (!root || !apt || process.env.CHROMIUM_PATH) {
		console.error(
			`Chromium not found at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary.`
		);
		process.exit(1);
	}
	console.log('Installing Debian chromium for the browser tests (apt-get) …');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
		stdio: 'inherit'
	});
}
