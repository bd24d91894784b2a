<#ftl output_format="HTML">
<#-- Open Graph (Facebook, Zalo, Messenger previews) and Twitter card tags, from the sharing feature.
     The image is the page's own share card, else the site-wide default card; all URLs absolute. -->
<#assign shareCard = (page.shareCard)!((content.shareCard)!(defaultShareCard!{}))>
<meta property="og:title" content="${page.title}">
<meta property="og:description" content="${page.description?has_content?then(page.description, site.description)}">
<meta property="og:url" content="${site.baseUrl}${page.url}">
<meta property="og:type" content="${(page.type == "article")?then("article", "website")}">
<meta property="og:locale" content="vi_VN">
<meta property="og:site_name" content="${site.name}">
<#if shareCard.url??>
<meta property="og:image" content="${site.baseUrl}${shareCard.url}">
<meta property="og:image:type" content="image/png">
<meta property="og:image:width" content="${shareCard.width?c}">
<meta property="og:image:height" content="${shareCard.height?c}">
<meta property="og:image:alt" content="${shareCard.alt}">
</#if>
<#if page.type == "article" && (content.isoDate)??><meta property="article:published_time" content="${content.isoDate}"></#if>
<meta name="twitter:card" content="summary_large_image">
<#if (tag.url)?? && (tag.name)??><link rel="alternate" type="application/atom+xml" title="${site.name} – ${tag.name}" href="${base}${tag.url}feed.xml"></#if>
