import { describe, expect, it } from "vitest";
import { mentionedKeys, maySeeAttempt, postingBucket, resolveMentions, similarTsQuery } from "@/lib/discussions/rules";
import { planPostRecipients } from "@/lib/discussions/notify";
import { isDigestHour, localClock } from "@/lib/notifications/digest-time";
import { readUnsubscribeToken, unsubscribeToken } from "@/lib/notifications/unsubscribe-token";

const members = [
  { id: "ines", name: "Ines Instructor" },
  { id: "carl", name: "Carl Classmate" },
  { id: "carla", name: "Carla Other" },
  { id: "lena", name: "Lena Learner" },
  { id: "anon", name: null },
];

describe("mentions", () => {
  it("match a whole name without spaces, or a first name no one else shares; unknown names stay text", () => {
    const found = resolveMentions("Thanks @InesInstructor and @lena, @carl. Also @nobody and @Carla.", members);
    expect(found.map((m) => m.id).sort()).toEqual(["carl", "carla", "ines", "lena"].sort());
    expect(resolveMentions("mail me at me@lena.example", members)).toEqual([]);
  });

  it("ignore code and an @ inside markup", () => {
    expect(mentionedKeys("`@lena` and\n```\n@carl\n```\nbut @Ines")).toEqual(["ines"]);
    expect(mentionedKeys("@<img src=x onerror=alert(1)>")).toEqual([]);
  });
});

describe("similar questions query", () => {
  it("keeps letters and digits only, as OR'ed prefixes, so nothing injects tsquery syntax", () => {
    expect(similarTsQuery("Why does my INDEX not work?! (x) & | !")).toBe("why:* | does:* | index:* | not:* | work:*");
    expect(similarTsQuery("a & | ! :* ()")).toBeNull();
  });
});

describe("attached attempts", () => {
  const solving = { solves: true, authorId: "asker" };
  it("a passing attempt shows to its author, staff and solvers only", () => {
    expect(maySeeAttempt(solving, { id: "asker", staff: false, solved: false })).toBe(true);
    expect(maySeeAttempt(solving, { id: "other", staff: true, solved: false })).toBe(true);
    expect(maySeeAttempt(solving, { id: "other", staff: false, solved: true })).toBe(true);
    expect(maySeeAttempt(solving, { id: "other", staff: false, solved: false })).toBe(false);
    expect(maySeeAttempt(solving, { id: null, staff: false, solved: false })).toBe(false);
    expect(maySeeAttempt({ solves: false, authorId: "asker" }, { id: null, staff: false, solved: false })).toBe(true);
  });
});

describe("posting allowance", () => {
  it("an account younger than a day posts under the lower limit", () => {
    const now = new Date("2026-12-06T12:00:00Z");
    expect(postingBucket(new Date("2026-12-05T12:00:01Z"), now)).toBe("qa-post-new-user");
    expect(postingBucket(new Date("2026-12-05T12:00:00Z"), now)).toBe("qa-post-user");
  });
});

describe("who a post notifies", () => {
  it("the asker on an answer, followers on a staff answer, mentions; never the writer or a muted follower", () => {
    const plan = planPostRecipients({
      actorId: "staff",
      isAnswer: true,
      actorIsStaff: true,
      askerId: "asker",
      followers: [
        { userId: "asker", muted: false },
        { userId: "staff", muted: false },
        { userId: "fan", muted: false },
        { userId: "quiet", muted: true },
      ],
      mentionedIds: ["quiet", "friend", "staff", "fan"],
    });
    expect(plan).toEqual([
      { userId: "asker", kind: "REPLY" },
      { userId: "fan", kind: "STAFF_ANSWER" },
      { userId: "friend", kind: "MENTION" },
    ]);
    const learnerAnswer = planPostRecipients({
      actorId: "peer",
      isAnswer: true,
      actorIsStaff: false,
      askerId: "asker",
      followers: [{ userId: "fan", muted: false }],
      mentionedIds: [],
    });
    expect(learnerAnswer).toEqual([{ userId: "asker", kind: "REPLY" }]);
  });
});

describe("digest time", () => {
  it("is the 08:00 hour on the person's own clock, across a DST change", () => {
    expect(isDigestHour(new Date("2026-12-06T07:30:00Z"), "Europe/Berlin")).toBe(true); // 08:30 CET
    expect(isDigestHour(new Date("2026-07-06T06:30:00Z"), "Europe/Berlin")).toBe(true); // 08:30 CEST
    expect(isDigestHour(new Date("2026-07-06T07:30:00Z"), "Europe/Berlin")).toBe(false);
    expect(localClock(new Date("2026-12-06T23:30:00Z"), "Asia/Tokyo")).toEqual({ date: "2026-12-07", hour: 8 });
    expect(localClock(new Date("2026-12-06T23:30:00Z"), "Not/AZone")).toEqual({ date: "2026-12-06", hour: 23 });
  });
});

describe("unsubscribe tokens", () => {
  it("name an account and a category; any change to either or to the signature is refused", () => {
    const token = unsubscribeToken("secret", "user1", "replies");
    expect(readUnsubscribeToken("secret", token)).toEqual({ userId: "user1", category: "replies" });
    expect(readUnsubscribeToken("other-secret", token)).toBeNull();
    expect(readUnsubscribeToken("secret", token.replace("replies", "mentions"))).toBeNull();
    expect(readUnsubscribeToken("secret", token.replace("user1", "user2"))).toBeNull();
    expect(readUnsubscribeToken("secret", `${token}x`)).toBeNull();
    expect(readUnsubscribeToken("secret", "user1.unknown.sig")).toBeNull();
  });
});
