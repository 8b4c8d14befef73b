/** Office's dark theme, in a module of its own so that only a dark Office loads it. */
export { webDarkTheme } from "@fluentui/react-theme";
