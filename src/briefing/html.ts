/** The briefing file's page around its inlined script and dataset (`npm run briefing`, the authoring page). */

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page: the map filling the window, the dataset as inert JSON, the script inline. */
export function briefingHtml(
  code: string,
  datasetJson: string,
  title: string,
  options: { lang?: string; scene?: string },
): string {
  const data = datasetJson.replace(/</g, '\\u003c');
  const script = code.replace(/<\/(script)/gi, '<\\/$1');
  const lang = options.lang ?? 'en';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="ties-console" content="same-page">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data: blob:; worker-src blob: data:; connect-src data: blob:">
<title>${escapeHtml(title)}</title>
<style>
html, body { margin: 0; height: 100%; background: #fff; }
body { font: 16px/1.5 system-ui, -apple-system, 'Segoe UI', sans-serif; }
ties-map { display: block; min-height: 100vh; --ties-map-height: calc(100vh - 14rem); }
</style>
</head>
<body>
<ties-map id="briefing" renderer="svg" loading="eager"${options.scene ? ` scene="${escapeHtml(options.scene)}"` : ''}${options.lang ? ` lang="${escapeHtml(options.lang)}"` : ''}></ties-map>
<script type="application/json" id="ties-briefing-data">${data}</script>
<script type="module">${script}</script>
</body>
</html>
`;
}
