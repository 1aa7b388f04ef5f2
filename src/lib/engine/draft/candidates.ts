/**
 * From a plan's text to candidate targets: clause by clause, each quantity read for its kind, threshold,
 * direction, deadline, subject, stated baseline and quote.
 */
import { quotedMask, splitClauses, trim, type Clause } from './clauses';
import { draftText, type DraftText } from './draft-text';
import { findDeadline, findFromYear, type DeadlineHit } from './deadline';
import { readKind, type Reading } from './kind';
import { findMentions, type Mention } from './mentions';
import { segmentsOf, type Segment } from './parts';
import { needsPrevious, splitSubjects, subjectOf } from './subject';
import type { Candidate } from './types';
import { clean, guessUnit } from './units';

/** The plan's period: base year (known values) and end year (default deadline). */
export interface Years {
	base: number;
	end: number;
}

/** Every candidate target of `original`; `simple` is its simplified form (same length). */
export function findCandidates(original: string, simple: string, years: Years): Candidate[] {
	const quoted = quotedMask(simple);
	const out: Candidate[] = [];
	let sentence = -1;
	let sentenceDeadline: DeadlineHit | undefined;
	let previousSubject = '';
	const clauses = splitClauses(simple);
	const past = pastSentences(simple, clauses, years.base);
	let previousClause: Clause | undefined;
	for (const clause of clauses) {
		if (past.has(clause.sentence)) continue;
		const lastClause = previousClause;
		previousClause = clause;
		if (clause.sentence !== sentence) {
			sentence = clause.sentence;
			sentenceDeadline = undefined;
			previousSubject = '';
		}
		const mentions = findMentions(simple, clause, quoted);
		if (!mentions.length) {
			// 力争到“十四五”末, … : a clause that only sets the time reaches the rest of its sentence.
			sentenceDeadline = findDeadline(simple.slice(clause.start, clause.end), years.base) ?? sentenceDeadline;
			continue;
		}
		let inherited: Reading | undefined;
		for (const segment of segmentsOf(simple, clause, mentions, quoted)) {
			const lead = simple.slice(segment.start, segment.mention.start);
			const clauseLead = simple.slice(clause.start, segment.mention.start);
			let reading = readKind(lead, segment.mention);
			if (!reading) continue;
			// 新增A企业1000家、B企业100家以上: a later quantity with no verb of its own shares the one before.
			if (!reading.cued && inherited) reading = inherited;
			if (reading.cued) inherited = reading;
			let subject = subjectOf(
				original,
				simple,
				{ start: segment.start, end: segment.mention.start },
				{ start: segment.mention.end, end: segment.end }
			);
			let quoteStart = segment.start;
			if (needsPrevious(subject) && previousSubject) {
				subject = previousSubject + subject;
				if (segment.start > clause.start) quoteStart = clause.start;
			}
			// 经济发展进入全新阶段,年均增长6%左右: the clause before names what grows.
			if (!subject && lastClause && lastClause.sentence === clause.sentence) {
				subject = original.slice(lastClause.start, lastClause.end).trim();
				quoteStart = lastClause.start;
			}
			if (!subject) continue;
			previousSubject = subject;
			const deadline = findDeadline(clauseLead, years.base) ?? sentenceDeadline;
			const span = trim(original, { start: quoteStart, end: segment.end });
			const base = {
				...reading,
				subject,
				span,
				clauseLead,
				segment,
				deadline
			};
			const subjects = reading.kind === 'multiple' ? splitSubjects(subject) : [subject];
			for (const one of subjects) out.push(toCandidate(original, { ...base, subject: one }, years));
		}
	}
	return out;
}

/**
 * Sentences that report results rather than set targets: 过去五年…, 去年…, or a clause dated up to the base
 * year (2020年全市实现生产总值1097亿元, 从2016年的695.7亿元增加到2021年的1144.2亿元).
 */
// A year that dates what happened; not one a comparison starts from (比2020年, 从2016年的, 在2020年基础上).
const DATED = /(?<![比较从由])(20\d\d)年(?!远景|基础|相比)/g;

function pastSentences(simple: string, clauses: readonly Clause[], baseYear: number): Set<number> {
	const past = new Set<number>();
	// 2018年全区经济社会发展取得显著成效。地区生产总值达到379.95亿元…: a dated heading with no figure of
	// its own opens a recap, which runs to the end of its paragraph.
	let recap = false;
	let previousEnd = 0;
	for (const clause of clauses) {
		if (simple.slice(previousEnd, clause.start).includes('\n')) recap = false;
		previousEnd = clause.end;
		const text = simple.slice(clause.start, clause.end);
		const dated = [...text.matchAll(DATED)].map((m) => Number(m[1]));
		const before = dated.some((y) => y <= baseYear);
		if (before && RECAP_HEADING.test(text) && !/\d/.test(text.replace(DATED, ''))) recap = true;
		if (recap || /过去(?:一|五|十)年|五年来|去年|上年/.test(text) || before) past.add(clause.sentence);
	}
	return past;
}

const RECAP_HEADING = /取得|成效|成绩|成就/;

interface Read extends Reading {
	subject: string;
	span: { start: number; end: number };
	clauseLead: string;
	segment: Segment;
	deadline: DeadlineHit | undefined;
}

function toCandidate(original: string, read: Read, years: Years): Candidate {
	const mention: Mention = read.segment.mention;
	const notes: DraftText[] = [];
	if (read.note) notes.push(read.note);
	const deadline = read.deadline?.year ?? years.end;
	notes.push(
		read.deadline
			? draftText('deadline-read', { year: deadline, words: read.deadline.words })
			: draftText('deadline-default', { year: deadline })
	);
	const hedge = mention.hedge ?? '';
	const atMost = read.sign < 0 || /以内|以下/.test(hedge) || /不超过|不高于|控制在/.test(read.clauseLead);
	const hedged =
		/左右|上下/.test(hedge) || /力争|争取|约|预计/.test(read.clauseLead + (read.deadline?.words ?? ''));
	if (hedged) notes.push(draftText('hedged'));
	if (atMost && read.sign > 0) notes.push(draftText('ceiling'));
	const unit = mention.unit === 'multiple' ? guessUnit(read.subject) : mention.unit.unit;
	const candidate: Candidate = {
		quote: original.slice(read.span.start, read.span.end),
		start: read.span.start,
		end: read.span.end,
		subject: read.subject,
		kind: read.kind,
		threshold: clean(
			read.relative === 'fall'
				? 1 - mention.value
				: read.relative === 'rise'
					? 1 + mention.value
					: read.sign * mention.value
		),
		unit,
		direction: atMost ? 'atMost' : 'atLeast',
		hedged,
		deadline,
		notes
	};
	if (read.deadline) candidate.deadlineWords = read.deadline.words;
	const from = findFromYear(read.clauseLead);
	if (from !== undefined) {
		candidate.from = from;
		notes.push(draftText('measured-from', { year: from }));
	}
	if (mention.from !== undefined) {
		const stated = /(20\d\d)年/.exec(original.slice(mention.start, mention.end));
		candidate.baseline = { value: mention.from, year: stated ? Number(stated[1]) : years.base };
	}
	return candidate;
}
