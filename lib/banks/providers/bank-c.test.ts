import { describe, expect, it } from "vitest";
import { readListingAttributes } from "./bank-c";

describe("readListingAttributes", () => {
  it("reads version and notModified from the root element only", () => {
    expect(readListingAttributes('<?xml version="1.0" encoding="ISO-8859-1"?>\n<TransactionList page="1" pageCount="1" version="v1.abc" notModified="true">\n</TransactionList>')).toEqual({
      listingVersion: "v1.abc",
      notModified: true,
    });
    expect(readListingAttributes('<?xml version="1.0"?>\n<TransactionList page="1" pageCount="2">\n  <Txn><Memo>version="x"</Memo></Txn>\n</TransactionList>')).toEqual({ listingVersion: null, notModified: false });
  });
});
