// Takes desktop and mobile screenshots of pages of a running server: tsx scripts/screenshots.ts <baseUrl> <path>...
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";

async function main() {
  const [base, ...paths] = process.argv.slice(2);
  if (!base || paths.length === 0) throw new Error("usage: tsx scripts/screenshots.ts http://localhost:3000 / /courses");
  mkdirSync("screenshots", { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  for (const [label, viewport] of [["desktop", { width: 1280, height: 900 }], ["mobile", { width: 390, height: 844 }]] as const) {
    for (const scheme of ["light", "dark"] as const) {
      const page = await browser.newPage({ viewport, colorScheme: scheme });
      for (const path of paths) {
        await page.goto(base + path, { waitUntil: "load" });
        const name = `${label}-${scheme}${path.replace(/[^a-z0-9]+/gi, "_") || "_home"}.png`;
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
