import { makeStyles, mergeClasses, Subtitle2, tokens } from "@fluentui/react-components";
import { column } from "../style-blocks";
import { useId } from "react";
import type { StandardIndex } from "../../../catalog";
import type { Duty, Task } from "../../../model";
import { useI18n } from "../../i18n/context";
import { CopyCode } from "../CopyCode";
import { useDetailStyles } from "./detail-styles";
import { LevelBlockView } from "./LevelBlockView";

const useStyles = makeStyles({
  duty: {
    ...column(tokens.spacingVerticalM),
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  task: column(tokens.spacingVerticalS),
  titleRow: { display: "flex", alignItems: "flex-start", gap: tokens.spacingHorizontalXS },
  title: { margin: 0, overflowWrap: "anywhere", flexGrow: 1, minWidth: 0 },
  dutyTitle: { fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
  taskTitle: { fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

function CodedHeading({ level, code, name }: { level: "h4" | "h5"; code: string; name: string }) {
  const styles = useStyles();
  const detail = useDetailStyles();
  const Heading = level;
  return (
    <div className={styles.titleRow}>
      <Heading
        className={mergeClasses(
          styles.title,
          detail.target,
          level === "h4" ? styles.dutyTitle : styles.taskTitle,
        )}
        data-target={`code:${code}`}
        tabIndex={-1}
      >
        {code} {name}
      </Heading>
      <CopyCode code={code} variant="icon" />
    </div>
  );
}

function TaskView({ task, index }: { task: Task; index: StandardIndex }) {
  const styles = useStyles();
  return (
    <div className={styles.task}>
      <CodedHeading level="h5" code={task.code} name={task.name} />
      {task.blocks.map((block, i) => (
        <LevelBlockView key={i} block={block} index={index} />
      ))}
    </div>
  );
}

function DutyView({ duty, index }: { duty: Duty; index: StandardIndex }) {
  const styles = useStyles();
  return (
    <div className={styles.duty}>
      <CodedHeading level="h4" code={duty.code} name={duty.name} />
      {duty.tasks.map((task) => (
        <TaskView key={task.code} task={task} index={index} />
      ))}
    </div>
  );
}

/** Duties → tasks → level blocks, in document order. */
export function DutyList({ index }: { index: StandardIndex }) {
  const { standard } = index;
  const detail = useDetailStyles();
  const { t } = useI18n();
  const id = useId();
  return (
    <section aria-labelledby={id} className={detail.section}>
      <Subtitle2 as="h3" id={id} className={detail.heading}>
        {t("dutiesHeading")}
      </Subtitle2>
      {standard.duties.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        standard.duties.map((duty) => <DutyView key={duty.code} duty={duty} index={index} />)
      )}
    </section>
  );
}
