import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { StandardIndex } from "../../../catalog";
import type { LevelBlock } from "../../../model";
import { useI18n } from "../../i18n/context";
import { CodedList, type CodedLine } from "./CodedList";

const useStyles = makeStyles({
  block: {
    display: "flex",
    flexDirection: "column",
    alignItems: "stretch",
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalM,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke2}`,
  },
  level: { alignSelf: "flex-start" },
});

function itemLines(codes: string[], index: StandardIndex): CodedLine[] {
  return codes.map((code) => {
    const item = index.item(code);
    return { code, text: item.name, details: item.details };
  });
}

/** One level of a task: its outputs, indicators, knowledge and skills. */
export function LevelBlockView({ block, index }: { block: LevelBlock; index: StandardIndex }) {
  const styles = useStyles();
  const { t } = useI18n();
  return (
    <div className={styles.block}>
      <span className={styles.level}>
        <Badge appearance="tint" color="brand">
          {block.level === null ? t("levelUnknown") : t("blockLevel", { level: block.level })}
        </Badge>
      </span>
      <CodedList
        label={t("outputs")}
        lines={block.outputs.map((o) => ({ code: o.code, text: o.name, details: o.details }))}
      />
      <CodedList
        label={t("indicators")}
        lines={block.indicators.map((p) => ({ code: p.code, text: p.text }))}
      />
      <CodedList label={t("knowledge")} lines={itemLines(block.knowledge, index)} />
      <CodedList label={t("skills")} lines={itemLines(block.skills, index)} />
    </div>
  );
}
