export const FORMAT_TEXT = { csv: "CSV", ofx: "OFX", qif: "QIF", camt053: "camt.053" } as const;
