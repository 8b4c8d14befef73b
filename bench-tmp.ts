import { benchRead } from "./bench/read";
import { consoleReport } from "./bench/report";
benchRead(consoleReport());
