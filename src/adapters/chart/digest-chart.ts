/**
 * The chart of the managers' digest: arrivals and closings per week over the last weeks, as a PNG that
 * a chat can show. Drawn as SVG here and rasterised by resvg (Rust, prebuilt for each platform), with
 * the DejaVu Sans font shipped as a package, so the image is the same on a server with no fonts.
 * Counts only, like the digest itself.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DigestChart, WeekCounts } from '../../app/desk/digest.js';

const WIDTH = 640;
const HEIGHT = 320;
const PLOT = { left: 48, right: WIDTH - 16, top: 56, bottom: HEIGHT - 40 };
export const CHART_COLOURS = { received: '#2f6fdb', closed: '#2e9e5b' } as const;

const escapeXml = (text: string): string => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A round upper bound for the axis (1, 2, 5, 10, 20, 25, 50 …) that is at least `max`; counts stay whole. */
function axisMax(max: number): number {
  if (max <= 1) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(max));
  const steps = magnitude >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10];
  return steps.map((m) => m * magnitude).find((m) => m >= max)!;
}

/** The chart as SVG: two bars a week (received, closed), the week's first day under each pair. */
export function digestChartSvg(title: string, weeks: readonly WeekCounts[]): string {
  const top = axisMax(Math.max(1, ...weeks.flatMap((w) => [w.received, w.closed])));
  const slot = (PLOT.right - PLOT.left) / Math.max(1, weeks.length);
  const barWidth = slot * 0.35;
  const y = (n: number) => PLOT.bottom - (n / top) * (PLOT.bottom - PLOT.top);
  const bars = weeks.flatMap((week, i) => {
    const x = PLOT.left + i * slot + slot * 0.15;
    const bar = (n: number, dx: number, colour: string, series: string) =>
      `<rect data-series="${series}" data-count="${n}" x="${(x + dx).toFixed(1)}" y="${y(n).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${(PLOT.bottom - y(n)).toFixed(1)}" fill="${colour}"/>`;
    return [
      bar(week.received, 0, CHART_COLOURS.received, 'received'),
      bar(week.closed, barWidth, CHART_COLOURS.closed, 'closed'),
      `<text x="${(x + barWidth).toFixed(1)}" y="${PLOT.bottom + 18}" text-anchor="middle">${week.from.toISOString().slice(5, 10)}</text>`,
    ];
  });
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" font-family="DejaVu Sans" font-size="12" fill="#333">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
    `<text x="${PLOT.left}" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    `<rect x="${PLOT.left}" y="34" width="10" height="10" fill="${CHART_COLOURS.received}"/><text x="${PLOT.left + 14}" y="43">received</text>`,
    `<rect x="${PLOT.left + 90}" y="34" width="10" height="10" fill="${CHART_COLOURS.closed}"/><text x="${PLOT.left + 104}" y="43">closed</text>`,
    `<line x1="${PLOT.left}" y1="${PLOT.bottom}" x2="${PLOT.right}" y2="${PLOT.bottom}" stroke="#999"/>`,
    `<line x1="${PLOT.left}" y1="${PLOT.top}" x2="${PLOT.right}" y2="${PLOT.top}" stroke="#ddd"/>`,
    `<text x="${PLOT.left - 6}" y="${PLOT.top + 4}" text-anchor="end">${top}</text>`,
    `<text x="${PLOT.left - 6}" y="${PLOT.bottom + 4}" text-anchor="end">0</text>`,
    ...bars,
    '</svg>',
  ].join('\n');
}

const fontFile = join(
  dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
  'ttf/DejaVuSans.ttf',
);

export interface RasterImage {
  readonly png: Uint8Array;
  readonly width: number;
  readonly height: number;
  /** RGBA, row by row. */
  readonly pixels: Uint8Array;
}

/** Rasterises SVG with resvg, loaded on first use: a process that posts no digest never loads it. */
export async function rasterise(svg: string): Promise<RasterImage> {
  const { Resvg } = await import('@resvg/resvg-js');
  const image = new Resvg(svg, {
    font: { fontFiles: [fontFile], loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return { png: image.asPng(), width: image.width, height: image.height, pixels: image.pixels };
}

export async function renderDigestChart(title: string, weeks: readonly WeekCounts[]): Promise<DigestChart> {
  const { png } = await rasterise(digestChartSvg(title, weeks));
  const series = weeks.map(
    (w) => `${w.from.toISOString().slice(0, 10)}: ${w.received} received, ${w.closed} closed`,
  );
  return { png, altText: `${title}. ${series.join('; ')}.` };
}
