// Every test run sees a frozen, test-only configuration; nothing here reaches production.
process.env.NODE_ENV ??= "test";
process.env.TZ = "UTC";
