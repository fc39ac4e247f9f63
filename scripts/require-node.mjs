// Fails fast, with a clear message, when a script runs on a Node.js older than Astro needs.
// `npm run …` puts node_modules/.bin first on PATH, where the pinned `node` package lives;
// this catches installs that skipped it (e.g. --ignore-scripts) or a direct call with an old `node`.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 19)) {
  console.error(
    `This project needs Node.js >= 22.19, but ${process.execPath} is ${process.version}.\n` +
      'Run it through npm (npm test, npm run build), which uses the Node.js 22 pinned in devDependencies;\n' +
      'if that still fails, reinstall with `npm ci` (install scripts enabled) so node_modules/.bin/node exists.',
  );
  process.exit(1);
}
