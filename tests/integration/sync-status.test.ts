import { describe, expect, it } from "vitest";
import { generateHistory } from "@/lib/generator/generate-history";
import { prisma } from "@/lib/db";
import { createDatasetProvider } from "@/lib/sync/create-dataset-provider";
import { getConnectionSyncStatus } from "@/lib/sync/get-connection-sync-status";
import { runSync } from "@/lib/sync/run-sync";
import { createUser } from "../helpers/factories";

const { dataset } = generateHistory({ seed: 5, months: 1, persona: "us", startDate: "2024-01-01" });

describe("connection sync status", () => {
  it("lists runs with counts and quarantined records with reasons, and hides them from another user", async () => {
    const user = await createUser();
    const connection = await prisma().bankConnection.create({ data: { userId: user.id, provider: "bank-a", institutionName: "Harbor Bank", status: "active" } });
    const provider = createDatasetProvider({ dataset, bank: "bank-a", clock: { instant: "2024-01-25T12:00:00.000Z" }, faults: { malformedRate: 0.1, malformedKinds: ["impossible_date"] }, random: () => 0.05 });
    const outcome = await runSync(user.id, connection.id, { trigger: "manual", session: { provider, accessToken: async () => "t" }, afterCommit: false });
    expect(outcome.status).toBe("succeeded");

    const status = await getConnectionSyncStatus(user.id, connection.id);
    expect(status.institutionName).toBe("Harbor Bank");
    expect(status.lastSyncAt).not.toBeNull();
    expect(status.nextSyncAt?.getTime()).toBeGreaterThan(Date.now());
    expect(status.runs).toHaveLength(1);
    expect(status.runs[0]).toMatchObject({ trigger: "manual", status: "succeeded", added: outcome.added, quarantined: outcome.quarantined });
    expect(status.quarantinedTotal).toBe(outcome.quarantined);
    expect(status.quarantined.length).toBeGreaterThan(0);
    for (const record of status.quarantined) expect(record.reason).toBe("date: is not a real calendar date");

    const stranger = await createUser();
    await expect(getConnectionSyncStatus(stranger.id, connection.id)).rejects.toThrow("Connection was not found");
  });
});
