/** Checks a TCP port before the dev server takes it, to fail with a clear message instead of a stack. */
import { createServer } from "node:net";

export function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer()
      .once("error", () => resolve(false))
      .once("listening", () => probe.close(() => resolve(true)))
      .listen(port);
  });
}

export function portInUseMessage(port: number): string {
  return [
    `連接埠 ${port} 已被使用：請先停止另一個伺服器，或改用 npm start -- --port <號碼>。`,
    `Port ${port} is in use: stop the other server, or run npm start -- --port <number>.`,
  ].join("\n");
}
