import { describe, expect, it } from "vitest";
import { keptValue, submittedValues, wasChecked } from "@/components/ui/form/form-values";

function formData(entries: Array<[string, string | Blob]>): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("submittedValues", () => {
  it("keeps every text field, lists repeated names and leaves out files and React's action keys", () => {
    const values = submittedValues(
      formData([
        ["name", "Ada"],
        ["email", "not-an-email@"],
        ["days", "MON"],
        ["days", "TUE"],
        ["$ACTION_ID_abc", ""],
        ["upload", new Blob(["x"])],
      ]),
    );
    expect(values).toEqual({ name: "Ada", email: "not-an-email@", days: ["MON", "TUE"] });
  });

  it("keeps an empty field as empty text, so the field shows it emptied rather than its old default", () => {
    expect(submittedValues(formData([["goal", ""]]))).toEqual({ goal: "" });
  });
});

describe("keptValue and wasChecked", () => {
  const values = { rating: "4", days: ["MON", "TUE"], note: "hi" };

  it("reads one value per field, the first of a repeated name, and nothing before any refusal", () => {
    expect(keptValue(values, "note")).toBe("hi");
    expect(keptValue(values, "days")).toBe("MON");
    expect(keptValue(values, "missing")).toBeUndefined();
    expect(keptValue(null, "note")).toBeUndefined();
  });

  it("says which radio or checkbox was ticked, and leaves the default alone before any refusal", () => {
    expect(wasChecked(values, "rating", "4")).toBe(true);
    expect(wasChecked(values, "rating", "5")).toBe(false);
    expect(wasChecked(values, "days", "TUE")).toBe(true);
    expect(wasChecked(values, "agree")).toBe(false);
    expect(wasChecked(null, "agree")).toBeUndefined();
  });
});
