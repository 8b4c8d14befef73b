/** The performance mark set when the pane has first rendered; the bench reads it. */
export const FIRST_RENDER_MARK = "taskpane-first-render";
