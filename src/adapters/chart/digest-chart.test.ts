import { describe, expect, it } from 'vitest';
import { CHART_COLOURS, digestChartSvg, rasterise, renderDigestChart } from './digest-chart.js';

const week = (day: number, received: number, closed: number) => ({
  from: new Date(Date.UTC(2026, 10, day)),
  received,
  closed,
});
const weeks = [week(2, 3, 0), week(9, 40, 12), week(16, 7, 30)];

const rgbAt = (image: { width: number; pixels: Uint8Array }, x: number, y: number) => {
  const i = (Math.round(y) * image.width + Math.round(x)) * 4;
  return `#${[...image.pixels.subarray(i, i + 3)].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
};

describe('the digest chart', () => {
  it('draws two bars a week, scaled to a round axis maximum, under an escaped title', () => {
    const svg = digestChartSvg('Requests <per week> & more', weeks);
    expect(svg).toContain('Requests &#60;per week&#62; &#38; more');
    expect(svg).not.toContain('<per week>');
    // 40 is the largest count, so the axis runs to 50 and a bar's height is proportional to its count.
    expect(svg).toMatch(/text-anchor="end">50</);
    const height = (series: string, count: number) =>
      Number(
        new RegExp(`data-series="${series}" data-count="${count}"[^>]*height="([\\d.]+)"`).exec(svg)?.[1],
      );
    expect(height('received', 40) / height('closed', 30)).toBeCloseTo(40 / 30, 1);
    expect(height('received', 40) / height('received', 7)).toBeCloseTo(40 / 7, 1);
    expect(svg.match(/data-series=/g)).toHaveLength(6);
  });

  it.each([
    [3, 5],
    [7, 10],
    [22, 25],
    [180, 200],
    [260, 500],
  ])('draws a week of %i requests against an axis of %i', (count, top) => {
    const svg = digestChartSvg('t', [week(2, count, 0)]);
    expect(svg).toContain(`text-anchor="end">${top}<`);
  });

  it('rasterises to a PNG whose bars have their colour and whose title is drawn with the shipped font', async () => {
    const svg = digestChartSvg('Privacy requests per week, importly', weeks);
    const image = await rasterise(svg);
    expect([image.width, image.height]).toEqual([640, 320]);
    expect(Buffer.from(image.png).subarray(1, 4).toString('latin1')).toBe('PNG');
    const bar = (series: string, count: number) => {
      const match = new RegExp(
        `data-series="${series}" data-count="${count}" x="([\\d.]+)" y="([\\d.]+)" width="([\\d.]+)" height="([\\d.]+)"`,
      ).exec(svg)!;
      const [x, y, w, h] = match.slice(1).map(Number) as [number, number, number, number];
      return { x: x + w / 2, y: y + h / 2 };
    };
    const received = bar('received', 40);
    const closed = bar('closed', 30);
    expect(rgbAt(image, received.x, received.y)).toBe(CHART_COLOURS.received);
    expect(rgbAt(image, closed.x, closed.y)).toBe(CHART_COLOURS.closed);
    // Without a font the title would be left blank: some of its pixels must be dark.
    let dark = 0;
    for (let x = 48; x < 330; x++)
      for (let y = 10; y < 28; y++) if (rgbAt(image, x, y) < '#808080') dark += 1;
    expect(dark).toBeGreaterThan(100);
  });

  it('describes every week in its alternative text', async () => {
    const chart = await renderDigestChart('Privacy requests per week, zmapi', weeks);
    expect(chart.altText).toBe(
      'Privacy requests per week, zmapi. 2026-11-02: 3 received, 0 closed; 2026-11-09: 40 received, 12 closed; 2026-11-16: 7 received, 30 closed.',
    );
  });
});
