import { OfficeMockObject } from "office-addin-mock";

/** A mock Excel.RequestContext from plain data, with its sync() calls counted. */
export function mockContext(data: Record<string, unknown>): {
  context: Excel.RequestContext;
  syncs: () => number;
} {
  let syncs = 0;
  const mock = new OfficeMockObject(data) as unknown as { sync: () => Promise<void> };
  const sync = mock.sync.bind(mock);
  mock.sync = async () => {
    syncs++;
    await sync();
  };
  return { context: mock as unknown as Excel.RequestContext, syncs: () => syncs };
}
