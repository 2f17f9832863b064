/**
 * A small self-contained page that lists the API from /api/openapi.json. No CDN: the server must
 * work on networks without internet access, where Swagger UI's usual CDN build cannot load.
 */
export function docsPage(): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Flowhall API</title>
<style>
body{font-family:-apple-system,'PingFang SC','Noto Sans CJK SC',sans-serif;margin:0;padding:16px;color:#1f2328;max-width:1100px}
h1{font-size:22px}h2{font-size:17px;margin-top:24px;border-bottom:1px solid #ddd;padding-bottom:4px}
.op{display:flex;gap:8px;align-items:baseline;padding:4px 0;flex-wrap:wrap}
.m{font:600 12px monospace;padding:2px 6px;border-radius:4px;color:#fff;min-width:48px;text-align:center}
.get{background:#1c7ed6}.post{background:#2f9e44}.put{background:#e67700}.patch{background:#ae3ec9}.delete{background:#e03131}
code{font-size:13px}.s{color:#57606a}
</style></head><body>
<h1>Flowhall API</h1><p class="s">OpenAPI 文档 / document: <a href="/api/openapi.json">/api/openapi.json</a></p>
<div id="ops">加载中… / loading…</div>
<script>
fetch('/api/openapi.json').then(function (r) { return r.json(); }).then(function (doc) {
  var groups = {};
  Object.keys(doc.paths).sort().forEach(function (path) {
    Object.keys(doc.paths[path]).forEach(function (method) {
      var op = doc.paths[path][method];
      (groups[op.tags[0]] = groups[op.tags[0]] || []).push({ path: path, method: method, op: op });
    });
  });
  var root = document.getElementById('ops'); root.textContent = '';
  Object.keys(groups).sort().forEach(function (tag) {
    var h = document.createElement('h2'); h.textContent = tag; root.appendChild(h);
    groups[tag].forEach(function (entry) {
      var row = document.createElement('div'); row.className = 'op';
      var m = document.createElement('span'); m.className = 'm ' + entry.method; m.textContent = entry.method.toUpperCase();
      var c = document.createElement('code'); c.textContent = entry.path;
      var s = document.createElement('span'); s.className = 's'; s.textContent = entry.op.summary;
      row.appendChild(m); row.appendChild(c); row.appendChild(s); root.appendChild(row);
    });
  });
});
</script></body></html>`;
}
