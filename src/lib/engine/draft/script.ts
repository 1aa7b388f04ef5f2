/**
 * Traditional → simplified Chinese, one character for one character, so that every index in the mapped text
 * is the same index in the original: patterns match the simplified form and quotes are cut from the original.
 * The table holds the characters the drafting patterns and their usual neighbours use, not the whole script.
 */

// Pairs "traditional simplified", written as two parallel strings so the table stays readable.
const TRADITIONAL =
	'億萬長達過內經產産總額數資個處張場點實現計從約爭預標戶規劃於為與區業務設鎮濟費漲價糧單國倉' +
	'進額際貿易術權務參與發展開闢關係體質節營運廣場館藝術類養護線網絡電車輛標準準備據擬於' +
	'增強構築優勢歸納協調環境壽險擔保險證券銀貸款學習專項資金創業雙億圓門戶頁連續選舉團結員' +
	'機構處職稅收繳納農業綠華東嶺麗灣樓宇層級廠陸軍鐵漢橋島湖園範圍運營區縣鄉鎮陽陰雲豐產' +
	'佔遠後來減將噸時間帶製導屆報會黨醫療勞動競態圖書確兩鏈築護繕興戰較齡貢獻縮財歲遞';
const SIMPLIFIED =
	'亿万长达过内经产产总额数资个处张场点实现计从约争预标户规划于为与区业务设镇济费涨价粮单国仓' +
	'进额际贸易术权务参与发展开辟关系体质节营运广场馆艺术类养护线网络电车辆标准准备据拟于' +
	'增强构筑优势归纳协调环境寿险担保险证券银贷款学习专项资金创业双亿圆门户页连续选举团结员' +
	'机构处职税收缴纳农业绿华东岭丽湾楼宇层级厂陆军铁汉桥岛湖园范围运营区县乡镇阳阴云丰产' +
	'占远后来减将吨时间带制导届报会党医疗劳动竞态图书确两链筑护缮兴战较龄贡献缩财岁递';

const TABLE: ReadonlyMap<string, string> = (() => {
	const map = new Map<string, string>();
	const from = [...TRADITIONAL];
	const to = [...SIMPLIFIED];
	if (from.length !== to.length) throw new Error('script.ts: the two character tables differ in length');
	from.forEach((ch, i) => {
		const simplified = to[i] ?? ch;
		if (ch !== simplified) map.set(ch, simplified);
	});
	return map;
})();

/** The text with the traditional characters of the table replaced; same length, same indices. */
export function toSimplified(text: string): string {
	let out = '';
	for (const ch of text) out += TABLE.get(ch) ?? ch;
	return out;
}

/** True if the text holds more traditional-only characters of the table than a stray one. */
export function looksTraditional(text: string): boolean {
	let count = 0;
	for (const ch of text) if (TABLE.has(ch) && ++count >= 3) return true;
	return false;
}
