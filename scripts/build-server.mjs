// The production build of the server: every TypeScript file of the server side (src/ without the web app)
// transpiled one to one to build/server/src/… (same layout, so the migrations and the protection worker sit
// beside the code that reads them), the SQL migrations copied. `npm run build` runs this and the web app's
// build; `npm run start:production` then starts with plain node: no TypeScript loader, no rebuild at start.
// Types are checked by `npm run typecheck`, not here (esbuild only strips them).
import { copyFileSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
const out = join(root, 'build', 'server');

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (path === join(src, 'web')) continue;
      yield* files(path);
    } else yield path;
  }
}

const started = performance.now();
rmSync(out, { recursive: true, force: true });
let count = 0;
for (const file of files(src)) {
  const target = join(out, 'src', relative(src, file));
  mkdirSync(dirname(target), { recursive: true });
  if (file.endsWith('.ts')) {
    const { code } = await transform(await readFile(file, 'utf8'), {
      loader: 'ts',
      format: 'esm',
      target: 'node20',
      sourcefile: relative(root, file),
      sourcemap: 'inline',
    });
    writeFileSync(target.replace(/\.ts$/, '.js'), code);
    count += 1;
  } else if (file.endsWith('.sql')) {
    copyFileSync(file, target);
  } else if (file.endsWith('protect-worker-entry.mjs')) {
    // Under tsx the entry registers the TypeScript loader; the build needs none.
    writeFileSync(
      target,
      "// The protection worker's entry in the production build.\nawait import('./protect-worker.js');\n",
    );
  }
}
console.log(
  `Server gebouwd / built: ${count} files in ${relative(root, out)} (${Math.round(performance.now() - started)} ms)`,
);
