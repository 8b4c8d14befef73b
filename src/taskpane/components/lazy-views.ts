/**
 * The views the pane does not open on. Their code is in chunks of its own, so the first render
 * compiles only what it shows; `preloadViews` fetches them once the pane has painted.
 */
import { lazyView } from "./lazy-view";

export const StandardDetail = lazyView(
  () => import(/* webpackChunkName: "view-detail" */ "./detail/StandardDetail"),
  "StandardDetail",
);
export const ImportView = lazyView(
  () => import(/* webpackChunkName: "view-import" */ "./import/ImportView"),
  "ImportView",
);
export const MatrixView = lazyView(
  () => import(/* webpackChunkName: "view-matrix" */ "./matrix/MatrixView"),
  "MatrixView",
);
export const CompareView = lazyView(
  () => import(/* webpackChunkName: "view-compare" */ "./versions/CompareView"),
  "CompareView",
);

export async function preloadViews(): Promise<void> {
  await Promise.all([StandardDetail, ImportView, MatrixView, CompareView].map((view) => view.preload()));
}
