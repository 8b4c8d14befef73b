import { halfWidthPunctuation } from "../../src/model";

test("ASCII commas, colons, semicolons, brackets and marks in Chinese text are found with their full-width form", () => {
  expect(halfWidthPunctuation("紅色:低於要求;綠色:達到")).toEqual([
    { index: 2, found: ":", expected: "：" },
    { index: 7, found: ";", expected: "；" },
    { index: 10, found: ":", expected: "：" },
  ]);
  expect(halfWidthPunctuation("知識 (K)").map((p) => p.expected)).toEqual(["（", "）"]);
  expect(halfWidthPunctuation("是嗎?好!,").map((p) => p.expected)).toEqual(["？", "！", "，"]);
});

test("full-width text, file:line and the brackets of a call written after its name pass", () => {
  expect(halfWidthPunctuation("紅色：低於要求；綠色：達到（或超過）。")).toEqual([]);
  expect(halfWidthPunctuation("見 file.txt:12 與 10:30")).toEqual([]);
  expect(halfWidthPunctuation("以 COUNTIFS(A:A,1) 計算")).toEqual([]);
  expect(halfWidthPunctuation("以 COUNTIFS(A:A,1),再")).toEqual([{ index: 17, found: ",", expected: "，" }]);
  expect(halfWidthPunctuation('以 =KNOWLEDGE("T2.2") 列出')).toEqual([]);
});

test("the mark that ends an Excel error value and the ! of a reference are code; the same mark after Chinese is not", () => {
  expect(halfWidthPunctuation("會顯示 #NAME?、#REF!、#DIV/0! 或 #SPILL!。")).toEqual([]);
  expect(halfWidthPunctuation("會顯示 #NAME?好!")).toEqual([{ index: 11, found: "!", expected: "！" }]);
  expect(halfWidthPunctuation("存成 [2]!_xldudf_NAME 或 Sheet1!A1")).toEqual([]);
});
