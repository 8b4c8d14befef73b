import { OfficeMockObject } from "office-addin-mock";

/** A mock Excel.RequestContext from plain data, with its sync() calls counted; sync number `failAt` throws. */
export function mockContext(
  data: Record<string, unknown>,
  failAt?: number,
): {
  context: Excel.RequestContext;
  syncs: () => number;
} {
  let syncs = 0;
  const mock = new OfficeMockObject(data) as unknown as { sync: () => Promise<void> };
  const sync = mock.sync.bind(mock);
  mock.sync = async () => {
    syncs++;
    if (syncs === failAt) throw new Error(`sync ${syncs} failed`);
    await sync();
  };
  return { context: mock as unknown as Excel.RequestContext, syncs: () => syncs };
}
