// The browser tests need Debian's Chromium. Never skip them silently: install it when we can
// (root with apt-get, as in CI), otherwise stop with the exact instruction.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
const found = candidates.find((p) => existsSync(p));
if (found) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let hasApt = false;
try {
  execSync('command -v apt-get', { stdio: 'ignore', shell: '/bin/sh' });
  hasApt = true;
} catch {}

if (isRoot && hasApt) {
  console.log("Chromium is missing: installing Debian's chromium for the browser tests (apt-get) …");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
    shell: '/bin/sh',
  });
  if (existsSync('/usr/bin/chromium')) process.exit(0);
}
console.error(
  [
    'The browser tests need Chromium and it is not installed.',
    'Install it with:  sudo apt-get install -y chromium',
    'or point CHROMIUM_PATH at a Chromium/Chrome binary, then run npm test again.',
  ].join('\n'),
);
process.exit(1);
