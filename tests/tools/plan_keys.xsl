<?xml version="1.0" encoding="UTF-8"?>
<!-- tests/tools/plan_keys.xsl — key strings of a plan, read from the plan
     itself, for reading-order checks on the rendered PDF (pdftotext).
     xsltproc tests/tools/plan_keys.xsl PLAN.xml prints tab-separated lines:
       name  forenames surname
       A     the first paragraph of Section A
       B     the first need's first paragraph (Section B)
       E     the first outcome's statement (Section E)
       F     the first provision's "what" (Section F)
       area  AREA  need text  provision text: for the first broad area (in the
             national template's order) with a need that a provision meets
             first, that need's text and that provision's "what"
     Texts are whitespace-normalized; callers compare the first few words. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
                xmlns:p="urn:ehcp:plan:1">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:variable name="tab" select="'&#9;'"/>
  <xsl:variable name="nl" select="'&#10;'"/>

  <xsl:template match="/p:plan">
    <xsl:value-of select="concat('name', $tab, normalize-space(p:person/p:name/p:forenames), ' ',
                                 normalize-space(p:person/p:name/p:surname), $nl)"/>
    <xsl:value-of select="concat('A', $tab, normalize-space((p:section-a//p:p)[1]), $nl)"/>
    <xsl:value-of select="concat('B', $tab, normalize-space((p:section-b/p:need//p:p)[1]), $nl)"/>
    <xsl:value-of select="concat('E', $tab, normalize-space((p:section-e/p:outcome/p:statement)[1]), $nl)"/>
    <xsl:value-of select="concat('F', $tab, normalize-space((p:section-f/p:provision/p:what)[1]), $nl)"/>
    <xsl:variable name="needs" select="p:section-b/p:need[../../p:section-f/p:provision/p:need-ref[1]/@ref = @id]"/>
    <xsl:variable name="first" select="($needs[@area = 'communication-interaction'] | $needs[@area = 'cognition-learning'][not($needs[@area = 'communication-interaction'])] | $needs[@area = 'semh'][not($needs[@area = 'communication-interaction' or @area = 'cognition-learning'])] | $needs[@area = 'sensory-physical'][not($needs[@area != 'sensory-physical'])])[1]"/>
    <xsl:if test="$first">
      <!-- The area's first need (that is where the area's text starts). -->
      <xsl:variable name="area-need" select="p:section-b/p:need[@area = $first/@area][1]"/>
      <xsl:value-of select="concat('area', $tab, $first/@area, $tab,
                                   normalize-space(($area-need//p:p)[1]), $tab,
                                   normalize-space(p:section-f/p:provision[p:need-ref[1]/@ref = $first/@id][1]/p:what), $nl)"/>
    </xsl:if>
  </xsl:template>

  <!-- Not a plan (a review): nothing. -->
  <xsl:template match="/*" priority="-1"/>
</xsl:stylesheet>
