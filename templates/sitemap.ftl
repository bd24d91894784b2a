<#ftl output_format="XML">
<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
<#list entries as e>
  <url><loc>${site.baseUrl}${e.url}</loc><lastmod>${e.lastmod}</lastmod></url>
</#list>
</urlset>
