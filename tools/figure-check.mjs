// Measures the figures of built pages in headless Chromium, as a reader sees them: for each page, width (1280 and
// 390 px) and medium (light screen, dark screen, print), every visible SVG text's size on screen, whether each figure
// fits its column (or scrolls in a focusable region), and the colours the figures are drawn in.
//
//   node figure-check.mjs PAGE.html [PAGE.html …] [--shots DIR]
//
// Prints one JSON report: { runs: [{ page, width, media, scheme, texts, smallest, figures, colours }] }.
// A text's size is its font size times the scale the page draws its SVG at (getScreenCTM), and its box is
// getBoundingClientRect's; "smallest" names the smallest of both.
import { pathToFileURL } from "node:url";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { launch } from "./chromium.mjs";

const args = process.argv.slice(2);
const pages = [];
let shots = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--shots") {
    shots = args[++i];
  } else {
    pages.push(path.resolve(args[i]));
  }
}

if (pages.length === 0) {
  console.error("usage: node figure-check.mjs PAGE.html [PAGE.html …] [--shots DIR]");
  process.exit(2);
}

const widths = [1280, 390];
const modes = [
  { media: "screen", scheme: "light" },
  { media: "screen", scheme: "dark" },
  { media: "print", scheme: "dark" },
];

// Runs in the page: every figure's SVG texts that are rendered, with their size, and each figure's fit and colours.
function measure() {
  const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden";
  const luminance = (colour) => {
    const m = colour.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)/);
    if (!m) return null;
    const [r, g, b] = m.slice(1, 4).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const texts = [];
  const figures = [];
  for (const svg of document.querySelectorAll("main svg")) {
    if (!visible(svg)) continue;
    const figure = svg.closest("figure");
    const kind = svg.getAttribute("class") || "svg";
    const box = svg.getBoundingClientRect();
    const holder = figure ? figure.getBoundingClientRect() : box;
    const scroller = svg.closest(".figure-scroll");
    figures.push({
      kind,
      width: Math.round(box.width * 10) / 10,
      column: Math.round(holder.width * 10) / 10,
      fits: box.width <= holder.width + 0.5,
      scrolls: scroller !== null && scroller.scrollWidth > scroller.clientWidth,
      focusable: scroller === null || (scroller.tabIndex === 0 && scroller.getAttribute("role") === "region" && !!scroller.getAttribute("aria-label")),
      labelled: !!(svg.getAttribute("aria-labelledby") || svg.getAttribute("aria-label")) && !!svg.querySelector("title"),
    });
    const scale = svg.getScreenCTM()?.a ?? 1;
    for (const t of svg.querySelectorAll("text, tspan")) {
      if (!visible(t) || t.textContent.trim() === "") continue;
      const r = t.getBoundingClientRect();
      texts.push({
        kind,
        text: t.textContent.trim().slice(0, 40),
        size: Math.round(parseFloat(getComputedStyle(t).fontSize) * scale * 100) / 100,
        height: Math.round(r.height * 100) / 100,
      });
    }
  }

  // The colours of the network figure (the first visible one): its paper, its text, its neurons.
  const network = [...document.querySelectorAll("svg.explainer-network, svg.explainer-diagram, svg.explainer-plot")].find(visible);
  let colours = null;
  if (network) {
    const bg = network.querySelector(".label-bg, .frame");
    const text = network.querySelector("text");
    const shape = network.querySelector("circle, .node rect");
    colours = {
      paper: bg ? luminance(getComputedStyle(bg).fill) : null,
      text: text ? luminance(getComputedStyle(text).fill) : null,
      shape: shape ? luminance(getComputedStyle(shape).fill) : null,
    };
  }

  return { texts, figures, colours };
}

const browser = await launch(60_000);
const runs = [];
try {
  for (const file of pages) {
    for (const width of widths) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.goto(pathToFileURL(file).href, { waitUntil: "load" });
      for (const mode of modes) {
        await page.emulateMedia({ media: mode.media, colorScheme: mode.scheme });
        const { texts, figures, colours } = await page.evaluate(measure);
        const bySize = [...texts].sort((a, b) => a.size - b.size);
        const byHeight = [...texts].sort((a, b) => a.height - b.height);
        runs.push({
          page: path.basename(file),
          width,
          media: mode.media,
          scheme: mode.scheme,
          texts: texts.length,
          smallest: texts.length === 0 ? null : { size: bySize[0].size, sizeText: bySize[0].text, sizeKind: bySize[0].kind, height: byHeight[0].height, heightText: byHeight[0].text },
          figures,
          colours,
        });
        if (shots) {
          mkdirSync(shots, { recursive: true });
          let n = 0;
          for (const figure of await page.locator("main figure").all()) {
            if (await figure.isVisible()) {
              await figure.screenshot({ path: path.join(shots, `${path.basename(file, ".html")}-${width}-${mode.media}-${mode.scheme}-${n++}.png`) });
            }
          }
        }
      }

      await context.close();
    }
  }
} finally {
  await browser.close();
}

console.log(JSON.stringify({ runs }, null, 1));
