<#ftl output_format="HTML">
<#-- After an article's body: the support box and share controls are added here by features. -->
