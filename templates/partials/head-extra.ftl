<#ftl output_format="HTML">
<#-- Extra <head> tags (Open Graph and share metadata are added here by the sharing feature). -->
