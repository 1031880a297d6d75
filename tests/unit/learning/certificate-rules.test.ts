import { describe, expect, it } from "vitest";
import { decideCertificate, recipientName } from "@/lib/learning/certificate-rules";

describe("decideCertificate", () => {
  const base = { enrollmentStatus: "ACTIVE" as const, totalLessons: 10, completedLessons: 10, alreadyIssued: false };

  it("issues once every lesson is complete", () => {
    expect(decideCertificate(base)).toBe("issue");
    expect(decideCertificate({ ...base, enrollmentStatus: "COMPLETED" })).toBe("issue");
  });

  it("never issues twice", () => {
    expect(decideCertificate({ ...base, alreadyIssued: true })).toBe("already-issued");
  });

  it("waits for the last lesson, and never issues for an empty course", () => {
    expect(decideCertificate({ ...base, completedLessons: 9 })).toBe("incomplete");
    expect(decideCertificate({ ...base, totalLessons: 0, completedLessons: 0 })).toBe("incomplete");
  });

  it("refuses learners without a live enrolment, even with every lesson done", () => {
    expect(decideCertificate({ ...base, enrollmentStatus: null })).toBe("not-enrolled");
    expect(decideCertificate({ ...base, enrollmentStatus: "REFUNDED" })).toBe("not-enrolled");
    expect(decideCertificate({ ...base, enrollmentStatus: "CANCELLED", alreadyIssued: true })).toBe("not-enrolled");
  });
});

describe("recipientName", () => {
  it("uses the name, else the e-mail's local part", () => {
    expect(recipientName({ name: "  Ada Lovelace ", email: "ada@example.test" })).toBe("Ada Lovelace");
    expect(recipientName({ name: null, email: "grace.hopper@example.test" })).toBe("grace.hopper");
    expect(recipientName({ name: "   ", email: "linus@example.test" })).toBe("linus");
  });
});

describe("decideCertificate with graded projects (cohort courses)", () => {
  const done = { enrollmentStatus: "ACTIVE" as const, totalLessons: 3, completedLessons: 3, alreadyIssued: false };

  it("waits for the required projects once the lessons are done", () => {
    expect(decideCertificate({ ...done, requiredProjectsLeft: 1 })).toBe("projects-pending");
    expect(decideCertificate({ ...done, requiredProjectsLeft: 0 })).toBe("issue");
  });

  it("still says incomplete while lessons are left, projects or not", () => {
    expect(decideCertificate({ ...done, completedLessons: 2, requiredProjectsLeft: 2 })).toBe("incomplete");
  });
});
