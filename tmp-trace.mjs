import puppeteer from 'puppeteer-core';
const browser = await puppeteer.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
await page.setViewport({ width: 1200, height: 900 });
await page.tracing.start({ categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline'] });
await page.goto('http://127.0.0.1:8765/bench/counties.html?lib=ours');
const r = await page.evaluate(() => window.benchDone);
const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
console.log(JSON.stringify(r));
const ev = trace.traceEvents;
const main = ev.find((e) => e.name === 'thread_name' && e.args.name === 'CrRendererMain');
const nav = ev.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart' || e.name === 'markAsMainFrame')?.ts ?? ev.filter((e) => e.tid === main.tid && e.ts > 0).sort((a,b)=>a.ts-b.ts)[0].ts;
const tasks = ev.filter((e) => e.name === 'RunTask' && e.tid === main.tid && e.dur > 5000).sort((a, b) => a.ts - b.ts);
for (const t of tasks) {
  const inside = ev.filter((e) => e.tid === main.tid && e.ts >= t.ts && e.ts < t.ts + t.dur && e.dur > 3000 && !/RunTask|GC|V8\.|v8\.(run|compile)/.test(e.name)).slice(0, 4);
  console.log(`${((t.ts - nav) / 1000).toFixed(0).padStart(5)} +${(t.dur / 1000).toFixed(0).padStart(4)}:`, inside.map((e) => `${e.name}${e.args?.data?.url ? '[' + e.args.data.url.split('/').pop().slice(0, 25) + ']' : ''}${e.args?.data?.functionName ? '(' + e.args.data.functionName + ')' : ''} ${(e.dur / 1000).toFixed(0)}`).join(', '));
}
await browser.close();
