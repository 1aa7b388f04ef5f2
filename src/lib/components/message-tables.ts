/**
 * The issue and finding sentences, loaded on first use. Their message tables (every `issue_*` and
 * `finding_*` message in both languages, with the catalogues that say how each param is shown) are the
 * largest text in the app, and the overview shows none of it until something goes wrong or the
 * consistency check reports, so they are not part of the page's first load (issue 11, goal 1). A
 * component reads `issueWords.current?.issueText(…)`: `undefined` (nothing shown) for the moment the table
 * is on its way, then the sentence.
 *
 * No prerendered page shows an issue or a finding at first paint (the overview's findings come with the
 * first settled results), so the server render needs no sentence either. A page that ever does should
 * await `issueWords.ready()` in its load function, which runs on the server and before hydrating, so its
 * HTML carries the sentence and hydration finds the same. (A static import for the server, even in a
 * branch the browser build drops, made the bundler put the tables back into the page's first chunk.)
 */
import { LazyModule } from '$lib/state';

/** `issueText`, `issuesLine` (view/issue-text.ts), fetched on first use. */
export const issueWords = new LazyModule(() => import('$lib/view/issue-text'));

/** `findingText` (view/finding-text.ts), fetched on first use. */
export const findingWords = new LazyModule(() => import('$lib/view/finding-text'));
