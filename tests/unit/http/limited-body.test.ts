import { describe, expect, it } from "vitest";
import { multipartInput, readBodyText } from "@/lib/actions/json-route";
import { readBodyUpTo } from "@/lib/http/limited-body";
import { submissionInput } from "@/lib/projects/submission-form";

const KIB = 1024;

/**
 * A chunked body (no Content-Length) that would never end: `pulled` counts the chunks the reader asked for, and
 * `cancelled` says whether the reader stopped the stream.
 */
function endlessBody(chunkBytes = 64 * KIB) {
  const seen = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      seen.pulled += 1;
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
    cancel() {
      seen.cancelled = true;
    },
  });
  return { stream, seen };
}

/** A finite body sent in chunks of `chunkBytes`, without Content-Length. */
function chunked(bytes: Uint8Array, chunkBytes = 4 * KIB): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + chunkBytes));
      offset += chunkBytes;
    },
  });
}

const post = (body: ReadableStream<Uint8Array>, contentType: string) =>
  new Request("http://app.test/upload", {
    method: "POST",
    body,
    headers: { "content-type": contentType },
    duplex: "half",
  } as RequestInit & { duplex: "half" });

async function formBytes(form: FormData) {
  const encoded = new Response(form);
  return {
    bytes: new Uint8Array(await encoded.arrayBuffer()),
    contentType: encoded.headers.get("content-type")!,
  };
}

describe("readBodyUpTo", () => {
  it("stops reading a chunked body as soon as the limit is passed, and cancels the rest", async () => {
    const { stream, seen } = endlessBody(64 * KIB);
    const request = post(stream, "application/octet-stream");
    expect(request.headers.get("content-length")).toBeNull();
    expect(await readBodyUpTo(request, 1024 * KIB)).toBeNull();
    // 1 MiB in 64 KiB chunks: the 17th chunk passes the limit (the stream may have queued one more ahead).
    expect(seen.pulled).toBeGreaterThanOrEqual(17);
    expect(seen.pulled).toBeLessThanOrEqual(18);
    expect(seen.cancelled).toBe(true);
  });

  it("returns a chunked body within the limit whole, byte for byte", async () => {
    const bytes = new Uint8Array(10 * KIB + 7).map((_, i) => i % 251);
    const read = await readBodyUpTo(post(chunked(bytes, 3 * KIB), "application/octet-stream"), 16 * KIB);
    expect(read).toEqual(bytes);
  });

  it("refuses by Content-Length before reading anything", async () => {
    const { stream, seen } = endlessBody();
    const request = new Request("http://app.test/upload", {
      method: "POST",
      body: stream,
      headers: { "content-length": String(10 * KIB * KIB) },
      duplex: "half",
    } as RequestInit & { duplex: "half" });
    expect(await readBodyUpTo(request, KIB)).toBeNull();
    expect(seen.pulled).toBeLessThanOrEqual(1); // what the stream queued on its own, never read
  });
});

describe("the upload routes' inputs, chunked", () => {
  it("studio uploads: 413 naming the limit for an endless chunked body, the fields for a normal one", async () => {
    const upload = multipartInput(["courseId", "file"], 512 * KIB);
    const { stream, seen } = endlessBody();
    const refused = await upload(post(stream, "multipart/form-data; boundary=x"), undefined);
    expect(refused).toBeInstanceOf(Response);
    expect((refused as Response).status).toBe(413);
    expect(await (refused as Response).json()).toEqual({
      ok: false,
      code: "INVALID",
      error: "That upload is too large: a form with its file may be up to 512 KB.",
    });
    expect(seen.cancelled).toBe(true);

    const form = new FormData();
    form.set("courseId", "course-1");
    form.set("file", new File([new Uint8Array(100 * KIB).fill(7)], "diagram.png", { type: "image/png" }));
    const { bytes, contentType } = await formBytes(form);
    const input = (await upload(post(chunked(bytes), contentType), undefined)) as { courseId: string; file: File };
    expect(input.courseId).toBe("course-1");
    expect(input.file.name).toBe("diagram.png");
    expect(input.file.size).toBe(100 * KIB);
  });

  it("project submissions: 413 with the upload limit for an endless chunked body, the fields for a normal one", async () => {
    const { stream, seen } = endlessBody();
    const refused = (await submissionInput(post(stream, "multipart/form-data; boundary=x"), undefined)) as Response;
    expect(refused.status).toBe(413);
    expect(await refused.json()).toEqual({
      ok: false,
      code: "INVALID",
      error: "That file is too large: uploads may be up to 5 MB.",
      fieldErrors: { file: ["That file is too large: uploads may be up to 5 MB."] },
    });
    expect(seen.cancelled).toBe(true);
    // Stopped at the limit (5 MB and the form's 128 KiB of room), not read on.
    expect(seen.pulled * 64 * KIB).toBeLessThanOrEqual(5 * KIB * KIB + 128 * KIB + 2 * 64 * KIB);

    const form = new FormData();
    form.set("projectId", "project-1");
    form.set("cohortId", "cohort-1");
    form.set("notes", "Read the README first.");
    form.set("file", new File([new Uint8Array(2 * KIB * KIB).fill(1)], "report.pdf", { type: "application/pdf" }));
    const { bytes, contentType } = await formBytes(form);
    const input = (await submissionInput(post(chunked(bytes, 64 * KIB), contentType), undefined)) as Record<
      string,
      unknown
    >;
    expect(input).toMatchObject({ projectId: "project-1", cohortId: "cohort-1", notes: "Read the README first." });
    expect((input.file as File).size).toBe(2 * KIB * KIB);
  });

  it("JSON bodies: a chunked body past the limit is refused without reading it all; a normal one is read", async () => {
    const { stream, seen } = endlessBody(16 * KIB);
    expect(await readBodyText(post(stream, "application/json"))).toBeNull();
    expect(seen.cancelled).toBe(true);
    const text = JSON.stringify({ name: "Ada", note: "é".repeat(100) });
    const body = new TextEncoder().encode(text);
    expect(await readBodyText(post(chunked(body, 50), "application/json"))).toBe(text);
  });
});
