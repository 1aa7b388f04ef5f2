/**
 * A chart on the page as a file that stands on its own: the chart's `<svg>` with every style it gets
 * from stylesheets and custom properties written onto its elements (so it renders the same in a viewer,
 * an editor or a slide), on a white background, under its title and legend (which are HTML on the page).
 * PNG is that SVG drawn on a canvas at twice its size. Browser only: call from a click handler.
 */

/** The presentation properties copied from the computed style onto each element. */
const PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'stroke-opacity',
	'opacity',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'visibility'
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';
const TITLE_SIZE = 15;
const LEGEND_SIZE = 12;
const PAD = 12;

/** Writes the computed presentation style of each element of `source` onto its twin in `copy`. */
function inlineStyles(source: Element, copy: Element): void {
	const computed = getComputedStyle(source);
	const declarations = PROPERTIES.map((p) => `${p}: ${computed.getPropertyValue(p)}`).filter(
		(d) => !d.endsWith(': ')
	);
	copy.setAttribute('style', declarations.join('; '));
	copy.removeAttribute('class');
	const sources = source.children;
	const copies = copy.children;
	for (let i = 0; i < sources.length && i < copies.length; i++) inlineStyles(sources[i]!, copies[i]!);
}

/** A copy of `svg` with its styles written in and its size fixed in pixels. */
function standaloneCopy(svg: SVGSVGElement): { node: SVGSVGElement; width: number; height: number } {
	const box = svg.getBoundingClientRect();
	const node = svg.cloneNode(true) as SVGSVGElement;
	inlineStyles(svg, node);
	const width = Math.round(box.width);
	const height = Math.round(box.height);
	node.setAttribute('width', String(width));
	node.setAttribute('height', String(height));
	node.removeAttribute('role');
	node.removeAttribute('aria-label');
	return { node, width, height };
}

/** The width of `text` in `font`, measured by a canvas (close to what an SVG viewer draws). */
function textWidth(text: string, font: string): number {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return text.length * 7;
	context.font = font;
	return context.measureText(text).width;
}

function svgElement<K extends keyof SVGElementTagNameMap>(
	name: K,
	attributes: Record<string, string | number>
): SVGElementTagNameMap[K] {
	const el = document.createElementNS(SVG_NS, name);
	for (const [key, value] of Object.entries(attributes)) el.setAttribute(key, String(value));
	return el;
}

/** The SVG text of the chart in `figure` (a LineChart's `<figure>`), with `title` above it, and its size. */
export function chartSvg(figure: Element, title: string): { svg: string; width: number; height: number } {
	const source = figure.querySelector<SVGSVGElement>('svg[role="img"]');
	if (!source) throw new Error('no chart to export');
	const chart = standaloneCopy(source);
	const fontFamily = getComputedStyle(figure).fontFamily || 'sans-serif';
	const width = Math.max(chart.width, 320);

	// The legend: each entry's swatch (a copy of the page's, styles written in) and its label, wrapped to the width.
	const legend = svgElement('g', {});
	let x = PAD;
	let y = PAD + TITLE_SIZE + 10;
	const rowHeight = LEGEND_SIZE + 8;
	for (const item of figure.querySelectorAll('.legend li')) {
		const swatch = item.querySelector('svg');
		const label = item.textContent?.trim() ?? '';
		const itemWidth = 24 + 6 + textWidth(label, `${LEGEND_SIZE}px ${fontFamily}`) + 16;
		if (x > PAD && x + itemWidth > width - PAD) {
			x = PAD;
			y += rowHeight;
		}
		if (swatch) {
			const copy = swatch.cloneNode(true) as SVGSVGElement;
			inlineStyles(swatch, copy);
			copy.setAttribute('x', String(x));
			copy.setAttribute('y', String(y - 10));
			copy.setAttribute('width', '24');
			copy.setAttribute('height', '12');
			legend.append(copy);
		}
		const text = svgElement('text', {
			x: x + 30,
			y,
			'font-size': LEGEND_SIZE,
			'font-family': fontFamily,
			fill: '#1b1b1f'
		});
		text.textContent = label;
		legend.append(text);
		x += itemWidth;
	}
	const top = y + 12;
	const height = top + chart.height + PAD;

	const root = svgElement('svg', {
		xmlns: SVG_NS,
		width,
		height,
		viewBox: `0 0 ${width} ${height}`,
		'font-family': fontFamily
	});
	const name = svgElement('title', {});
	name.textContent = title;
	root.append(name);
	root.append(svgElement('rect', { x: 0, y: 0, width, height, fill: '#ffffff' }));
	const heading = svgElement('text', {
		x: PAD,
		y: PAD + TITLE_SIZE,
		'font-size': TITLE_SIZE,
		'font-weight': 600,
		'font-family': fontFamily,
		fill: '#1b1b1f'
	});
	heading.textContent = title;
	root.append(heading, legend);
	chart.node.setAttribute('x', '0');
	chart.node.setAttribute('y', String(top));
	root.append(chart.node);
	return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** `svg` (of `width` × `height`) drawn as a PNG at `scale` times its size. */
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
	const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
	try {
		const image = new Image();
		image.src = url;
		await image.decode();
		const canvas = document.createElement('canvas');
		canvas.width = Math.round(width * scale);
		canvas.height = Math.round(height * scale);
		const context = canvas.getContext('2d');
		if (!context) throw new Error('this browser cannot draw on a canvas');
		context.scale(scale, scale);
		context.drawImage(image, 0, 0, width, height);
		return await new Promise<Blob>((done, fail) =>
			canvas.toBlob((blob) => (blob ? done(blob) : fail(new Error('the PNG could not be made'))), 'image/png')
		);
	} finally {
		URL.revokeObjectURL(url);
	}
}
