/**
 * The files a scenario leaves the app as: the series and targets as CSV (with a byte-order mark, since
 * these downloads are mostly opened in Excel, which misreads UTF-8 without one) and the run as JSON with
 * the CLI command that reproduces it. Text only; `download.ts` saves it.
 */
import { version } from '../../../../package.json';
import type { RunResult } from '$lib/engine';
import {
	exportScenarioJson,
	seriesCsv,
	targetsCsv,
	type Locale,
	type ModelShape,
	type ScenarioState
} from '$lib/scenarios';
import { fileName } from './file-names';

/** The app's version, written into every JSON export. */
export const APP_VERSION: string = version;

/** What an export is made of. */
export interface ExportSource {
	shape: ModelShape;
	state: ScenarioState;
	/** The run of `state`. */
	result: RunResult;
	/** The saved scenario's name, if it has one. */
	name?: string;
	notes?: string;
	/** The model file's name when it is not the built-in model (the CLI then needs `--model FILE`). */
	modelFile?: string;
	locale: Locale;
	date: Date;
}

export type ExportKind = 'series' | 'targets' | 'json';

/** One file: its name, its type and its text. */
export interface ExportFile {
	name: string;
	type: string;
	text: string;
}

/** The file of `kind` for `source`. */
export function exportFile(kind: ExportKind, source: ExportSource): ExportFile {
	const { shape, state, result, locale, date } = source;
	const base = { model: shape.id, name: source.name, date };
	switch (kind) {
		case 'series':
			return {
				name: fileName({ ...base, what: 'series' }, 'csv'),
				type: 'text/csv',
				text: seriesCsv(result, shape, { state, locale, bom: true })
			};
		case 'targets':
			return {
				name: fileName({ ...base, what: 'targets' }, 'csv'),
				type: 'text/csv',
				text: targetsCsv(result, { locale, bom: true })
			};
		case 'json':
			return {
				name: fileName(base, 'json'),
				type: 'application/json',
				text: exportScenarioJson({
					model: shape,
					scenario: state.scenario,
					...(state.actuals ? { actuals: state.actuals } : {}),
					...(state.uncertainty ? { uncertainty: state.uncertainty } : {}),
					result,
					createdAt: date,
					appVersion: APP_VERSION,
					...(source.name !== undefined ? { name: source.name } : {}),
					...(source.notes !== undefined ? { notes: source.notes } : {}),
					...(source.modelFile !== undefined ? { modelFile: source.modelFile } : {})
				})
			};
	}
}
