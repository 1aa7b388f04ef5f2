/**
 * How a share link naming a stored model (`model=ID`) gets that model running: read the stored models
 * afresh (another tab may have added it since), then use it as the models page does.
 */
import { locale } from './locale.svelte';
import type { ModelLibrary } from './model-library.svelte';
import type { ModelSource } from './model-source.svelte';

/**
 * Switches `source` to stored model `id` of `models`: `used` once it runs, `missing` when this browser
 * does not keep it, `unusable` when it does but the model cannot run yet (unfinished, or refused).
 */
export async function openStoredModel(
	models: ModelLibrary,
	source: ModelSource,
	id: string
): Promise<'used' | 'missing' | 'unusable'> {
	models.refresh();
	if (!models.models.some((entry) => entry.id === id)) return 'missing';
	return (await models.use(id, source, locale.current)) ? 'used' : 'unusable';
}
