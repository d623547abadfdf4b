// Builds the site's offline search index with Pagefind, from pages held in memory, in one process.
//
// stdin:  {"pages": [{"path": "lesson-net-2-2-2.html", "html": "<!DOCTYPE html>…"}, …]}     (UTF-8 JSON)
// stdout: {"files": [{"path": "pagefind/pagefind.js", "base64": "…"}, …], "pages": N}
//
// Pagefind reads each page's <html lang> and writes one index per language (its extended
// binary segments Chinese, so 梯度 is found inside a sentence), plus its search UI. Nothing is
// written to disk here: the caller adds the files to the site it swaps in whole. Exit codes:
// 0 the index was written to stdout; 1 Pagefind failed (its messages on stderr); 2 bad input.
import * as pagefind from "pagefind";

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

function fail(code, message) {
  process.stderr.write(`search-index.mjs: ${message}\n`);
  process.exit(code);
}

let input;
try {
  input = JSON.parse(await readStdin());
} catch (e) {
  fail(2, `stdin is not JSON: ${e.message}`);
}
if (!input || !Array.isArray(input.pages) || input.pages.some(p => typeof p?.path !== "string" || typeof p?.html !== "string")) {
  fail(2, "expected {\"pages\": [{\"path\": string, \"html\": string}, …]}");
}

try {
  const { index, errors } = await pagefind.createIndex({ keepIndexUrl: true });
  if (errors.length > 0 || !index) fail(1, errors.join("; ") || "no index");
  for (const page of input.pages) {
    const added = await index.addHTMLFile({ url: "/" + page.path, content: page.html });
    if (added.errors.length > 0) fail(1, `${page.path}: ${added.errors.join("; ")}`);
  }
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length > 0) fail(1, fileErrors.join("; "));
  const out = files
    .map(f => ({ path: "pagefind/" + f.path.replace(/^\/+/, ""), base64: Buffer.from(f.content).toString("base64") }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  process.stdout.write(JSON.stringify({ files: out, pages: input.pages.length }));
} catch (e) {
  fail(1, e instanceof Error ? e.message : String(e));
} finally {
  await pagefind.close();
}
