// Browser tests need Debian's Chromium. Install it when we can (root + apt-get); otherwise stop
// with one sentence saying what to install. Never skip browser tests silently.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log(
      `ensure-chromium: ${chromium} is missing; installing Debian's chromium with apt-get…`,
    );
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  }
  if (!existsSync(chromium)) {
    console.error(
      `ensure-chromium: the browser tests need Chromium at ${chromium}; install it (as root: apt-get install -y chromium) or set CHROMIUM_PATH to a Chromium binary, then run npm test again.`,
    );
    process.exit(1);
  }
}
