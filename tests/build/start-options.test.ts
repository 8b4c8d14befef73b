import { parseStartOptions } from "../../scripts/start-options";

describe("parseStartOptions", () => {
  it("serves on port 3000 and sideloads by default", () => {
    expect(parseStartOptions([])).toEqual({ port: 3000, sideload: true });
  });

  it("reads --port and --no-sideload", () => {
    expect(parseStartOptions(["--port", "8443", "--no-sideload"])).toEqual({ port: 8443, sideload: false });
    expect(parseStartOptions(["--port=3001"])).toEqual({ port: 3001, sideload: true });
  });

  it.each(["0", "65536", "30.5", "3000abc", "-1", ""])("refuses --port %p", (port) => {
    expect(() => parseStartOptions(["--port", port])).toThrow(/--port/);
  });

  it("refuses unknown options", () => {
    expect(() => parseStartOptions(["--prod"])).toThrow();
  });
});
