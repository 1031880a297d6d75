// Takes desktop and mobile screenshots of pages of a running server: tsx scripts/screenshots.ts <baseUrl> <path>...
// SCREENSHOT_COOKIE="name=value; name2=value2" takes them as a signed-in browser (files get a "-signed-in" suffix).
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

async function main() {
  const [base, ...paths] = process.argv.slice(2);
  if (!base || paths.length === 0)
    throw new Error("usage: tsx scripts/screenshots.ts http://localhost:3000 / /courses");
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  for (const [label, viewport] of [
    ["desktop", { width: 1280, height: 900 }],
    ["mobile", { width: 390, height: 844 }],
  ] as const) {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      const cookieHeader = process.env.SCREENSHOT_COOKIE;
      if (cookieHeader) {
        const cookies = cookieHeader.split(/;\s*/).map((pair) => {
          const [name, ...value] = pair.split("=");
          return { name: name!, value: value.join("="), url: base };
        });
        await page.context().addCookies(cookies);
      }
      for (const path of paths) {
        // networkidle: cached pages fill in the reader's state from the browser after load.
        await page.goto(base + path, { waitUntil: "networkidle" });
        const name = `${label}-${scheme}${path.replace(/[^a-z0-9]+/gi, "_") || "_home"}${cookieHeader ? "-signed-in" : ""}.png`;
        await page.screenshot({ path: `screenshots/${name}`, fullPage: label === "mobile" ? false : true });
        console.log(`screenshots/${name}`);
      }
      await page.close();
    }
  }
  await browser.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
