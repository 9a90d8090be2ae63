export const STATUS_TEXT = { pending: "Waiting to start", running: "Importing", succeeded: "Done", failed: "Failed" } as const;
export const FORMAT_TEXT = { csv: "CSV", ofx: "OFX", qif: "QIF", camt053: "camt.053" } as const;
