import { describe, expect, it } from "vitest";
import { curlExample } from "@/lib/api/v1/curl";
import { V1_ENDPOINTS } from "@/lib/api/v1/endpoints";

describe("curlExample", () => {
  it("fills the path, the query and the key header of a read", () => {
    expect(curlExample(V1_ENDPOINTS.getCourse, "https://academy.example")).toBe(
      `curl 'https://academy.example/api/v1/courses/http-apis-rest-graphql' \\\n  -H "Authorization: Bearer $ACADEMY_API_KEY"`,
    );
    expect(curlExample(V1_ENDPOINTS.listCourses, "http://localhost:3000")).toContain("/api/v1/courses?limit=10'");
  });

  it("sends a create's JSON body with an Idempotency-Key, and a public endpoint without a key", () => {
    const create = curlExample(V1_ENDPOINTS.createEnrollment, "https://a.example");
    expect(create).toMatch(/^curl -X POST 'https:\/\/a.example\/api\/v1\/enrollments'/);
    expect(create).toContain(`-H "Idempotency-Key: $(uuidgen)"`);
    expect(create).toContain(`-d '{"email":"learner@academy.test","course":"http-apis-rest-graphql"}'`);
    expect(curlExample(V1_ENDPOINTS.verifyCertificate, "https://a.example")).not.toContain("Authorization");
  });
});
