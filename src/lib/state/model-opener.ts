/**
 * How a share link naming a stored model (`model=ID`) gets that model running: read the stored models
 * afresh (another tab may have added it since), then use it as the models page does.
 */
import { locale } from './locale.svelte';
import type { ModelLibrary } from './model-library.svelte';
import type { ModelSource } from './model-source.svelte';
import type { ModelOpener } from './share-link.svelte';

/** Switches `source` to the model of `models` a link names: `missing` when not kept, `unusable` when it cannot run. */
export function modelOpener(models: ModelLibrary, source: ModelSource): ModelOpener {
	return async (id) => {
		models.refresh();
		if (!models.models.some((entry) => entry.id === id)) return 'missing';
		return (await models.use(id, source, locale.current)) ? 'used' : 'unusable';
	};
}
