/**
 * A view whose code loads when it is first shown, under a Suspense boundary; `preload()` starts
 * the load ahead (startup does, once the pane has painted). A load that fails, the network
 * gone, says so with a retry instead of taking the pane down.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { use, useReducer, type ComponentType, type JSX } from "react";
import { useI18n } from "../i18n/context";

/** The view once its chunk has loaded, or "failed" when it could not. */
type Settled<Props> = { view: ComponentType<Props> } | "failed";

export interface LazyView<Props> {
  (props: Props): JSX.Element;
  preload(): Promise<void>;
}

function ViewLoadFailed({ onRetry }: { onRetry(): void }) {
  const { t } = useI18n();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>{t("viewLoadFailed")}</MessageBarBody>
      <MessageBarActions>
        <Button onClick={onRetry}>{t("retry")}</Button>
      </MessageBarActions>
    </MessageBar>
  );
}

export function lazyView<Name extends string, Props extends object>(
  load: () => Promise<Record<Name, ComponentType<Props>>>,
  name: Name,
): LazyView<Props> {
  let settled: Settled<Props> | null = null;
  let loading: Promise<void> | null = null;
  const preload = (): Promise<void> =>
    (loading ??= load().then(
      (module) => {
        settled = { view: module[name] };
      },
      () => {
        settled = "failed";
      },
    ));
  // Read through a function: TypeScript would keep `settled` narrowed to null across use().
  const current = (): Settled<Props> | null => settled;

  function View(props: Props): JSX.Element {
    const [, retried] = useReducer((count: number) => count + 1, 0);
    // One promise per load, kept: React suspends on it once and then reads it as settled.
    if (!current()) use(preload());
    const result = current()!;
    if (result === "failed") {
      const retry = (): void => {
        settled = null;
        loading = null;
        retried();
      };
      return <ViewLoadFailed onRetry={retry} />;
    }
    const Loaded = result.view;
    return <Loaded {...props} />;
  }
  return Object.assign(View, { preload });
}
