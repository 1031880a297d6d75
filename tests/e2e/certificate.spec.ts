// The certificate's two ways out of the site (issue #28 item 20), through the UI: an instructor publishes a
// one-lesson course, a learner finishes it, downloads the PDF from the certificate page (a PDF naming them and
// the course, linking back to the page) and finds LinkedIn's add-to-profile link filled in for this certificate.
import { readFile } from "node:fs/promises";
import { expect, test } from "@playwright/test";
import { slugify } from "../../lib/studio/slug";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { pdfText } from "./support/pdf-text";

const DEMO_PASSWORD = "learn-backend-2026";
const TITLE = `Reading Query Plans ${Date.now().toString(36)}`;
const SLUG = slugify(TITLE);
const LEARNER = "Zoë Brennan-Ortiz";

test("a learner downloads their certificate as a PDF and adds it to LinkedIn", async ({ browser }) => {
  test.setTimeout(240_000);

  // A course with one lesson, so that finishing it is one click.
  const author = await (await browser.newContext()).newPage();
  await submitSignIn(author, "ada@academy.test", DEMO_PASSWORD, "/studio");
  await author.getByLabel("New course title").fill(TITLE);
  await author.getByRole("button", { name: "Create course" }).click();
  await expect(author.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await author.getByLabel("Summary", { exact: true }).fill("Read EXPLAIN output and find the slow step.");
  await author.getByLabel("Outcomes, one a line").fill("Read an EXPLAIN ANALYZE plan");
  await author.getByLabel("Topic", { exact: true }).selectOption("DATABASES");
  await author.getByRole("button", { name: "Save settings" }).click();
  await expect(author.getByText("Settings saved.")).toBeVisible();
  await author.getByLabel("New module").fill("Plans");
  await author.getByRole("button", { name: "Add module" }).click();
  const mod = author.getByRole("region", { name: "Module Plans" });
  await mod.getByRole("textbox", { name: "New lesson in Plans" }).fill("Nodes and costs");
  await mod.getByRole("combobox", { name: /^Kind/ }).selectOption("article");
  await author.getByRole("button", { name: "Add lesson to Plans" }).click();
  await author.getByRole("link", { name: "Nodes and costs", exact: true }).click();
  await author.locator(".cm-content").click();
  await author.keyboard.insertText("## Costs\n\nEach node of a plan shows a start-up cost and a total cost.\n");
  await expect(author.getByTestId("save-status")).toHaveAttribute("data-status", "saved", { timeout: 30_000 });
  await author.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: TITLE }).click();
  await author.getByRole("button", { name: "Publish course" }).click();
  await expect(author.getByText(/Published\. 1 lesson\(s\) updated/)).toBeVisible({ timeout: 60_000 });

  // The learner finishes it and opens the certificate from the course page.
  const page = await (await browser.newContext()).newPage();
  const email = await createVerifiedAccount(page, LEARNER, "certificate");
  await submitSignIn(page, email, PASSWORD, `/courses/${SLUG}`);
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expect(page).toHaveURL(`/courses/${SLUG}/lessons/nodes-and-costs`);
  await page.getByRole("button", { name: "Mark as complete" }).click();
  await expect(page.getByText("You completed this lesson")).toBeVisible();
  await page.goto(`/courses/${SLUG}`);
  await page.getByRole("link", { name: "View your certificate" }).click();
  await expect(page).toHaveURL(/\/certificates\/[a-z0-9]+$/);
  const certificateUrl = page.url();
  const certificateId = new URL(certificateUrl).pathname.split("/").pop()!;
  await expectNoSeriousA11yViolations(page);

  // The download: a PDF that names the learner and the course, and the page it can be verified at.
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download PDF" }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`backend-academy-certificate-${certificateId}.pdf`);
  const bytes = await readFile(await download.path());
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const { title, lines } = await pdfText(bytes);
  expect(title).toBe(`${LEARNER} completed ${TITLE}`);
  expect(lines).toContain(LEARNER);
  expect(lines).toContain(TITLE);
  expect(lines).toContain("Certificate of completion");
  expect(lines.some((line) => line.startsWith("Instructor: Ada Okafor"))).toBe(true);
  expect(lines).toContain(`Verify at ${certificateUrl}`);

  // LinkedIn's add-to-profile form, opened in a new tab, filled in with this certificate.
  const linkedInLink = page.getByRole("link", { name: /Add to LinkedIn profile/ });
  await expect(linkedInLink).toHaveAttribute("target", "_blank");
  await expect(linkedInLink).toHaveAttribute("rel", /noopener/);
  const linkedIn = new URL((await linkedInLink.getAttribute("href"))!);
  const issued = new Date((await page.getByRole("article").locator("time").getAttribute("datetime"))!);
  expect(linkedIn.origin + linkedIn.pathname).toBe("https://www.linkedin.com/profile/add");
  expect(Object.fromEntries(linkedIn.searchParams)).toEqual({
    startTask: "CERTIFICATION_NAME",
    name: TITLE,
    organizationName: "Backend Academy",
    issueYear: String(issued.getUTCFullYear()),
    issueMonth: String(issued.getUTCMonth() + 1),
    certUrl: certificateUrl,
    certId: certificateId,
  });
});
