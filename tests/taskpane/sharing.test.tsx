/** @jest-environment jsdom */
import { screen, waitFor } from "@testing-library/react";
import { fakeExcelActions, fakePreviewActions, findStatus, renderPane, testSession } from "./helpers";

describe("sharing the workbook", () => {
  it("makes the formulas portable and says what it rewrote and added", async () => {
    const session = testSession();
    const actions = fakeExcelActions(session);
    const { user } = renderPane(session, actions);
    await user.click(screen.getByRole("button", { name: "讓公式可攜" }));
    expect(actions.makePortable).toHaveBeenCalledWith("zh");
    expect(await findStatus("已改寫 2 個儲存格的公式，並加入工作表：職能資料、職能查詢表。")).toBeTruthy();
  });

  it("restores the formulas, naming the cells changed since", async () => {
    const session = testSession();
    const actions = fakeExcelActions(session);
    actions.restoreFormulas.mockResolvedValueOnce({ restored: 3, kept: 1 });
    const { user } = renderPane(session, actions, "en");
    await user.click(screen.getByRole("button", { name: "Restore formulas" }));
    expect(
      await findStatus(/Restored the formulas of 3 cells\. 1 cell was changed since the rewrite/),
    ).toBeTruthy();
  });

  it("offers a repair when formulas were saved in a broken form, and the workbook stays as it was on failure", async () => {
    const session = testSession();
    const actions = fakeExcelActions(session);
    actions.countBrokenFormulas.mockResolvedValue(3);
    actions.repairFormulas.mockRejectedValueOnce(new Error("InvalidArgument"));
    const { user } = renderPane(session, actions);
    expect(await screen.findByText(/3 個儲存格的 COMPETENCY 公式以損壞的形式儲存/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "修復公式" }));
    expect(await findStatus(/無法修復公式：InvalidArgument 活頁簿沒有任何變更。/)).toBeTruthy();
    actions.repairFormulas.mockResolvedValueOnce(3);
    await user.click(screen.getByRole("button", { name: "修復公式" }));
    expect(await findStatus("已修復 3 個儲存格的公式。")).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole("button", { name: "修復公式" })).toBeNull());
  });

  it("is not offered outside Excel", () => {
    const session = testSession();
    renderPane(session, fakePreviewActions(session));
    expect(screen.queryByRole("button", { name: "讓公式可攜" })).toBeNull();
  });
});
