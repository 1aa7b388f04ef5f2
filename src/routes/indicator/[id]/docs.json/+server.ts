/**
 * The reading notes of one indicator of the built-in plan and of its targets, as a static file
 * (`/indicator/<id>/docs.json`) written at build time: the app ships the plan without them (see
 * src/lib/view/model-docs.ts). The indicator page reads it in its `load`; SvelteKit inlines the response in
 * the prerendered page, so hydrating does not fetch it again.
 */
import { error, json } from '@sveltejs/kit';
import full from '$models/shinan-2022-2026.json';
import type { Model } from '$lib/engine';
import { docsOf } from '$lib/view';
import type { EntryGenerator, RequestHandler } from './$types';

const model = full as unknown as Model;

export const prerender = true;

export const entries: EntryGenerator = () => model.indicators.map(({ id }) => ({ id }));

export const GET: RequestHandler = ({ params }) => {
	if (!model.indicators.some((i) => i.id === params.id)) error(404, `no indicator "${params.id}"`);
	return json(docsOf(model, params.id));
};
