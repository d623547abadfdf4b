// Loads a static HTML page in Debian's headless Chromium and prints a JSON report about it.
//
// usage: node browser-check.mjs PAGE.html [--screenshots DIR] [--timeout MS] [--check ANCHOR=VALUE]...
//
// The report says what a reader would meet: console errors, requests that leave the machine
// (anything but file: and data:, which are blocked and listed), how many <math> elements there
// are and how many have a size, whether the visible text still holds raw TeX, and for the light
// and the dark colour scheme the computed colours of <body> and whether a screenshot of the
// viewport shows anything (distinct colours, share of pixels unlike the corner pixel).
// With --screenshots DIR the screenshots are saved as DIR/light.png and DIR/dark.png.
// Each --check ANCHOR=VALUE then turns on the lesson's "Check your numbers" mode (once), types VALUE into the box of
// the step whose anchor is ANCHOR, presses Enter and reports the verdict the page shows: its data-verdict,
// data-mistake and data-expected attributes, its text, its live-region attributes and the input's label; the count of
// inputs on the page before the mode is turned on is reported too, and DIR/check.png shows the last box checked.
//
// Exit codes: 0 the report was printed (the caller judges it); 1 Chromium could not start or the
// page could not be loaded; 2 bad arguments. Messages go to stderr.
import { mkdir, writeFile, access } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { executablePath, launch } from "./chromium.mjs";

// TeX a renderer should have turned into MathML: $…$, \(…\), \[…\] or a common control word.
const rawTexPattern = /\$[^$\s][^$]*\$|\\\(|\\\[|\\(?:frac|dfrac|partial|sum|prod|sqrt|cdot|times|mathrm|mathbf|left|right|begin|end|alpha|sigma|eta|nabla)(?![A-Za-z])/g;

function usage(message) {
  process.stderr.write(`browser-check.mjs: ${message}\nusage: node browser-check.mjs PAGE.html [--screenshots DIR] [--timeout MS] [--check ANCHOR=VALUE]...\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { page: null, screenshots: null, timeout: 30000, checks: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--check") {
      const value = argv[++i];
      const equals = value === undefined ? -1 : value.indexOf("=");
      if (equals <= 0 || !/^[a-z0-9-]+$/.test(value.slice(0, equals))) usage("--check needs ANCHOR=VALUE, the anchor in lower case letters, digits and dashes");
      options.checks.push({ anchor: value.slice(0, equals), value: value.slice(equals + 1) });
    } else if (arg === "--screenshots" || arg === "--timeout") {
      const value = argv[++i];
      if (value === undefined) usage(`${arg} needs a value`);
      if (arg === "--screenshots") options.screenshots = path.resolve(value);
      else {
        options.timeout = Number(value);
        if (!Number.isFinite(options.timeout) || options.timeout <= 0) usage("--timeout must be a positive number of milliseconds");
      }
    } else if (arg.startsWith("--")) {
      usage(`unknown option ${arg}`);
    } else if (options.page === null) {
      options.page = arg;
    } else {
      usage(`unexpected argument ${arg}`);
    }
  }
  if (options.page === null) usage("no page given");
  return options;
}

// Counts the colours of a PNG by drawing it on a canvas in a blank page of the same browser.
async function analysePng(context, png) {
  const page = await context.newPage();
  try {
    return await page.evaluate(async (dataUrl) => {
      const img = new Image();
      img.src = dataUrl;
      await img.decode();
      const canvas = document.createElement("canvas");
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const g = canvas.getContext("2d", { willReadFrequently: true });
      g.drawImage(img, 0, 0);
      const { data } = g.getImageData(0, 0, canvas.width, canvas.height);
      const colours = new Set();
      let unlikeCorner = 0;
      for (let i = 0; i < data.length; i += 4) {
        colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) unlikeCorner++;
      }
      return {
        width: canvas.width,
        height: canvas.height,
        distinctColours: colours.size,
        inkFraction: unlikeCorner / (data.length / 4),
      };
    }, `data:image/png;base64,${png.toString("base64")}`);
  } finally {
    await page.close();
  }
}

async function main() {
  const options = parseArgs(process.argv.slice(2));
  const pagePath = path.resolve(options.page);
  try {
    await access(pagePath);
  } catch {
    usage(`no such file: ${pagePath}`);
  }
  const url = pathToFileURL(pagePath).href;

  let browser;
  try {
    browser = await launch(options.timeout);
  } catch (e) {
    process.stderr.write(
      `browser-check.mjs: could not start Chromium at ${executablePath} (install it with \`apt-get install -y chromium\`, or set CHROMIUM_PATH): ${e.message}\n`);
    process.exit(1);
  }

  try {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 }, colorScheme: "light" });
    context.setDefaultTimeout(options.timeout);

    const consoleErrors = [];
    const externalRequests = [];
    await context.route("**/*", (route) => {
      const requestUrl = route.request().url();
      if (requestUrl.startsWith("file:") || requestUrl.startsWith("data:")) return route.continue();
      externalRequests.push(requestUrl);
      return route.abort("blockedbyclient");
    });

    const page = await context.newPage();
    // A request this script blocked also logs ERR_BLOCKED_BY_CLIENT: it is listed under
    // externalRequests already, so the console list keeps the page's own errors only.
    page.on("console", (message) => {
      if (message.type() === "error" && !message.text().includes("ERR_BLOCKED_BY_CLIENT")) consoleErrors.push(message.text());
    });
    page.on("pageerror", (error) => consoleErrors.push(`uncaught: ${error.message}`));

    try {
      await page.goto(url, { waitUntil: "load" });
    } catch (e) {
      process.stderr.write(`browser-check.mjs: could not load ${url}: ${e.message}\n`);
      process.exitCode = 1;
      return;
    }
    // Fonts decide MathML layout; wait for them before measuring or taking pictures.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));

    const content = await page.evaluate((pattern) => {
      const maths = Array.from(document.querySelectorAll("math"));
      const rendered = maths.filter((m) => {
        const box = m.getBoundingClientRect();
        return box.width > 0 && box.height > 0;
      }).length;
      const text = document.body ? document.body.innerText : "";
      const matches = text.match(new RegExp(pattern, "g")) || [];
      return { mathElements: maths.length, mathElementsWithSize: rendered, rawTexSamples: matches.slice(0, 10) };
    }, rawTexPattern.source);

    const schemes = {};
    for (const scheme of ["light", "dark"]) {
      await page.emulateMedia({ colorScheme: scheme });
      const colours = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const root = getComputedStyle(document.documentElement);
        return { background: body.backgroundColor, color: body.color, rootBackground: root.backgroundColor };
      });
      const png = await page.screenshot({ type: "png" });
      let screenshot = null;
      if (options.screenshots) {
        await mkdir(options.screenshots, { recursive: true });
        screenshot = path.join(options.screenshots, `${scheme}.png`);
        await writeFile(screenshot, png);
      }
      const picture = await analysePng(context, png);
      schemes[scheme] = {
        ...colours,
        screenshot,
        ...picture,
        // Blank: one flat colour, or so little ink that nothing legible can be there.
        blank: picture.distinctColours < 3 || picture.inkFraction < 0.001,
      };
    }

    // The check mode: only the script adds inputs, so the page before it is the page without it.
    const inputsBeforeCheckMode = await page.evaluate(() => document.querySelectorAll("main input").length);
    const checks = [];
    if (options.checks.length > 0) {
      await page.emulateMedia({ colorScheme: "light" });
      await page.click(".check-toggle");
      for (const check of options.checks) {
        const input = page.locator(`#check-${check.anchor}`);
        await page.evaluate((anchor) => document.getElementById(`verdict-${anchor}`)?.removeAttribute("data-verdict"), check.anchor);
        await input.fill(check.value);
        await input.press("Enter");
        await page.waitForFunction((anchor) => document.getElementById(`verdict-${anchor}`)?.hasAttribute("data-verdict"), check.anchor);
        checks.push({
          ...check,
          ...(await page.evaluate((anchor) => {
            const verdict = document.getElementById(`verdict-${anchor}`);
            const field = document.getElementById(`check-${anchor}`);
            return {
              verdict: verdict.getAttribute("data-verdict"),
              mistake: verdict.getAttribute("data-mistake"),
              expected: verdict.getAttribute("data-expected"),
              text: verdict.innerText,
              live: verdict.getAttribute("aria-live"),
              role: verdict.getAttribute("role"),
              label: field.labels.length > 0 ? field.labels[0].innerText : null,
              describedBy: field.getAttribute("aria-describedby"),
            };
          }, check.anchor)),
        });
      }
      if (options.screenshots) {
        await page.locator(`#check-${options.checks[options.checks.length - 1].anchor}`).scrollIntoViewIfNeeded();
        await writeFile(path.join(options.screenshots, "check.png"), await page.screenshot({ type: "png" }));
      }
    }

    const report = {
      url,
      chromium: browser.version(),
      consoleErrors,
      externalRequests,
      mathElements: content.mathElements,
      mathElementsWithSize: content.mathElementsWithSize,
      rawTex: content.rawTexSamples.length > 0,
      rawTexSamples: content.rawTexSamples,
      light: schemes.light,
      dark: schemes.dark,
      inputsBeforeCheckMode,
      checks,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    await browser.close();
  }
}

await main();
