<?xml version="1.0" encoding="UTF-8"?>
<!--
  policy-section.xsl: the sections that rendering with a policy adds
  to a plan, as one page document whose body holds only those sections;
  cli/cmd/render_policy.c moves them into the plan's page document before its
  sign-off (or word list) section, so every format gets the same pages.
    1. How your personal budget was worked out   (plan with a budget working)
    2. Your rights: review, mediation and appeal (final and amended plans)
    3. Contacting the council                    (always: the authority's name,
       contacts and Local Offer, so a plan without a budget still gets them)
  Input: policy_pages_input (see policy-pages.xsl). Parameter format:
  standard, easy-read or large-print (html and png use standard).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:pol="urn:ehcp:policy:1"
    exclude-result-prefixes="pol">

  <xsl:import href="policy-pages.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>

  <xsl:template match="/with-policy">
    <html lang="en-GB">
      <head>
        <title>Personal budget and your rights: <xsl:value-of select="working/@authority"/></title>
        <meta name="ehcp:profile" content="{$format}"/>
      </head>
      <body>
        <xsl:call-template name="pp-budget-section"/>
        <xsl:call-template name="pp-rights-section"/>
        <xsl:call-template name="pp-contacts-section"/>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
