// Builds the single-page app into dist/: one bundled, minified script (no
// CDN: everything the page needs is served by Parley itself).
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
mkdirSync('dist', { recursive: true });
await build({
  entryPoints: ['src/main.js'],
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'esm',
  target: ['es2020'],
  outfile: 'dist/app.js',
  logLevel: 'warning',
});
copyFileSync('index.html', 'dist/index.html');
copyFileSync('src/style.css', 'dist/style.css');
console.log('web: built dist/');
