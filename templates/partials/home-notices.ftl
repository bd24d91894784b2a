<#ftl output_format="HTML">
<#-- Top of the home page: the campaign notice (calendar feature) goes here. -->
