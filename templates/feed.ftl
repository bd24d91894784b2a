<#ftl output_format="XML">
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">
  <title>${feedTitle}</title>
  <subtitle>${site.description}</subtitle>
  <id>${site.baseUrl}${feedUrl}</id>
  <link rel="self" type="application/atom+xml" href="${site.baseUrl}${feedUrl}"/>
  <link rel="alternate" type="text/html" href="${site.baseUrl}${alternateUrl}"/>
  <updated><#if entries?has_content>${entries[0].isoDate}T00:00:00+07:00<#else>2000-01-01T00:00:00+07:00</#if></updated>
  <author><name>${site.unit}</name></author>
<#list entries as e>
  <entry>
    <title>${e.title}</title>
    <id>${site.baseUrl}${e.url}</id>
    <link rel="alternate" type="text/html" href="${site.baseUrl}${e.url}"/>
    <updated>${e.isoDate}T00:00:00+07:00</updated>
    <published>${e.isoDate}T00:00:00+07:00</published>
    <author><name>${e.author!e.unit}</name></author>
    <#list e.tagLinks as t><category term="${t.slug}" label="${t.name}"/></#list>
    <summary>${e.summary}</summary>
  </entry>
</#list>
</feed>
