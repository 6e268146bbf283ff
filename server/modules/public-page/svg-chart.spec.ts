import { barChart } from "./svg-chart";

const points = [
  { label: "2021", value: 60, text: "60%" },
  { label: "2022", value: 62.5, text: "62,5%" },
];

describe("barChart", () => {
  it("draws one bar per year, labelled with the year and the Vietnamese value", () => {
    const svg = barChart({ title: "Độ che phủ rừng", description: "d", points, goalMin: 65 });
    expect(svg.match(/<rect class="bar"/g)).toHaveLength(2);
    expect(svg).toContain(">62,5%</text>");
    expect(svg).toContain(">2021</text>");
    expect(svg).toContain('<line class="goal"');
  });

  it("scales the tallest of bars and goal to the top of the plot", () => {
    const svg = barChart({ title: "t", description: "d", points, goalMin: 65 });
    // The goal (65) is the highest value: its line sits at the plot's top (y = 18).
    expect(svg).toMatch(/<line class="goal"[^>]*y1="18.0"/);
    const heights = [...svg.matchAll(/class="bar"[^>]*height="([\d.]+)"/g)].map((m) =>
      Number(m[1]),
    );
    expect(heights[1]).toBeGreaterThan(heights[0]);
  });

  it("shows a range goal as a band", () => {
    const svg = barChart({ title: "t", description: "d", points, goalMin: 7, goalMax: 7.5 });
    expect(svg).toContain('class="goal-band"');
    expect(svg).not.toContain('class="goal"');
  });

  it("escapes text and names itself for screen readers", () => {
    const svg = barChart({
      title: 'a <b> & "c"',
      description: "<script>",
      points: [{ label: "<x>", value: 1, text: "1" }],
    });
    expect(svg).not.toMatch(/<b>|<script>|<x>/);
    expect(svg).toContain("&lt;script&gt;");
    expect(svg).toMatch(/role="img" aria-labelledby="(c\w+)-t \1-d"/);
  });

  it("draws no bar without figures, and never NaN", () => {
    const svg = barChart({ title: "t", description: "d", points: [], goalMin: null });
    expect(svg).not.toContain('class="bar"');
    expect(svg).not.toContain("NaN");
  });
});
