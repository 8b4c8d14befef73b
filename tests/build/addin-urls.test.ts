import {
  DEFAULT_PRODUCTION_URL,
  DEV_BASE_URL,
  devBaseUrl,
  productionBaseUrl,
  rebaseUrls,
} from "../../scripts/addin-urls";

describe("productionBaseUrl", () => {
  it("defaults when ADDIN_PRODUCTION_URL is unset or blank", () => {
    expect(productionBaseUrl({})).toBe(DEFAULT_PRODUCTION_URL);
    expect(productionBaseUrl({ ADDIN_PRODUCTION_URL: "  " })).toBe(DEFAULT_PRODUCTION_URL);
  });

  it("takes ADDIN_PRODUCTION_URL, path included, without trailing slashes", () => {
    expect(productionBaseUrl({ ADDIN_PRODUCTION_URL: "https://addins.example.tw/competency//" })).toBe(
      "https://addins.example.tw/competency",
    );
  });

  it.each(["http://addins.example.tw", "not a url", "https://example.tw/?v=1", "https://example.tw/#x"])(
    "refuses %s",
    (url) => {
      expect(() => productionBaseUrl({ ADDIN_PRODUCTION_URL: url })).toThrow(/ADDIN_PRODUCTION_URL/);
    },
  );
});

describe("rebaseUrls", () => {
  it("rewrites every URL on the development origin", () => {
    const xml = `<a href="${DEV_BASE_URL}/taskpane.html"/><b v="${DEV_BASE_URL}/assets/icon-16.png"/>`;
    expect(rebaseUrls(xml, DEV_BASE_URL, "https://prod.example.tw/app")).toBe(
      '<a href="https://prod.example.tw/app/taskpane.html"/><b v="https://prod.example.tw/app/assets/icon-16.png"/>',
    );
  });

  it("inserts the new origin literally", () => {
    expect(rebaseUrls(`${DEV_BASE_URL}/a`, DEV_BASE_URL, "https://x.example/$&$1")).toBe(
      "https://x.example/$&$1/a",
    );
  });

  it("leaves other origins that merely start the same alone", () => {
    const text = "https://localhost:30001/x https://localhost:3000.evil.example/y";
    expect(rebaseUrls(text, DEV_BASE_URL, "https://prod.example.tw")).toBe(text);
  });

  it("builds the development origin for a port", () => {
    expect(devBaseUrl(3000)).toBe(DEV_BASE_URL);
    expect(devBaseUrl(8443)).toBe("https://localhost:8443");
  });
});
