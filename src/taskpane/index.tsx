import standards from "bundled-standards";
import { renderTaskpane } from "./startup/render";
import { detectHost, type OfficeLike } from "./startup/detect-host";

/** office.js may be missing altogether in a plain browser (see taskpane.html). */
const office: OfficeLike | undefined = typeof Office === "undefined" ? undefined : Office;
const root = document.getElementById("root");

if (root) {
  void detectHost(office, navigator.language).then((host) => renderTaskpane(root, host, standards));
}
