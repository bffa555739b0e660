// A throwaway WordPress for the plugin test (test/wordpress/): Debian's packages (wordpress, mariadb-server,
// php, apache2), started on 127.0.0.1 in a temporary folder, with the plugin staged from wordpress/ + dist/.
// On Debian as root, missing packages are installed (like the browsers, see scripts/chrome.mjs), with the
// system services kept from starting. Elsewhere the test is skipped with one line saying why.
// Everything started here is stopped by stop(), which also removes the temporary folder and the one
// config file that Debian's WordPress reads from /etc/wordpress/.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stagePlugin } from './wordpress-zip.mjs';
import { freePort } from './free-port.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
export const PACKAGES = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql', 'apache2', 'libapache2-mod-php'];
const WP = '/usr/share/wordpress';
const APACHE_MODULES = '/usr/lib/apache2/modules';

const installed = (pkg) => spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed');

/** Returns null when WordPress can run here (installing Debian's packages as root if needed), else why not. */
export function ensureWordPress() {
  if (process.env.PT_SKIP_WORDPRESS === '1') return 'PT_SKIP_WORDPRESS=1 is set';
  const isDebian = existsSync('/etc/debian_version');
  if (!isDebian) return 'needs Debian\'s wordpress, mariadb-server, php and apache2 packages (this is not Debian)';
  if (process.getuid?.() !== 0) {
    // Debian's WordPress reads its config only from /etc/wordpress/, and Apache switches to www-data.
    return 'needs root on Debian (it installs Debian\'s WordPress packages if missing, writes /etc/wordpress/config-<test>.php and starts Apache and MariaDB on 127.0.0.1)';
  }
  const missing = PACKAGES.filter((p) => !installed(p));
  if (missing.length) {
    console.log(`Installing Debian packages for the WordPress test (apt-get install ${missing.join(' ')}); services are not started…`);
    // policy-rc.d 101 keeps the packages' own services (MariaDB, Apache on port 80) from starting.
    const policy = '/usr/sbin/policy-rc.d';
    const ownPolicy = !existsSync(policy);
    if (ownPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
    try {
      execFileSync('sh', ['-c', `apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ${missing.join(' ')} >/dev/null`], { stdio: 'inherit' });
    } finally {
      if (ownPolicy) rmSync(policy, { force: true });
    }
    const still = PACKAGES.filter((p) => !installed(p));
    if (still.length) return `apt-get could not install ${still.join(', ')}`;
  }
  return null;
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function until(what, check, timeout = 30000) {
  const end = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() > end) throw new Error(`${what} did not start within ${timeout / 1000} s`);
    await sleep(100);
  }
}

/** A PHP version string of a JS value (strings and numbers only, for the config file). */
const php = (v) => `'${String(v).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/**
 * Starts MariaDB and Apache (mod_php) serving Debian's WordPress on 127.0.0.1:<free port>, installs
 * WordPress, the plugin (from `distDir`) and the small test theme, and returns { url, run, stop }.
 * `run(phpCode, input)` runs PHP with WordPress loaded (as root, from the command line) and returns
 * what it prints.
 */
export async function startWordPress({ distDir = join(root, 'dist'), log = () => {} } = {}) {
  const started = Date.now();
  // tmpfs when there is one: MariaDB's first start is several times faster without disk syncs.
  const base = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'pt-wordpress-'));
  chmodSync(base, 0o755); // Apache's www-data reads the plugin and talks to the database socket in here
  const name = `pt-explainers-test-${process.pid}`;
  const configFile = `/etc/wordpress/config-${name}.php`;
  const sock = join(base, 'mysql.sock');
  const children = [];
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;

  // Each server runs in its own process group (Apache signals its whole group when it stops, which
  // would otherwise include this process); stop() signals the group, and so does an unplanned exit.
  const running = (child) => child.exitCode === null && child.signalCode === null;
  const signal = (child, sig) => {
    try {
      process.kill(-child.pid, sig);
    } catch {
      // already gone
    }
  };
  const killAll = () => {
    children.filter(running).forEach((child) => signal(child, 'SIGKILL'));
    rmSync(configFile, { force: true });
  };
  const interrupted = (sig) => {
    killAll();
    rmSync(base, { recursive: true, force: true });
    process.exit(sig === 'SIGINT' ? 130 : 143);
  };
  process.once('exit', killAll);
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const stop = async () => {
    for (const child of [...children].reverse()) {
      if (running(child)) {
        const exited = new Promise((r) => child.once('exit', r));
        signal(child, 'SIGTERM');
        await Promise.race([exited, sleep(10000)]);
        if (running(child)) signal(child, 'SIGKILL');
      }
    }
    process.off('exit', killAll);
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
    rmSync(configFile, { force: true });
    rmSync(base, { recursive: true, force: true });
  };

  try {
    // Database: a fresh MariaDB data folder, reachable only through a socket in the temporary folder.
    execFileSync('mariadb-install-db', ['--no-defaults', `--datadir=${base}/db`, '--auth-root-authentication-method=normal', '--skip-test-db', '--user=root'], { stdio: 'ignore' });
    const db = spawn('mariadbd', ['--no-defaults', `--datadir=${base}/db`, `--socket=${sock}`, '--skip-networking', '--user=root', '--skip-log-bin', '--innodb-buffer-pool-size=32M', `--log-error=${base}/mariadb.log`], { stdio: 'ignore', detached: true });
    children.push(db);
    await until('MariaDB', () => existsSync(sock) && spawnSync('mariadb', ['--no-defaults', '-S', sock, '-uroot', '-e', 'CREATE DATABASE IF NOT EXISTS wordpress']).status === 0);
    log(`MariaDB up (${Date.now() - started} ms)`);

    // wp-content of this site: the staged plugin and the test theme; WordPress itself stays Debian's.
    const content = join(base, 'wp-content');
    mkdirSync(join(content, 'uploads'), { recursive: true });
    stagePlugin(join(content, 'plugins', 'pt-explainers'), distDir);
    cpSync(join(root, 'test', 'wordpress', 'theme'), join(content, 'themes', 'pt-test'), { recursive: true });
    spawnSync('chown', ['-R', 'www-data:www-data', join(content, 'uploads')]);

    writeFileSync(
      configFile,
      `<?php
// Written by pt-explainers' scripts/wordpress-env.mjs for one test run; removed when the test stops.
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', ${php(`localhost:${sock}`)});
define('WP_HOME', ${php(url)});
define('WP_SITEURL', ${php(url)});
define('WP_CONTENT_DIR', ${php(content)});
define('WP_CONTENT_URL', ${php(`${url}/wp-content`)});
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', ${php(join(base, 'debug.log'))});
`,
    );
    // The debug log is written by Apache's user too.
    writeFileSync(join(base, 'debug.log'), '');
    chmodSync(join(base, 'debug.log'), 0o666);

    const apacheConf = join(base, 'httpd.conf');
    writeFileSync(
      apacheConf,
      `ServerRoot /etc/apache2
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${base}/apache.pid
DefaultRuntimeDir ${base}
Mutex file:${base}
ErrorLog ${base}/apache-error.log
LogLevel warn
LoadModule mpm_prefork_module ${APACHE_MODULES}/mod_mpm_prefork.so
LoadModule authz_core_module ${APACHE_MODULES}/mod_authz_core.so
LoadModule dir_module ${APACHE_MODULES}/mod_dir.so
LoadModule mime_module ${APACHE_MODULES}/mod_mime.so
LoadModule env_module ${APACHE_MODULES}/mod_env.so
LoadModule alias_module ${APACHE_MODULES}/mod_alias.so
LoadModule php_module ${APACHE_MODULES}/libphp8.2.so
User www-data
Group www-data
StartServers 12
MinSpareServers 8
MaxSpareServers 16
TypesConfig /etc/mime.types
DocumentRoot ${WP}
Alias /wp-content ${content}
DirectoryIndex index.php
SetEnv WORDPRESS_CONFIG ${name}
<Directory />
  Require all granted
  AllowOverride None
</Directory>
<FilesMatch "\\.php$">
  SetHandler application/x-httpd-php
</FilesMatch>
`,
    );
    const apache = spawn('/usr/sbin/apache2', ['-f', apacheConf, '-DFOREGROUND'], { stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    let apacheErr = '';
    apache.stderr.on('data', (d) => (apacheErr += d));
    children.push(apache);
    await until('Apache', async () => {
      if (apache.exitCode !== null) throw new Error(`Apache exited: ${apacheErr}`);
      return fetch(`${url}/wp-includes/images/blank.gif`).then((r) => r.ok, () => false);
    });
    log(`Apache up on ${url} (${Date.now() - started} ms)`);

    /** Runs PHP with WordPress loaded, as Debian's CLI PHP; `input` is passed as JSON on stdin. */
    const run = (code, input = null) => {
      const script = `<?php
$_SERVER['HTTP_HOST'] = ${php(`127.0.0.1:${port}`)};
$_SERVER['WORDPRESS_CONFIG'] = ${php(name)};
$_SERVER['REQUEST_URI'] = '/';
$input = json_decode(stream_get_contents(STDIN), true);
${code}`;
      const file = join(base, `run-${Date.now()}-${Math.random().toString(36).slice(2)}.php`);
      writeFileSync(file, script);
      const r = spawnSync('php', ['-d', 'display_errors=stderr', file], { input: JSON.stringify(input), encoding: 'utf8', cwd: WP });
      rmSync(file, { force: true });
      if (r.status !== 0) throw new Error(`PHP failed (${r.status}): ${r.stderr}\n${r.stdout}`);
      return r.stdout;
    };

    run(`define('WP_INSTALLING', true);
require '${WP}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
wp_install('PT Explainers test', 'admin', 'admin@example.invalid', false, '', 'admin-password');
`);
    const version = run(`require '${WP}/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';
$r = activate_plugin('pt-explainers/pt-explainers.php');
if (is_wp_error($r)) { fwrite(STDERR, $r->get_error_message()); exit(1); }
switch_theme('pt-test');
wp_insert_user(array('user_login' => 'author', 'user_pass' => 'author-password', 'user_email' => 'author@example.invalid', 'role' => 'author'));
echo get_bloginfo('version');`);
    log(`WordPress ${version} installed (${Date.now() - started} ms)`);
    return { url, run, stop, version, base, debugLog: () => readFileSync(join(base, 'debug.log'), 'utf8') };
  } catch (error) {
    await stop();
    throw error;
  }
}
