// Vite plugin: the licence texts of every npm package bundled into the script-tag build, in one file
// (dist/THIRD-PARTY-LICENSES.txt) next to the loader. The build drops comments (smaller files), so this
// file is where three.js's and Lit's MIT / BSD notices travel with the copies we ship (next to the loader
// in dist/, in the npm package and in the clinic zip). No banner in the code: every byte of the loader is
// paid by every page.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

export const LICENSES_FILE = 'THIRD-PARTY-LICENSES.txt';


/** The package folder a bundled module comes from (the innermost node_modules/<name> or <@scope/name>). */
function packageDir(id) {
  const path = id.split('?')[0];
  const at = path.lastIndexOf(`${sep}node_modules${sep}`);
  if (at < 0) return null;
  const rest = path.slice(at + 14).split(sep);
  const name = rest[0].startsWith('@') ? `${rest[0]}${sep}${rest[1]}` : rest[0];
  return join(path.slice(0, at + 14), name);
}

function licenceText(dir) {
  for (const f of ['LICENSE', 'LICENSE.md', 'LICENSE.txt', 'LICENCE', 'license']) {
    if (existsSync(join(dir, f))) return readFileSync(join(dir, f), 'utf8').trim();
  }
  return null;
}

/** @returns {import('vite').Plugin} */
export function thirdPartyLicenses() {
  return {
    name: 'pt-third-party-licenses',
    generateBundle(_options, bundle) {
      const dirs = new Set();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of Object.keys(chunk.modules)) {
          const dir = packageDir(id);
          if (dir) dirs.add(dir);
        }
      }
      const entries = [...dirs]
        .map((dir) => ({ dir, pkg: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
        .sort((a, b) => a.pkg.name.localeCompare(b.pkg.name));
      const parts = entries.map(({ dir, pkg }) => {
        const text = licenceText(dir) ?? licenceText(dirname(dir));
        if (!text) this.error(`${pkg.name}: bundled, but no LICENSE file found in ${dir}`);
        return `${pkg.name} ${pkg.version} (${pkg.license})\n${'-'.repeat(72)}\n${text}\n`;
      });
      this.emitFile({
        type: 'asset',
        fileName: LICENSES_FILE,
        source: `Third-party software in the pt-explainers script-tag build\n${'='.repeat(72)}\n\n${parts.join('\n')}`,
      });
    },
  };
}
