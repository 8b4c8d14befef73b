/** @jest-environment jsdom */
import { screen, within } from "@testing-library/react";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { toStandardsFile } from "../../src/catalog";
import { PRODUCED_DIR } from "../../scripts/fixtures/sources";
import { parseSeed, SEED_003, seedText } from "../helpers/seeds";
import { fakeExcelActions, findStatus, renderPane, testSession } from "./helpers";

/** A produced fixture as the File a user picks. */
function producedFile(fixture: string, file: string, name = `${fixture}-${file}`): File {
  return new File([readFileSync(join(PRODUCED_DIR, fixture, file))], name);
}

async function openImport() {
  const session = testSession();
  const actions = fakeExcelActions(session);
  const pane = renderPane(session, actions);
  await pane.user.click(screen.getByRole("tab", { name: "匯入" }));
  const input = pane.container.querySelector<HTMLInputElement>('input[type="file"]')!;
  return { ...pane, session, actions, input };
}

const results = (): HTMLElement => screen.getByRole("region", { name: "讀到的內容" });
const documentNamed = (name: string): HTMLElement => within(results()).getByRole("article", { name });

describe("importing several files at once", () => {
  it("reads each file by its bytes, shows one result per file, and stores only the chosen ones", async () => {
    const { user, actions, input } = await openImport();
    expect(input.multiple).toBe(true);
    expect(input.accept.split(",")).toEqual(
      expect.arrayContaining([".pdf", ".odt", ".docx", ".txt", ".json"]),
    );
    const incomplete = seedText(SEED_003).split("\n").slice(0, 60).join("\n");
    await user.upload(input, [
      producedFile("long-cells", "writer.docx"),
      producedFile("version-history", "writer.odt"),
      new File([incomplete], "half.txt"),
      // A Word document named as text: the bytes decide.
      producedFile("attitudes-in-a-line", "writer.docx", "attitudes.txt"),
    ]);
    expect(await screen.findByText("已讀取 4 份檔案。")).toBeTruthy();

    const docx = documentNamed("long-cells-writer.docx");
    expect(within(docx).getByText("Word 文件（DOCX）")).toBeTruthy();
    expect(within(docx).getByText("沒有發現問題。")).toBeTruthy();
    expect(
      within(documentNamed("version-history-writer.odt")).getByText("ODT 文件（OpenDocument）"),
    ).toBeTruthy();
    expect(within(documentNamed("attitudes.txt")).getByText("Word 文件（DOCX）")).toBeTruthy();

    // The first 60 lines of seed 003 are incomplete: an error, and no way to import it.
    const half = documentNamed("half.txt");
    expect(within(half).getByText(/^[1-9]\d* 個錯誤/)).toBeTruthy();
    expect(within(half).getByText("文件有錯誤，無法匯入。請修正後再檢查一次。")).toBeTruthy();
    expect(within(half).queryByRole("checkbox")).toBeNull();

    await user.click(
      within(documentNamed("version-history-writer.odt")).getByRole("checkbox", { name: "匯入這份" }),
    );
    await user.click(screen.getByRole("button", { name: "匯入並存入活頁簿" }));
    const stored = actions.storeStandard.mock.calls.map(([standard]) => standard.name);
    const expected = (fixture: string) =>
      (JSON.parse(readFileSync(join(PRODUCED_DIR, fixture, "expected.json"), "utf8")) as { name: string })
        .name;
    expect(stored).toEqual([expected("long-cells"), expected("attitudes-in-a-line")]);
    expect(await findStatus(/並存入活頁簿/)).toBeTruthy();
  });

  it("refuses a file over 20 MB before reading it", async () => {
    const { user, input } = await openImport();
    const huge = new File([new Uint8Array(20 * 1024 * 1024 + 1)], "huge.pdf");
    await user.upload(input, huge);
    const result = await screen.findByRole("article", { name: "huge.pdf" });
    expect(within(result).getByText(/檔案超過 20 MB，未讀取。/)).toBeTruthy();
    expect(within(result).getByText("文件中沒有找到職能基準。")).toBeTruthy();
  });
});

describe("replacing a loaded standard", () => {
  it("with one that has fewer tasks or items asks for a confirmation that says what would be lost", async () => {
    const { user, actions } = await openImport();
    const full = parseSeed(SEED_003).standard;
    const shorter = {
      ...full,
      duties: full.duties.slice(0, -1),
      knowledge: full.knowledge.filter((k) => k.code !== "K01"),
    };
    const lostTasks = full.duties.at(-1)!.tasks.map((t) => t.code);
    await user.click(screen.getByRole("textbox", { name: "文件內容" }));
    await user.paste(JSON.stringify(toStandardsFile([shorter])));
    await user.click(screen.getByRole("button", { name: "檢查內容" }));

    const review = await screen.findByRole("article", { name: "貼上的文字" });
    expect(
      within(review).getByText(
        `會取代目前載入的 ${full.code}，但新的這份少了：工作任務 ${lostTasks.join("、")}、知識 K01。`,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole("button", { name: "匯入並存入活頁簿" })).toBeNull();
    expect(within(results()).getByText(/尚未選定要匯入的文件/)).toBeTruthy();

    await user.click(within(review).getByRole("checkbox", { name: "我了解，仍要取代" }));
    await user.click(screen.getByRole("button", { name: "匯入並存入活頁簿" }));
    expect(actions.storeStandard).toHaveBeenCalledWith(shorter);
  });

  it("with the same content needs no confirmation", async () => {
    const { user, actions } = await openImport();
    const same = parseSeed(SEED_003).standard;
    await user.click(screen.getByRole("textbox", { name: "文件內容" }));
    await user.paste(JSON.stringify(toStandardsFile([same])));
    await user.click(screen.getByRole("button", { name: "檢查內容" }));
    const review = await screen.findByRole("article", { name: "貼上的文字" });
    expect(within(review).getByText(`會取代目前載入的 ${same.code}（內建）。`)).toBeTruthy();
    expect(within(review).queryByRole("checkbox")).toBeNull();
    await user.click(screen.getByRole("button", { name: "匯入並存入活頁簿" }));
    expect(actions.storeStandard).toHaveBeenCalledWith(same);
  });
});
