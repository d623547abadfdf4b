// Loads pages of a built site in Debian's headless Chromium at several widths, colour schemes and media, and prints a
// JSON report of what a reader would find cut off, plus what axe-core finds wrong for accessibility.
//
// usage: node layout-check.mjs SITE_DIR [PAGE.html]... [--width PX]... [--axe PAGE.html]... [--timeout MS]
//
// For every page and every mode (each --width in the light and the dark scheme on screen, and once as printed: print
// media at the width of an A4 page's text, 703 px) the report lists:
//   - overflows: each display equation (`.math-display`), table, figure, image or SVG wider than the main column, and
//     each <math> wider than the box that holds it (a box that scrolls sideways hides what is past its edge). A table or
//     a diagram may be wider than the column inside a scroll region of its own that a keyboard can reach and that has a
//     name (tabindex="0" and aria-label: `.table-scroll`, `.figure-scroll`): WCAG 1.4.10 (Reflow) exempts content that
//     needs its two dimensions, data tables and diagrams; such regions are counted in scrollRegions, not reported. An
//     equation gets no such exemption: its box is the equation itself;
//   - hiddenResults: each step whose final value (the last number of its last line) is not inside the viewport, or is
//     inside a box that scrolls sideways but past that box's visible edge;
//   - pageScroll: whether the whole page scrolls sideways (document wider than the viewport);
//   - scrollRegions: how many tables' and diagrams' regions scroll sideways at this width (they are allowed to);
//   - smallestMathPx: the smallest font size of any <math>, to see that nothing was shrunk to fit.
// Each --axe PAGE runs axe-core (tools/node_modules/axe-core) on that page in the light and the dark scheme at the first
// width; its violations are listed: rule id, impact, how many elements and the first few targets.
//
// Exit codes: 0 the report was printed (the caller judges it); 1 Chromium could not start or a page could not be
// loaded; 2 bad arguments. Messages go to stderr.
import { createRequire } from "node:module";
import path from "node:path";
import { access } from "node:fs/promises";
import { pathToFileURL } from "node:url";
import { executablePath, launch } from "./chromium.mjs";

const require = createRequire(import.meta.url);

// The text width of an A4 page with site.css's @page margins (210 mm − 2 × 12 mm = 186 mm at 96 dpi).
const printWidth = 703;

function usage(message) {
  process.stderr.write(`layout-check.mjs: ${message}\nusage: node layout-check.mjs SITE_DIR [PAGE.html]... [--width PX]... [--axe PAGE.html]... [--timeout MS]\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { site: null, pages: [], widths: [], axe: [], timeout: 30000 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--width" || arg === "--timeout") {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value <= 0) usage(`${arg} needs a positive whole number`);
      if (arg === "--width") options.widths.push(value);
      else options.timeout = value;
    } else if (arg === "--axe") {
      const value = argv[++i];
      if (value === undefined) usage("--axe needs a page");
      options.axe.push(value);
    } else if (arg.startsWith("--")) {
      usage(`unknown option ${arg}`);
    } else if (options.site === null) {
      options.site = path.resolve(arg);
    } else {
      options.pages.push(arg);
    }
  }
  if (options.site === null) usage("no site folder given");
  if (options.pages.length === 0 && options.axe.length === 0) usage("no page given");
  if (options.widths.length === 0) options.widths = [1280, 390];
  return options;
}

// Runs in the page: what is cut off at this width.
function measure() {
  const vw = document.documentElement.clientWidth;
  const main = document.querySelector("main") ?? document.body;
  const style = getComputedStyle(main);
  const mainRect = main.getBoundingClientRect();
  const columnRight = Math.min(vw, mainRect.right - parseFloat(style.paddingRight));
  const columnLeft = Math.max(0, mainRect.left + parseFloat(style.paddingLeft));
  const slack = 0.5;
  const describe = (el) => {
    let anchor = null;
    for (let n = el; n && !anchor; n = n.previousElementSibling ?? n.parentElement) {
      if (n.id && n.tagName === "A") anchor = n.id;
      else if (n.querySelector && n !== el) {
        const inner = [...n.querySelectorAll("a[id]")].pop();
        if (inner && (inner.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) anchor = inner.id;
      }
      if (n === document.body) break;
    }
    const cls = typeof el.className === "string" && el.className ? "." + el.className.split(/\s+/).join(".") : "";
    return `${el.tagName.toLowerCase()}${cls}${anchor ? " after #" + anchor : ""}`;
  };
  // The nearest ancestor that clips sideways (scrolls or hides), below <main>.
  const clipOf = (el) => {
    for (let n = el.parentElement; n && n !== main && n !== document.body; n = n.parentElement) {
      const ox = getComputedStyle(n).overflowX;
      if (ox !== "visible") return n;
    }
    return null;
  };
  // A region a table or diagram may scroll in: it scrolls sideways, a keyboard reaches it, it has a name, it is no equation.
  const isScrollRegion = (n) =>
    n && !n.classList.contains("math-display") && n.tabIndex >= 0 && (n.hasAttribute("aria-label") || n.hasAttribute("aria-labelledby")) &&
    ["auto", "scroll"].includes(getComputedStyle(n).overflowX);
  const regionOf = (el) => {
    for (let n = el.parentElement; n && n !== main && n !== document.body; n = n.parentElement) {
      if (isScrollRegion(n)) return n;
    }
    return null;
  };
  const regions = new Set();
  const overflows = [];
  for (const el of main.querySelectorAll(".math-display, table, figure, img, svg, pre")) {
    if (el.closest("svg") && el.tagName.toLowerCase() !== "svg") continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0) continue;
    const region = el.classList.contains("math-display") ? null : regionOf(el);
    if (region) {
      // Inside its own region: the region must fit the column; what it holds may scroll.
      const rr = region.getBoundingClientRect();
      if (rr.right > columnRight + slack || rr.left < columnLeft - slack) {
        overflows.push({ element: describe(region), width: Math.round(rr.width), column: Math.round(columnRight - columnLeft) });
      } else if (region.scrollWidth > region.clientWidth + 1) {
        regions.add(region);
      }
      continue;
    }
    if (r.right > columnRight + slack || r.left < columnLeft - slack) {
      overflows.push({ element: describe(el), width: Math.round(r.width), column: Math.round(columnRight - columnLeft) });
    }
  }
  let smallestMathPx = null;
  for (const m of main.querySelectorAll("math")) {
    // A box that scrolls or clips sideways holding more than it shows: the equation is wider than its room.
    const box = clipOf(m);
    if (box && isScrollRegion(box)) {
      if (box.scrollWidth > box.clientWidth + 1) regions.add(box);
    } else if (box && box.scrollWidth > box.clientWidth + 1 && !overflows.some((o) => o.box === box)) {
      overflows.push({ box, element: describe(box), width: box.scrollWidth, column: box.clientWidth });
    }
    const size = parseFloat(getComputedStyle(m).fontSize);
    if (smallestMathPx === null || size < smallestMathPx) smallestMathPx = size;
  }
  for (const o of overflows) delete o.box;
  const hiddenResults = [];
  let steps = 0;
  for (const display of main.querySelectorAll(".math-display")) {
    const math = display.querySelector("math");
    if (!math) continue;
    steps++;
    const numbers = math.querySelectorAll("mn");
    const last = numbers[numbers.length - 1];
    if (!last) continue;
    const r = last.getBoundingClientRect();
    const clip = clipOf(last);
    const visibleRight = clip ? Math.min(vw, clip.getBoundingClientRect().left + clip.clientWidth) : vw;
    if (r.right > visibleRight + slack || r.left < -slack) {
      hiddenResults.push({ element: describe(display), value: last.textContent, right: Math.round(r.right), visible: Math.round(visibleRight) });
    }
  }
  return {
    viewport: vw,
    column: Math.round(columnRight - columnLeft),
    pageScroll: document.documentElement.scrollWidth > vw + 1,
    steps,
    overflows,
    hiddenResults,
    scrollRegions: regions.size,
    smallestMathPx,
  };
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  let axeSource = null;
  if (options.axe.length > 0) {
    try {
      axeSource = require.resolve("axe-core/axe.min.js");
    } catch {
      process.stderr.write("layout-check.mjs: axe-core is not installed; run npm ci in tools/\n");
      process.exit(1);
    }
  }
  for (const p of [...options.pages, ...options.axe]) {
    try {
      await access(path.join(options.site, p));
    } catch {
      process.stderr.write(`layout-check.mjs: no such page ${path.join(options.site, p)}\n`);
      process.exit(1);
    }
  }

  let browser;
  try {
    browser = await launch(options.timeout);
  } catch (e) {
    process.stderr.write(`layout-check.mjs: could not start Chromium at ${executablePath}: ${e.message}\n`);
    process.exit(1);
  }
  const report = { pages: options.pages.map((page) => ({ page, modes: [] })), axe: options.axe.map((page) => ({ page, schemes: [] })) };
  // One browser context per mode, every page loaded in turn in one tab of it.
  async function inMode(mode, pages, visit) {
    const context = await browser.newContext({ viewport: { width: mode.width, height: 900 }, colorScheme: mode.scheme, offline: true });
    try {
      const tab = await context.newPage();
      tab.setDefaultTimeout(options.timeout);
      await tab.emulateMedia({ media: mode.media, colorScheme: mode.scheme });
      for (const entry of pages) {
        await tab.goto(pathToFileURL(path.join(options.site, entry.page)).href, { waitUntil: "load" });
        await visit(tab, entry);
      }
    } finally {
      await context.close();
    }
  }
  try {
    const modes = [];
    for (const width of options.widths) {
      modes.push({ width, scheme: "light", media: "screen" }, { width, scheme: "dark", media: "screen" });
    }
    modes.push({ width: printWidth, scheme: "light", media: "print" });
    for (const mode of modes) {
      await inMode(mode, report.pages, async (tab, entry) => entry.modes.push({ ...mode, ...(await tab.evaluate(measure)) }));
    }
    for (const scheme of ["light", "dark"]) {
      await inMode({ width: options.widths[0], scheme, media: "screen" }, report.axe, async (tab, entry) => {
        await tab.addScriptTag({ path: axeSource });
        const violations = await tab.evaluate(async () => {
          const r = await window.axe.run(document, { resultTypes: ["violations"] });
          return r.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length, targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
        });
        entry.schemes.push({ scheme, violations });
      });
    }
  } catch (e) {
    process.stderr.write(`layout-check.mjs: ${e.message}\n`);
    await browser.close();
    process.exit(1);
  }
  await browser.close();
  process.stdout.write(JSON.stringify(report, null, 2) + "\n");
}

await main();
