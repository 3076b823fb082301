// Installs Debian packages the tests need where they are missing (as root; otherwise it says how).
import { execFileSync } from 'node:child_process';

let aptUpdated = false;

/** Installs the packages with apt-get, updating the package lists once per process. */
export function aptInstall(...packages) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Missing ${packages.join(', ')}: install with "sudo apt-get install -y ${packages.join(' ')}" and run again.`,
    );
    process.exit(1);
  }
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!aptUpdated) execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  aptUpdated = true;
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...packages], { stdio: 'inherit', env });
}
