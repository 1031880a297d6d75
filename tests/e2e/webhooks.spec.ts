// An admin registers a webhook endpoint aimed at a receiver this test runs on loopback (the e2e server allows
// loopback), copies the secret shown once, and a learner enrols in a free course: the receiver gets
// enrollment.created, its signature verified with the standardwebhooks package, and the admin sees the delivery
// in the endpoint's log; a test event sent from the page arrives too. Light and dark, desktop and phone, with axe.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { Webhook } from "standardwebhooks";
import { createVerifiedAccount, PASSWORD, submitSignIn } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const COURSE_SLUG = "http-apis-rest-graphql";

type Received = { headers: IncomingHttpHeaders; body: string };

async function screens(page: Page, name: string) {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await expectNoSeriousA11yViolations(page);
      await page.screenshot({ path: `test-results/screens/${name}-${colorScheme}-${width}.png`, fullPage: true });
    }
  }
  await page.emulateMedia({ colorScheme: "light" });
  await page.setViewportSize({ width: 1280, height: 900 });
}

test("an admin's webhook receives a learner's enrolment, signed, and the delivery shows in the log", async ({
  page,
  browser,
}) => {
  // Two browsers, eight screens with axe: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString("utf8") });
      response.writeHead(200, { "content-type": "text/plain" }).end("thanks");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const receiverUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/academy-hooks`;
  try {
    await submitSignIn(page, "admin@academy.test", "learn-backend-2026", "/developers/webhooks");
    await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();

    // No event chosen: refused at the events, nothing created.
    await page.getByLabel("Endpoint URL").fill(receiverUrl);
    await page.getByRole("button", { name: "Add endpoint" }).click();
    await expect(page.getByText("Choose at least one event to receive.")).toBeVisible();

    await page.getByLabel("Description (optional)").fill("E2E CRM");
    await page.getByLabel("enrollment.created").check();
    await page.getByRole("button", { name: "Add endpoint" }).click();
    const shown = page.getByTestId("webhook-secret");
    await expect(shown).toHaveText(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const secret = (await shown.textContent())!;
    await expect(page.getByRole("link", { name: receiverUrl })).toBeVisible();
    await screens(page, "webhooks-list");

    // A learner enrols in a free course, in a browser of their own.
    const learnerContext = await browser.newContext();
    const learner = await learnerContext.newPage();
    const email = await createVerifiedAccount(learner, "Wendy Webhook", "learner");
    await submitSignIn(learner, email, PASSWORD, `/courses/${COURSE_SLUG}`);
    await learner.getByRole("button", { name: "Enrol for free" }).click();
    await expect(learner).toHaveURL(/\/lessons\//);
    await learnerContext.close();

    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(1);
    const [delivery] = received;
    const event = new Webhook(secret).verify(delivery!.body, {
      "webhook-id": String(delivery!.headers["webhook-id"]),
      "webhook-timestamp": String(delivery!.headers["webhook-timestamp"]),
      "webhook-signature": String(delivery!.headers["webhook-signature"]),
    }) as { type: string; data: { email: string; courseSlug: string } };
    expect(event).toMatchObject({ type: "enrollment.created", data: { email, courseSlug: COURSE_SLUG } });

    // The endpoint's page: the delivery in the log, then a test event sent from there.
    await page.getByRole("link", { name: "Open the endpoint and its delivery log" }).click();
    await expect(page.getByRole("heading", { level: 1, name: receiverUrl })).toBeVisible();
    const log = page.getByTestId("delivery-log");
    const enrolment = log.getByTestId("delivery").filter({ hasText: "enrollment.created" });
    await expect(enrolment).toContainText("Delivered");
    await expect(enrolment).toContainText("HTTP 200");
    await expect(enrolment).toContainText("thanks");

    await page.getByRole("button", { name: "Send a test event" }).click();
    await expect(page.getByText("A test event is on its way")).toBeVisible();
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(2);
    await page.reload();
    await expect(log.getByTestId("delivery").filter({ hasText: "webhook.test" })).toContainText("Delivered");
    await screens(page, "webhook-endpoint");
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
