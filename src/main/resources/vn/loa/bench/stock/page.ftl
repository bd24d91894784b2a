<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${content.title}</title></head>
<body>
<h1>${content.title}</h1>
${content.body}
</body></html>
