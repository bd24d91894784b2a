<#ftl output_format="HTML">
<#-- Further home page sections (upcoming events, infographics, support) are added here by features. -->
<#include "home-infographics.ftl">
