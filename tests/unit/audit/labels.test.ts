import { describe, expect, it } from "vitest";
import { AUDIT_LABELS, auditLabel, describeAuditMeta } from "@/lib/users/audit-labels";
import { AUDIT_ACTIONS } from "@/lib/audit/record-audit";

describe("audit labels", () => {
  it("gives every action a plain label, never its raw key", () => {
    for (const action of AUDIT_ACTIONS) {
      expect(AUDIT_LABELS[action]).toBeTruthy();
      expect(auditLabel(action)).not.toContain(".");
      expect(auditLabel(action)).not.toContain("_");
    }
  });

  it("says details as 'Label: value', with roles, providers and yes/no spelt out", () => {
    expect(describeAuditMeta({ from: "LEARNER", to: "INSTRUCTOR" })).toEqual(["From: Learner", "To: Instructor"]);
    expect(describeAuditMeta({ provider: "credentials" })).toEqual(["Signed in with: email and password"]);
    expect(describeAuditMeta({ anonymised: true, droppedHere: 3 })).toEqual([
      "Reviews and posts anonymised: yes",
      "Pages dropped: 3",
    ]);
    expect(describeAuditMeta({ someNewKey: "x" })).toEqual(["Some new key: x"]);
  });

  it("leaves out what the subject already names, and reads nothing from non-objects", () => {
    expect(describeAuditMeta({ course: "SQL", rating: 2, reason: "Spam" }, ["course", "rating"])).toEqual([
      "Reason: Spam",
    ]);
    expect(describeAuditMeta(null)).toEqual([]);
    expect(describeAuditMeta(["a"])).toEqual([]);
  });
});
