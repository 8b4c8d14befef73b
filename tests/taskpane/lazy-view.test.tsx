/** @jest-environment jsdom */
import { act, render, screen } from "@testing-library/react";
import { Suspense } from "react";
import { lazyView } from "../../src/taskpane/components/lazy-view";
import { I18nProvider } from "../../src/taskpane/i18n/context";
import type { Locale } from "../../src/model";

interface GreetingProps {
  name: string;
}

function Greeting({ name }: GreetingProps) {
  return <p>Hello, {name}</p>;
}

/** A chunk's import() the test settles by hand. */
function chunk() {
  let settle: { resolve(): void; reject(error: Error): void } | undefined;
  const load = jest.fn(
    () =>
      new Promise<{ Greeting: typeof Greeting }>((resolve, reject) => {
        settle = { resolve: () => resolve({ Greeting }), reject };
      }),
  );
  return { load, settle: () => settle! };
}

/** Rendered in an awaited act(), as React wants for a component that may suspend. */
async function renderIn(locale: Locale, View: (props: GreetingProps) => React.JSX.Element): Promise<void> {
  await act(async () => {
    render(
      <I18nProvider locale={locale}>
        <Suspense fallback={<p>loading</p>}>
          <View name="Mei" />
        </Suspense>
      </I18nProvider>,
    );
  });
}

describe("a view whose code loads when first shown", () => {
  it("shows the fallback until its chunk arrives, then the view with its props", async () => {
    const { load, settle } = chunk();
    await renderIn("zh", lazyView(load, "Greeting"));
    expect(screen.getByText("loading")).toBeTruthy();
    expect(screen.queryByText("Hello, Mei")).toBeNull();
    await act(async () => settle().resolve());
    expect(screen.getByText("Hello, Mei")).toBeTruthy();
    expect(screen.queryByText("loading")).toBeNull();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("renders at once when preloaded, and loads its chunk only once", async () => {
    const { load, settle } = chunk();
    const View = lazyView(load, "Greeting");
    const preloaded = View.preload();
    settle().resolve();
    await preloaded;
    await renderIn("en", View);
    expect(screen.getByText("Hello, Mei")).toBeTruthy();
    expect(screen.queryByText("loading")).toBeNull();
    await View.preload();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it.each([
    ["zh" as const, "無法載入這個畫面，請檢查網路連線後重試。", "重試"],
    ["en" as const, "This view could not be loaded. Check the connection and try again.", "Try again"],
  ])("says in %s when its chunk cannot load, and loads it again on retry", async (locale, message, retry) => {
    const { load, settle } = chunk();
    await renderIn(locale, lazyView(load, "Greeting"));
    await act(async () => settle().reject(new Error("Loading chunk 7 failed.")));
    expect(screen.getByText(message)).toBeTruthy();
    expect(screen.queryByText(/Loading chunk/)).toBeNull();

    // The retry suspends again: clicked in an awaited act().
    await act(async () => screen.getByRole("button", { name: retry }).click());
    expect(load).toHaveBeenCalledTimes(2);
    expect(screen.getByText("loading")).toBeTruthy();
    await act(async () => settle().resolve());
    expect(screen.getByText("Hello, Mei")).toBeTruthy();
    expect(screen.queryByText(message)).toBeNull();
  });
});
