/**
 * The public page's only style sheet, served as /cong-khai/style.css (not an
 * inline <style>), so a Content-Security-Policy of `style-src 'self'` covers
 * it with no nonce or hash. Mobile first: nothing has a fixed width, long
 * words wrap, tables scroll inside their own box.
 */
export const PUBLIC_CSS = `
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;color:#1b1b1b;background:#fafafa;overflow-wrap:anywhere}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}
header{background:#8b1a1a;color:#fff;max-width:none;padding:1rem 0}
header .inner{max-width:60rem;margin:0 auto;padding:0 1rem}
header a{color:#fff}
h1{font-size:1.4rem;margin:.2rem 0}
h2{font-size:1.2rem;margin:1.5rem 0 .5rem}
h3{font-size:1.05rem;margin:1rem 0 .3rem}
a{color:#0b4f9c}
.summary{font-size:1.15rem;font-weight:600;background:#fff;border-left:4px solid #8b1a1a;padding:.75rem 1rem}
.muted{color:#555;font-size:.9rem}
.lang{float:right;margin-left:1rem}
ol.targets{list-style:none;padding:0;margin:0}
ol.targets>li,section.indicator{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.75rem 1rem;margin:.75rem 0}
.verdict{display:inline-block;padding:0 .5rem;border-radius:1rem;font-size:.9rem;font-weight:600;border:1px solid currentColor}
.v-EXCEEDED,.v-MET{color:#1e6b1e}
.v-NOT_MET{color:#a11}
.v-NO_DATA{color:#555}
.table-wrap{overflow-x:auto;max-width:100%}
table{border-collapse:collapse;width:100%;font-size:.9rem;overflow-wrap:normal}
th,td{text-align:left;border-bottom:1px solid #e3e3e3;padding:.3rem .4rem;vertical-align:top}
td.num,td.nowrap{white-space:nowrap}
td.num{text-align:right}
svg.chart{display:block;width:100%;max-width:28rem;height:auto;margin:.5rem 0}
svg.chart .bar{fill:#3b6ea8}
svg.chart .goal{stroke:#a11;stroke-width:2;stroke-dasharray:4 3}
svg.chart .goal-band{fill:#f3c9c9}
svg.chart text{font-size:10px;fill:#333}
.assessment{background:#fff8e1;padding:.4rem .6rem;border-radius:4px}
.note{font-size:.85rem;color:#444}
.differs{color:#a11}
.term{background:#f2f6fb;padding:.4rem .6rem;border-radius:4px}
details{margin:.5rem 0}
summary{cursor:pointer;color:#0b4f9c}
footer{font-size:.9rem;color:#444}
`;
