import { cellAddress, columnLetters, rangeAddress } from "../../src/layout";
import { parseRangeAddress } from "../helpers/a1";

describe("A1 addresses", () => {
  it("names columns past Z", () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(["A", "Z", "AA", "ZZ", "AAA"]);
  });

  it("round-trips ranges", () => {
    expect(cellAddress(8, 6)).toBe("G9");
    expect(rangeAddress({ top: 0, left: 0, bottom: 0, right: 0 })).toBe("A1");
    expect(parseRangeAddress("B2:AA10")).toEqual({ top: 1, left: 1, bottom: 9, right: 26 });
    expect(parseRangeAddress("nonsense")).toBeNull();
  });
});
