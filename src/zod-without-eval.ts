/**
 * Runs first in both bundles of the task pane's page. zod compiles its object parsers with
 * `new Function` and, to find out whether it may, tries one at load; under the page's
 * Content-Security-Policy (no 'unsafe-eval') that try is refused and reported as a violation.
 * jitless skips both; the schemas must not be built before this has run.
 */
import { z } from "zod";

z.config({ jitless: true });
