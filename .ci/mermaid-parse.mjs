// Parses Mermaid files with the real mermaid parser (run by .ci/check-graphs).
import { JSDOM } from 'jsdom';
import fs from 'node:fs';
const dom = new JSDOM('<!doctype html><html><body></body></html>');
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false });
let failed = 0;
for (const f of process.argv.slice(2)) {
  const text = fs.readFileSync(f, 'utf8');
  try {
    const r = await mermaid.parse(text);
    console.log(`${f}: ok (${r.diagramType})`);
  } catch (e) {
    failed++;
    console.log(`${f}: FAILED ${e.message ?? e}`);
  }
}
process.exit(failed ? 1 : 0);
