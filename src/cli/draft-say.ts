/**
 * The drafter's prose (engine `DraftText` codes) as model text `{ zh, en }`, from the app's own messages
 * (`draft_text_*` of en.json and zh.json), so a draft model written by the CLI says what one drafted in the
 * browser says, in both languages whatever `--lang` is (the model file holds both).
 */
import { renderDraftTexts, type DraftLookup, type DraftSay } from '../lib/engine/index';
import { fill, MESSAGES } from './issue-text';

const lookup: DraftLookup = (key, params, locale) => {
	const template = MESSAGES[locale][key];
	// A missing message is a bug (draft-say.test.ts renders every code).
	if (template === undefined) throw new Error(`no ${locale} message ${key}`);
	return fill(template, params);
};

/** The CLI's renderer of the drafter's prose. */
export const cliSayDraft: DraftSay = (texts) => renderDraftTexts(texts, lookup);
