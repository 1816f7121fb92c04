// Bundles the settings page with esbuild and lays out the two outputs (never committed):
//   --out <dir>         the files the server serves (index.html, app.js, app.css, widget-callback.js)
//   --widget-out <dir>  the Zoho CRM widget package: zoho-widget/ with the same app.js/app.css in app/
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? resolve(process.argv[i + 1]) : resolve(fallback);
}

const out = arg('--out', '../artifacts/web/webapp');
const widgetOut = arg('--widget-out', '../artifacts/zoho-widget');

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { app: 'src/main.tsx', styles: 'static/styles.css' },
  outdir: out,
  entryNames: '[name]',
  bundle: true,
  minify: true,
  sourcemap: 'linked',
  target: ['es2022'],
  format: 'iife',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'linked',
  logLevel: 'warning',
});
cpSync('static/index.html', join(out, 'index.html'));
cpSync('static/widget.html', join(out, 'widget.html'));
cpSync('static/widget-callback.js', join(out, 'widget-callback.js'));

rmSync(widgetOut, { recursive: true, force: true });
cpSync('zoho-widget', widgetOut, { recursive: true });
for (const file of ['app.js', 'styles.css']) {
  cpSync(join(out, file), join(widgetOut, 'app', file));
}
console.log(`contactsync-web: page in ${out}, Zoho widget package in ${widgetOut}`);
