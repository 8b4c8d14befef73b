import { createServer } from "node:net";
import { portInUseMessage, portIsFree } from "../../scripts/port";

describe("portIsFree", () => {
  it("tells a taken port from a free one", async () => {
    const server = createServer().listen(0);
    await new Promise((resolve) => server.once("listening", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    expect(await portIsFree(port)).toBe(false);
    await new Promise((resolve) => server.close(resolve));
    expect(await portIsFree(port)).toBe(true);
  });

  it("explains a taken port in both languages", () => {
    const message = portInUseMessage(3000);
    expect(message).toContain("連接埠 3000 已被使用");
    expect(message).toContain("Port 3000 is in use");
    expect(message).toContain("--port");
  });
});
