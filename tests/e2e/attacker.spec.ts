// The outside review's attacks, walked as an attacker would (issue #9): reading someone's sign-in link
// from the dev mailbox over the network, claiming an address before its owner, bouncing a signed-in user
// off-site, and replaying a copied session after sign-out; and the exercise probe's escape from the Python check
// (issue #22). Each ends with the victim's account intact.
import path from "node:path";
import { expect, test, type Browser } from "@playwright/test";
import { loadCourse, type CurriculumLesson } from "@/lib/content/load-curriculum";
import { codeVariants, isServiceExercise } from "@/lib/content/schema";
import {
  confirmEmail,
  createVerifiedAccount,
  mailLink,
  openMail,
  PASSWORD,
  signUp,
  submitSignIn,
  uniqueEmail,
} from "./support/accounts";
import { testHost, type TestHost } from "./support/netns";
import { e2ePort } from "./support/servers";
import { DEMO_PASSWORD } from "@/prisma/demo-accounts";

const PORT = e2ePort();
let host: TestHost;

// Made before any browser started, removed after the last test (support/netns.ts says why).
test.beforeAll(() => {
  host = testHost();
});

const unescapeHtml = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Every string inside a JSON value, so that escaping cannot hide a match. */
function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}

/** next-auth's magic-link request, made with curl from the attacker's host (CSRF cookie and token included). */
function requestMagicLinkFromAttackerHost(email: string): string {
  const base = `http://${host.serverAddress}:${PORT}`;
  const jar = `/tmp/ba-attacker-${process.pid}.cookies`;
  const { csrfToken } = JSON.parse(host.curl(["-c", jar, `${base}/api/auth/csrf`])) as { csrfToken: string };
  return host.curl([
    "-b",
    jar,
    "-o",
    "/dev/null",
    "-w",
    "%{http_code}",
    "-X",
    "POST",
    "-d",
    new URLSearchParams({ email, csrfToken, callbackUrl: "/" }).toString(),
    `${base}/api/auth/signin/email`,
  ]);
}

async function signedInContext(browser: Browser, email: string, password = PASSWORD) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await submitSignIn(page, email, password);
  await expect(page).toHaveURL(/\/$/);
  return { context, page };
}

test("the dev mailbox, holding the admin's sign-in link, answers nobody but this machine", async ({ page }) => {
  const base = `http://${host.serverAddress}:${PORT}`;
  // The app itself is reachable from the other host...
  expect(host.curl(["-o", "/dev/null", "-w", "%{http_code}", `${base}/api/health`])).toBe("200");
  // ...and the attacker asks a sign-in link for the admin, then tries to read it, with every header trick.
  expect(["200", "302"]).toContain(requestMagicLinkFromAttackerHost("admin@academy.test"));
  for (const extra of [
    [],
    ["-H", "X-Forwarded-For: 127.0.0.1"],
    ["-H", "X-Real-IP: 127.0.0.1"],
    ["-H", "X-Ba-Socket-Peer: 127.0.0.1"],
    ["-H", "Host: localhost"],
  ]) {
    const answer = host.curl([...extra, "-w", "\n%{http_code}", `${base}/dev/mail?to=admin%40academy.test`]);
    expect(answer.trim().split("\n").at(-1), `with ${extra.join(" ") || "no headers"}`).toBe("404");
    expect(answer).not.toContain("/api/auth/callback/email");
  }
  // The link went to the mailbox, which a developer on this machine can read.
  await openMail(page, "admin@academy.test", /Your sign-in link/);
});

test("an address claimed before its owner confirmed it: the owner's link sign-in removes the squatter's password", async ({
  page,
  browser,
}) => {
  const victim = uniqueEmail("victim");
  const attackerPassword = "squatter owns this now";
  // The attacker signs up first with the victim's address.
  await signUp(page, "Not The Owner", victim, attackerPassword);

  // Later the owner signs in with an emailed link (the first proof of the address).
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await ownerPage.goto("/sign-in");
  await ownerPage.getByLabel("Email").fill(victim);
  await ownerPage.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(ownerPage).toHaveURL(/check-email/);
  await ownerPage.goto(await mailLink(ownerPage, victim, /Your sign-in link/));
  await expect(ownerPage).toHaveURL(/\/$/);
  await expect(ownerPage.getByRole("link", { name: "Sign in" })).toHaveCount(0);
  await openMail(ownerPage, victim, /We removed a password from your account/);

  // The squatter's password no longer opens the account.
  await submitSignIn(page, victim, attackerPassword);
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await expect(page).toHaveURL(/sign-in/);
  await owner.close();
});

test("an address claimed before its owner confirmed it: the owner confirming from their own browser removes the squatter's password", async ({
  page,
  browser,
}) => {
  const victim = uniqueEmail("victim-confirm");
  const attackerPassword = "squatter keeps a key";
  await signUp(page, "Not The Owner", victim, attackerPassword);

  // The confirmation mail reaches the owner, who opens it in their own browser: it confirms and signs them in.
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await confirmEmail(ownerPage, victim);
  await openMail(ownerPage, victim, /We removed a password from your account/);

  // The squatter's password no longer opens the account.
  await submitSignIn(page, victim, attackerPassword);
  await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
  await expect(page).toHaveURL(/sign-in/);
  await owner.close();
});

test("a signed-in user is never sent off-site by a crafted callbackUrl", async ({ browser }) => {
  const { context, page } = await signedInContext(browser, "learner@academy.test", "learn-backend-2026");
  for (const target of [
    "/%09/evil.example",
    "//evil.example",
    "/%5Cevil.example",
    "https://evil.example/",
    "/%0a/evil.example",
  ]) {
    const response = await page.request.get(`/sign-in?callbackUrl=${target}`, { maxRedirects: 0 });
    expect([303, 307, 308], target).toContain(response.status());
    const location = response.headers()["location"] ?? "";
    expect(new URL(location, page.url()).origin, `${target} → ${location}`).toBe(new URL(page.url()).origin);
    expect(location).not.toMatch(/evil/);
  }
  await context.close();
});

test("a copied session cookie stops working once its owner signs out", async ({ browser }) => {
  const { context, page } = await signedInContext(browser, "learner@academy.test", "learn-backend-2026");
  const cookies = await context.cookies();
  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const before = await (await thief.request.get("/api/me")).json();
  expect(JSON.stringify(before)).toContain("learner@academy.test");

  await page.goto("/sign-out");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  const after = await (await thief.request.get("/api/me")).json();
  expect(JSON.stringify(after)).not.toContain("learner@academy.test");
  await thief.close();
  await context.close();
});

test("request headers a client may not set never reach the page or its cached copy", async ({ request }) => {
  const first = await request.get("/", {
    headers: { "Content-Security-Policy": "script-src https://evil.example", "X-Forwarded-Host": "evil.example" },
  });
  const again = await request.get("/");
  for (const response of [first, again]) {
    expect(response.headers()["content-security-policy"]).toContain("default-src 'self'");
    expect(response.headers()["content-security-policy"]).not.toContain("evil.example");
    expect(await response.text()).not.toContain("evil.example");
  }
  // A NUL byte in a path or a search is a clear answer, never a server error.
  expect((await request.get("/courses/a%00b")).status()).toBe(404);
  expect((await request.get("/courses?q=a%00b")).status()).toBe(200);
});

/** What an exercise shows a learner before it is solved, and what it keeps on the server. */
function exerciseTexts(exercise: NonNullable<CurriculumLesson["exercise"]>): { shown: string[]; hidden: string[] } {
  if (exercise.type === "sql") {
    const sql = exercise.sql;
    return {
      shown: [sql.starter, sql.setup, ...sql.hints],
      hidden: [sql.solution, ...sql.wrongSolutions.map((w) => w.solution)],
    };
  }
  const code = exercise.code;
  if (isServiceExercise(code))
    return {
      shown: [...code.files.map((f) => f.starter), ...code.hints, ...code.tests.map((t) => JSON.stringify(t))],
      hidden: [
        ...code.files.flatMap((f) => (f.editable && f.solution ? [f.solution] : [])),
        ...code.wrongSolutions.flatMap((w) => Object.values(w.files)),
        // What a hidden request sends and expects back (the long strings of its bodies, such as addresses).
        ...code.hiddenTests.flatMap((t) => [...stringsIn(t.request.body), ...stringsIn(t.expect.body)]),
      ],
    };
  // Every language of an exercise offered in several.
  const variants = codeVariants(code);
  return {
    shown: variants.flatMap((v) => [v.starter, ...v.hints]),
    hidden: variants.flatMap((v) => [v.solution, ...v.wrongSolutions.map((w) => w.solution)]),
  };
}

test("an enrolled learner's browser never receives an exercise's solution or a quiz's answer key before earning it", async ({
  page,
}) => {
  const course = loadCourse(path.join(process.cwd(), "prisma", "content", "http-apis-rest-graphql"));
  const lessons = course.modules.flatMap((m) => m.lessons);
  const email = await createVerifiedAccount(page, "Curious Cat", "peek");
  await submitSignIn(page, email, PASSWORD, "/courses/http-apis-rest-graphql");
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expect(page).toHaveURL(/\/lessons\//);

  let checked = 0;
  for (const lesson of lessons.filter((l) => l.exercise)) {
    const { shown, hidden } = exerciseTexts(lesson.exercise!);
    // What the learner may see anyway: the lesson's text, the starters, the hints (and the SQL setup).
    const visible = [lesson.body, ...shown].join("\n");
    // A line of the model solution (or of a known-wrong one, or a hidden request) that appears nowhere the
    // learner may look must appear in neither the page nor its state.
    const secrets = hidden
      .flatMap((text) => text.split("\n").map((line) => line.trim()))
      .filter((line) => line.length >= 24 && !visible.includes(line));
    checked += secrets.length;
    const html = unescapeHtml(
      await (await page.request.get(`/courses/http-apis-rest-graphql/lessons/${lesson.slug}`)).text(),
    );
    const state = stringsIn(
      await (
        await page.request.get(`/api/learn/lesson-state?course=http-apis-rest-graphql&lesson=${lesson.slug}`)
      ).json(),
    ).join("\n");
    for (const secret of secrets) {
      expect(html, `${lesson.slug}: page`).not.toContain(secret);
      expect(state, `${lesson.slug}: lesson state`).not.toContain(secret);
    }
  }

  expect(checked, "solution lines checked").toBeGreaterThanOrEqual(10);

  // The course is not done, and no certificate was made for this learner.
  const courseState = (await (
    await page.request.get("/api/learn/course-state?course=http-apis-rest-graphql")
  ).json()) as {
    state: { percent: number | null; certificateId?: string | null } | null;
  };
  expect(courseState.state?.percent ?? 0).toBeLessThan(100);
  expect(JSON.stringify(courseState)).not.toMatch(/certificates\//);
});

test("a Python answer carrying the probe's escape (Node sockets, then the admin's password reset) changes nothing", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  const course = loadCourse(path.join(process.cwd(), "prisma", "content", "http-apis-rest-graphql"));
  const lesson = course.modules.flatMap((m) => m.lessons).find((l) => l.slug === "pick-a-status-code")!;
  const code = lesson.exercise?.type === "code" && !("task" in lesson.exercise.code) ? lesson.exercise.code : null;
  const python = code ? codeVariants(code).find((v) => v.language === "python") : null;
  expect(python, "the lesson offers Python").toBeTruthy();
  const adminMail = async () =>
    (await (await page.request.get("/dev/mail?to=admin%40academy.test")).text()).split("/reset-password").length;
  const resetLinksBefore = await adminMail();

  // The learner's answer: the probe's chain (drop the import guard, load Node's sockets through the JS bridge,
  // ask the app on loopback to reset the admin's password), wrapped so that it fails quietly, then a right
  // solution, so the answer reaches the server's check.
  const escape = `try:
    import sys
    sys.meta_path[:] = [f for f in sys.meta_path if type(f).__name__ != "_Refuse"]
    for name in list(sys.modules):
        if name.split(".")[0] in ("js", "pyodide_js"):
            del sys.modules[name]
    import pyodide_js
    pyodide_js._api.initializeNodeSockFS()
    import socket
    body = b'{"email":"admin@academy.test"}'
    s = socket.create_connection(("127.0.0.1", ${PORT}), timeout=3)
    s.sendall(b"POST /api/auth/forgot-password HTTP/1.1\\r\\nHost: localhost\\r\\nContent-Type: application/json\\r\\nContent-Length: " + str(len(body)).encode() + b"\\r\\nConnection: close\\r\\n\\r\\n" + body)
    s.recv(1000)
except BaseException:
    pass
`;
  const email = await createVerifiedAccount(page, "Eve Escape", "escape");
  await submitSignIn(page, email, PASSWORD, "/courses/http-apis-rest-graphql");
  await page.getByRole("button", { name: "Enrol for free" }).click();
  await expect(page).toHaveURL(/\/lessons\//);
  await page.goto(`/courses/http-apis-rest-graphql/lessons/${lesson.slug}`);
  const choice = page.getByRole("radio", { name: "Python" });
  await choice.check();
  const run = page.getByRole("button", { name: "Run tests" });
  await expect(run).toBeEnabled({ timeout: 120_000 });
  await page.locator(".cm-content").click();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.insertText(`${escape}\n${python!.solution}`);
  await run.click();
  await expect(page.getByTestId("server-verdict")).toBeVisible({ timeout: 90_000 });

  // Nothing reached the app from the sandbox: no reset link for the admin, whose password still works.
  expect(await adminMail()).toBe(resetLinksBefore);
  const admin = await browser.newPage();
  await submitSignIn(admin, "admin@academy.test", DEMO_PASSWORD);
  await expect(admin).not.toHaveURL(/\/sign-in/, { timeout: 15_000 });
  await admin.close();
});
