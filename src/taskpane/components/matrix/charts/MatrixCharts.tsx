import { Button, makeStyles, Subtitle2, Text, tokens } from "@fluentui/react-components";
import { ArrowSyncRegular } from "@fluentui/react-icons";
import { useCallback, useEffect, useState } from "react";
import type { MatrixChartData } from "../../../../layout/staffing-matrix";
import type { TaskpaneActions } from "../../../actions/actions";
import { useI18n } from "../../../i18n/context";
import { column } from "../../style-blocks";
import { ColumnChart } from "./ColumnChart";
import { FiguresTable } from "./FiguresTable";
import { RadarChart } from "./RadarChart";

/** Where the pictures' figures come from: the workbook's sheet (Excel) or the plan (preview). */
export type ChartSource =
  | { kind: "sheet"; sheet: string; address: string; roleCount: number; unitCount: number }
  | { kind: "data"; data: MatrixChartData };

const LEVEL_COLOR = "#1F4E78";
const REQUIRED_COLOR = "#C55A11";
const COUNT_COLOR = "#2E75B6";

const useStyles = makeStyles({
  root: column(tokens.spacingVerticalM),
  heading: { margin: 0 },
  refresh: { alignSelf: "flex-start" },
});

async function sheetData(
  actions: TaskpaneActions,
  source: ChartSource & { kind: "sheet" },
): Promise<MatrixChartData> {
  if (actions.mode !== "excel") throw new Error("a sheet is read only in Excel");
  const [{ chartDataFromValues }, values] = await Promise.all([
    import(/* webpackChunkName: "matrix-layout" */ "../../../../layout/staffing-matrix"),
    actions.readSheetValues(source.sheet, source.address),
  ]);
  return chartDataFromValues(values, source.roleCount, source.unitCount);
}

/** The matrix's two pictures as accessible SVG, each with a table of the same figures. */
export function MatrixCharts({ source, actions }: { source: ChartSource; actions: TaskpaneActions }) {
  const styles = useStyles();
  const { t } = useI18n();
  const [read, setRead] = useState<MatrixChartData | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(() => {
    if (source.kind !== "sheet") return;
    sheetData(actions, source).then(
      (figures) => {
        setFailure(null);
        setRead(figures);
      },
      (error: unknown) => setFailure(error instanceof Error ? error.message : String(error)),
    );
  }, [actions, source]);
  useEffect(load, [load]);
  const data = source.kind === "data" ? source.data : read;

  return (
    <section aria-labelledby="matrix-charts-heading" className={styles.root}>
      <Subtitle2 as="h3" id="matrix-charts-heading" className={styles.heading}>
        {t("chartsHeading")}
      </Subtitle2>
      {failure !== null && <Text>{t("chartsReadFailed", { detail: failure })}</Text>}
      {data && <ChartsOf data={data} />}
      {source.kind === "sheet" && (
        <Button className={styles.refresh} icon={<ArrowSyncRegular />} onClick={load}>
          {t("chartsRefresh")}
        </Button>
      )}
    </section>
  );
}

function ChartsOf({ data }: { data: MatrixChartData }) {
  const { t } = useI18n();
  const { person } = data;
  const max = Math.max(1, ...(person ? [...person.levels, ...person.required] : []).map((v) => v ?? 0));
  return (
    <>
      {person ? (
        <>
          <Text weight="semibold" aria-hidden>
            {t("chartsRadarTitle", { name: person.name })}
          </Text>
          <RadarChart
            title={t("chartsRadarTitle", { name: person.name })}
            description={t("chartsRadarDesc", { name: person.name })}
            labels={data.units}
            max={max}
            series={[
              { name: t("chartsPersonLevel"), values: person.levels, color: LEVEL_COLOR },
              { name: t("chartsRoleRequired"), values: person.required, color: REQUIRED_COLOR, dashed: true },
            ]}
          />
          <FiguresTable
            caption={t("chartsRadarTitle", { name: person.name })}
            headers={[t("chartsUnit"), t("chartsPersonLevel"), t("chartsRoleRequired")]}
            rows={data.units.map((unit, i) => ({
              label: unit,
              values: [person.levels[i] ?? t("chartsNotRated"), person.required[i] ?? "—"],
            }))}
          />
        </>
      ) : (
        <Text>{t("chartsNoPerson")}</Text>
      )}
      <Text weight="semibold" aria-hidden>
        {t("chartsColumnTitle")}
      </Text>
      <ColumnChart
        title={t("chartsColumnTitle")}
        description={t("chartsColumnDesc")}
        labels={data.units}
        values={data.meeting}
        color={COUNT_COLOR}
      />
      <FiguresTable
        caption={t("chartsColumnTitle")}
        headers={[t("chartsUnit"), t("chartsPeople")]}
        rows={data.units.map((unit, i) => ({ label: unit, values: [data.meeting[i]] }))}
      />
    </>
  );
}
