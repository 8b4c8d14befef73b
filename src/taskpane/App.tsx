import { FluentProvider, makeStyles, webLightTheme, type Theme } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookSession } from "../excel/workbook-session";
import type { Locale } from "../model";
import type { TaskpaneActions } from "./actions/actions";
import { TaskPane } from "./components/TaskPane";
import { LiveRegion } from "./components/LiveRegion";
import { I18nProvider } from "./i18n/context";
import { rememberLocale } from "./preferences";

// The pane fills the task pane window edge to edge (taskpane.html takes the body's margin away and
// rings a focused dropdown), in the theme's colours.
const useStyles = makeStyles({ root: { minHeight: "100vh" } });

export interface AppProps {
  session: WorkbookSession;
  actions: TaskpaneActions;
  locale: Locale;
  theme?: Theme;
}

/**
 * The task pane with its providers. The user can switch the language; the choice is remembered
 * and outlasts a reload (startup/render.tsx reads it back), in Excel and in preview mode.
 */
export function App({ session, actions, locale: initialLocale, theme = webLightTheme }: AppProps) {
  const styles = useStyles();
  const [locale, setLocale] = useState(initialLocale);
  const chooseLocale = (chosen: Locale): void => {
    rememberLocale(chosen);
    setLocale(chosen);
  };
  return (
    <FluentProvider theme={theme} className={styles.root}>
      <I18nProvider locale={locale}>
        <LiveRegion>
          <TaskPane session={session} actions={actions} onLocaleChange={chooseLocale} />
        </LiveRegion>
      </I18nProvider>
    </FluentProvider>
  );
}
