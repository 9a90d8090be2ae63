import { describe, expect, it } from "vitest";
import { detectRecurringStreams, type RecurringTransactionInput } from "./detect-recurring-streams";

let seq = 0;
function tx(merchantKey: string, date: string, amount: number, currency = "USD"): RecurringTransactionInput {
  seq += 1;
  return { id: `t${String(seq).padStart(3, "0")}`, date, amount, currency, merchantKey };
}

describe("detectRecurringStreams", () => {
  it("finds a monthly bill paid on the 1st with weekend shifts, anchored to the 1st", () => {
    // 2024-06-01 and 2024-09-01 were weekends: paid on the Monday after / Friday before.
    const rows = ["2024-05-01", "2024-06-03", "2024-07-01", "2024-08-01", "2024-08-30"].map((d) => tx("rent", d, -150_000));
    const [stream] = detectRecurringStreams(rows, "2024-09-10");
    expect(stream).toMatchObject({
      merchantKey: "rent",
      direction: "outflow",
      frequency: "monthly",
      occurrences: 5,
      typicalAmount: 150_000,
      lastDate: "2024-08-30",
      // The Aug 30 payment was September's, paid early: next is October 1st.
      predictedNextDate: "2024-10-01",
      status: "established",
    });
  });

  it("keeps a month-end stream on the last day, through a leap February", () => {
    const rows = ["2023-11-30", "2023-12-31", "2024-01-31", "2024-02-29", "2024-03-31"].map((d) => tx("gym", d, -4_000));
    const [stream] = detectRecurringStreams(rows, "2024-04-02");
    expect(stream?.frequency).toBe("monthly");
    expect(stream?.predictedNextDate).toBe("2024-04-30");
  });

  it("predicts February's last day after Jan 31", () => {
    const rows = ["2024-10-31", "2024-11-30", "2024-12-31", "2025-01-31"].map((d) => tx("gym", d, -4_000));
    expect(detectRecurringStreams(rows, "2025-02-01")[0]?.predictedNextDate).toBe("2025-02-28");
  });

  it("follows a price change with the latest amounts", () => {
    const amounts = [-1_549, -1_549, -1_549, -1_799, -1_799, -1_799];
    const rows = amounts.map((a, i) => tx("netflix", `2024-0${i + 1}-15`, a));
    const [stream] = detectRecurringStreams(rows, "2024-06-20");
    expect(stream?.typicalAmount).toBe(1_799);
    expect(stream?.predictedNextDate).toBe("2024-07-15");
    // Spread over the window widens the band: median |dev| of [1549x3,1799x3] around 1674 is 125.
    expect(stream?.amountTolerance).toBe(375);
  });

  it("finds biweekly income with a day of jitter and separates it from outflows", () => {
    const pay = ["2024-05-03", "2024-05-17", "2024-05-31", "2024-06-14", "2024-06-27"].map((d) => tx("acme payroll", d, 250_000));
    const [stream] = detectRecurringStreams(pay, "2024-07-01");
    expect(stream).toMatchObject({ direction: "inflow", frequency: "biweekly", predictedNextDate: "2024-07-11", status: "established" });
  });

  it("finds weekly, quarterly and yearly streams", () => {
    const weekly = ["2024-06-03", "2024-06-10", "2024-06-17", "2024-06-24"].map((d) => tx("cleaner", d, -6_000));
    const quarterly = ["2023-10-15", "2024-01-15", "2024-04-15"].map((d) => tx("water", d, -9_000));
    const yearly = ["2022-03-10", "2023-03-10", "2024-03-11"].map((d) => tx("domain", d, -1_200));
    const streams = detectRecurringStreams([...weekly, ...quarterly, ...yearly], "2024-06-25");
    expect(streams.map((s) => [s.merchantKey, s.frequency, s.predictedNextDate, s.status])).toEqual([
      ["cleaner", "weekly", "2024-07-01", "established"],
      ["domain", "yearly", "2025-03-10", "established"],
      ["water", "quarterly", "2024-07-15", "established"],
    ]);
  });

  it("calls a three-payment monthly stream early, and an overdue one ended", () => {
    const rows = ["2024-03-05", "2024-04-05", "2024-05-05"].map((d) => tx("spotify", d, -1_099));
    expect(detectRecurringStreams(rows, "2024-05-20")[0]?.status).toBe("early");
    // Expected Jun 5; a full cycle later with nothing means it ended.
    expect(detectRecurringStreams(rows, "2024-07-05")[0]?.status).toBe("early");
    expect(detectRecurringStreams(rows, "2024-07-06")[0]?.status).toBe("ended");
  });

  it("ignores irregular merchants, too-short histories and future rows", () => {
    const irregular = ["2024-01-02", "2024-01-05", "2024-02-20", "2024-02-21", "2024-04-30"].map((d) => tx("amazon", d, -2_000));
    const short = ["2024-01-05", "2024-02-05"].map((d) => tx("hulu", d, -800));
    const future = ["2024-01-05", "2024-02-05", "2024-03-05"].map((d) => tx("future", d, -800));
    expect(detectRecurringStreams([...irregular, ...short, ...future], "2024-03-01")).toEqual([]);
  });

  it("does not mix currencies or refunds into a stream", () => {
    const rows = [
      ...["2024-01-10", "2024-02-10", "2024-03-10"].map((d) => tx("icloud", d, -299)),
      tx("icloud", "2024-03-11", 299),
      tx("icloud", "2024-02-12", -300, "EUR"),
    ];
    const streams = detectRecurringStreams(rows, "2024-03-20");
    expect(streams).toHaveLength(1);
    expect(streams[0]?.transactionIds).toHaveLength(3);
    expect(streams[0]?.currency).toBe("USD");
  });

  it("tolerates one skipped month among regular ones", () => {
    const rows = ["2024-01-20", "2024-02-20", "2024-03-20", "2024-05-20", "2024-06-20"].map((d) => tx("insurer", d, -8_000));
    expect(detectRecurringStreams(rows, "2024-06-25")[0]?.frequency).toBe("monthly");
  });
});
