// Serves a built site over HTTP on 127.0.0.1 (Pagefind loads its index with fetch, which file:// pages may not) and
// runs searches on its search page in Debian's headless Chromium, printing what a reader would find, as JSON.
//
// usage: node search-check.mjs SITE_FOLDER --query PAGE=TEXT [--query PAGE=TEXT]... [--timeout MS]
//   e.g. node search-check.mjs site --query search.html=sigmoid --query zh-CN/search.html=梯度
//
// stdout: {"searches": [{"page", "query", "results": [{"title", "href"}], "consoleErrors": [...]}]}
// The query is typed into the page's search box as a reader would submit it (search.html?q=TEXT). Exit codes: 0 the
// report was printed (the caller judges it); 1 Chromium could not start or a page could not be loaded; 2 bad arguments.
import http from "node:http";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { launch } from "./chromium.mjs";

const types = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".json": "application/json",
  ".wasm": "application/wasm", ".svg": "image/svg+xml" };

function usage(message) {
  process.stderr.write(`search-check.mjs: ${message}\nusage: node search-check.mjs SITE_FOLDER --query PAGE=TEXT... [--timeout MS]\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
let root = null, timeout = 30000;
const queries = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--query") {
    const value = args[++i] ?? "";
    const equals = value.indexOf("=");
    if (equals <= 0) usage("--query needs PAGE=TEXT");
    queries.push({ page: value.slice(0, equals), query: value.slice(equals + 1) });
  } else if (args[i] === "--timeout") {
    timeout = Number(args[++i]);
    if (!Number.isFinite(timeout) || timeout <= 0) usage("--timeout must be a positive number of milliseconds");
  } else if (root === null) root = path.resolve(args[i]);
  else usage(`unexpected argument ${args[i]}`);
}
if (root === null || queries.length === 0) usage("a site folder and at least one --query are needed");

const server = http.createServer(async (request, response) => {
  try {
    const relative = decodeURIComponent(new URL(request.url, "http://localhost").pathname).replace(/^\/+/, "");
    const file = path.resolve(root, relative || "index.html");
    if (!file.startsWith(root + path.sep) || !(await stat(file)).isFile()) throw new Error("not found");
    response.writeHead(200, { "content-type": types[path.extname(file)] ?? "application/octet-stream" });
    response.end(await readFile(file));
  } catch {
    response.writeHead(404);
    response.end();
  }
});
await new Promise(resolve => server.listen(0, "127.0.0.1", resolve));
const origin = `http://127.0.0.1:${server.address().port}/`;

let browser;
try {
  browser = await launch(timeout);
} catch (e) {
  process.stderr.write(`search-check.mjs: could not start Chromium (install it with \`apt-get install -y chromium\`, or set CHROMIUM_PATH): ${e.message}\n`);
  server.close();
  process.exit(1);
}

const searches = [];
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  context.setDefaultTimeout(timeout);
  // Nothing may leave the machine: only our own server answers.
  await context.route("**/*", route => (route.request().url().startsWith(origin) ? route.continue() : route.abort("blockedbyclient")));
  for (const { page: pagePath, query } of queries) {
    const page = await context.newPage();
    const consoleErrors = [];
    page.on("console", m => { if (m.type() === "error") consoleErrors.push(m.text()); });
    page.on("pageerror", e => consoleErrors.push(e.message));
    const response = await page.goto(origin + pagePath + "?q=" + encodeURIComponent(query));
    if (!response || !response.ok()) throw new Error(`${pagePath}: HTTP ${response?.status()}`);
    // Pagefind first says it is searching ("Searching for …...", "正在搜索 …..."), then shows the count and the results, in the
    // page's language; the search is taken as done once its message is no longer the searching one (on a loaded machine the
    // index's fragments can take longer than a second to arrive) and it and the list of results have stayed the same for a second.
    await page.waitForFunction(() => {
      const message = document.querySelector(".pagefind-ui__message")?.textContent?.trim() ?? "";
      const state = message + "|" + document.querySelectorAll(".pagefind-ui__result-link").length;
      const now = Date.now();
      if (message === "" || message.endsWith("...") || window.__searchState !== state) {
        window.__searchState = state;
        window.__searchSince = now;
        return false;
      }
      return now - window.__searchSince > 1000;
    }, null, { timeout, polling: 100 });
    const message = await page.$eval(".pagefind-ui__message", m => m.textContent.trim());
    const results = await page.$$eval(".pagefind-ui__result-link", links => links.map(a => ({ title: a.textContent.trim(), href: a.getAttribute("href") })));
    searches.push({ page: pagePath, query, message, results, consoleErrors });
    await page.close();
  }
} catch (e) {
  process.stderr.write(`search-check.mjs: ${e.message}\n`);
  await browser.close();
  server.close();
  process.exit(1);
}
await browser.close();
server.close();
process.stdout.write(JSON.stringify({ searches }));
