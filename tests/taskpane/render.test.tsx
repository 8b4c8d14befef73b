/** @jest-environment jsdom */
import { act, screen, within } from "@testing-library/react";
import standards from "bundled-standards";
import { loadDocument } from "../../src/catalog";
import { standardToXml } from "../../src/excel/embedded-standards";
import { FIRST_RENDER_MARK } from "../../src/taskpane/startup/first-render";
import { sharedWorkbookSession } from "../../src/excel/workbook-session";
import { renderTaskpane } from "../../src/taskpane/startup/render";
import { mockContext } from "../excel/office-mock";
import { fixture } from "./helpers";

const STORED = loadDocument(fixture("security-officer.txt")).standards[0]!;

/** An open workbook that carries one imported standard and no default standard. */
function workbookCarrying(xml: string): Excel.RequestContext {
  return mockContext({
    workbook: {
      settings: {
        item: { isNullObject: true, value: "" },
        getItemOrNullObject() {
          return this.item;
        },
      },
      customXmlParts: {
        scoped: {
          items: [
            {
              xml: { value: xml },
              getXml() {
                return this.xml;
              },
            },
          ],
        },
        getByNamespace() {
          return this.scoped;
        },
      },
    },
  }).context;
}

describe("starting the pane", () => {
  afterEach(() => {
    delete (globalThis as { Excel?: unknown }).Excel;
    document.body.innerHTML = "";
  });

  it("in Excel: loads the workbook's standards once, then renders with Excel's actions in Office's language", async () => {
    const warn = jest.spyOn(console, "warn");
    const mark = jest.fn();
    performance.mark = mark;
    const run = jest.fn((batch: (context: Excel.RequestContext) => Promise<unknown>) =>
      batch(workbookCarrying(standardToXml(STORED))),
    );
    (globalThis as { Excel?: unknown }).Excel = { run };
    const root = document.body.appendChild(document.createElement("div"));
    await act(async () => {
      await renderTaskpane(root, { inExcel: true, locale: "en", dark: false }, standards);
      await sharedWorkbookSession(standards).load?.done;
    });

    // One batch loads the workbook's standards; one scans its formulas for ones saved broken.
    expect(run).toHaveBeenCalledTimes(2);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
    expect(screen.getByRole("heading", { name: "Competency standards", level: 1 })).toBeTruthy();
    expect(screen.queryByText(/Preview mode/)).toBeNull();
    const stored = screen.getByRole("button", { name: /資訊安全管理人員/ });
    expect(within(stored).getByText("In this workbook")).toBeTruthy();
    expect(mark.mock.calls).toEqual([[FIRST_RENDER_MARK]]);
  });

  it("outside Excel: renders the preview without touching Excel", async () => {
    const root = document.body.appendChild(document.createElement("div"));
    await act(() => renderTaskpane(root, { inExcel: false, locale: "zh", dark: false }, standards));
    expect(screen.getByText("預覽模式：未連線到 Excel", { selector: ".fui-MessageBarTitle" })).toBeTruthy();
  });
});
