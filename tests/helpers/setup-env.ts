// Dates in tests are calendar dates in UTC, whatever the machine's zone.
process.env.TZ = "UTC";
