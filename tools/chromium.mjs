// What the browser scripts (browser-check.mjs, search-check.mjs) share: how to start Debian's headless Chromium here.
import { chromium } from "playwright-core";

// The flags that work on our machines: headless, no sandbox as root, and no background traffic,
// which the closed network would refuse. Playwright gives every launch a new empty profile
// (its own --user-data-dir in a temp folder) and refuses one passed in args.
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

// The browser to drive: CHROMIUM_PATH, else Debian's.
export const executablePath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

// Starts Chromium with those flags; throws what playwright throws when it cannot.
export function launch(timeout) {
  return chromium.launch({ executablePath, args: chromiumArgs, timeout });
}
