import { describe, expect, it } from "vitest";
import { nextListingState, parseListingState, planListingRead, serializeListingState } from "./plan-listing-read";

describe("planListingRead", () => {
  it("reads everything on a first sync and once per day, a window otherwise", () => {
    const state = { version: "v1.abc", fullOn: "2025-01-01" };
    expect(planListingRead({ changeModel: "since", today: "2025-01-01", firstSync: true, state })).toEqual({ since: null, fetchFrom: null, knownVersion: null, full: true });
    expect(planListingRead({ changeModel: "since", today: "2025-01-02", firstSync: false, state }).full).toBe(true);
    expect(planListingRead({ changeModel: "since", today: "2025-01-01", firstSync: false, state: { version: "v1.abc", fullOn: null } }).full).toBe(true);
    expect(planListingRead({ changeModel: "since", today: "2025-01-01", firstSync: false, state })).toEqual({ since: "2024-12-02", fetchFrom: "2024-11-25", knownVersion: "v1.abc", full: false });
  });

  it("always reads a snapshot bank whole, with the version of its last (full) read", () => {
    expect(planListingRead({ changeModel: "snapshot", today: "2025-01-01", firstSync: false, state: { version: "v1.abc", fullOn: "2025-01-01" } })).toMatchObject({ full: true, knownVersion: "v1.abc" });
    expect(planListingRead({ changeModel: "snapshot", today: "2025-01-01", firstSync: true, state: { version: "v1.abc", fullOn: null } })).toMatchObject({ full: true, knownVersion: null });
  });
});

describe("listing state", () => {
  it("round-trips and tolerates a cursor it did not write", () => {
    expect(parseListingState(serializeListingState({ version: "v1.x", fullOn: "2025-03-04" }))).toEqual({ version: "v1.x", fullOn: "2025-03-04" });
    expect(parseListingState("not json")).toEqual({ version: null, fullOn: null });
    expect(parseListingState(null)).toEqual({ version: null, fullOn: null });
    expect(parseListingState('{"fullOn":"yesterday"}')).toEqual({ version: null, fullOn: null });
  });

  it("records the day of a full read and keeps the previous one after a windowed read", () => {
    const previous = { version: "v1.old", fullOn: "2025-01-01" };
    expect(nextListingState({ since: null, fetchFrom: null, knownVersion: null, full: true }, previous, "2025-01-02", "v1.new")).toEqual({ version: "v1.new", fullOn: "2025-01-02" });
    expect(nextListingState({ since: "2024-12-03", fetchFrom: "2024-11-26", knownVersion: "v1.old", full: false }, previous, "2025-01-02", "v1.old")).toEqual({ version: "v1.old", fullOn: "2025-01-01" });
  });
});
