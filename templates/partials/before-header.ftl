<#ftl output_format="HTML">
<#-- Placed before the site header (the quick-exit control goes here on sensitive pages). -->
