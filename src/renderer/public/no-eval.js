// Loaded by index.html before the app's modules. The Content-Security-Policy forbids eval; zod probes
// it with `new Function('')` while it builds its schemas unless told not to, and Chromium reports that
// (caught) probe as a CSP violation. This tells zod first: it then parses without eval.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true })
