/** Jest stand-in for the build-time `bundled-standards` module: parses seeds/*.txt at run time. */
import { assertNoSeedErrors, readSeedStandards } from "../../scripts/seed-standards";

const { standards, problems } = readSeedStandards();
assertNoSeedErrors(problems);

export default standards;
