/**
 * An indicator kind's short name in both languages, for issue params: a sentence that says why a parameter
 * does not apply names the kind in the reader's language (`gdp（增长型）`), never the model file's keyword.
 * Like the units' labels, these are names, not sentences; the sentences stay with the front ends' messages.
 */
import type { LocalizedParam } from './result';
import type { IndicatorKind } from './types';

const KIND_NAMES: Record<IndicatorKind, LocalizedParam> = {
	growth: { zh: '增长型', en: 'growth' },
	stock: { zh: '存量', en: 'stock' },
	flow: { zh: '流量', en: 'flow' },
	derived: { zh: '派生', en: 'derived' }
};

/** The name of `kind` in both languages. */
export function kindName(kind: IndicatorKind): LocalizedParam {
	return KIND_NAMES[kind];
}
