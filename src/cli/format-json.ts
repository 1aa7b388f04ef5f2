/**
 * `--format json`: the report object and nothing else on stdout, so the output can be piped to a file
 * or to `jq` and read back as it is. Field by field description: src/cli/README.md.
 */
import type { Report } from './report';

/** The report as JSON, indented with 2 spaces, with a final newline. */
export function formatJson(report: Report): string {
	return JSON.stringify(report, null, 2) + '\n';
}
