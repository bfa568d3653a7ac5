<?xml version="1.0" encoding="UTF-8"?>
<!-- Benchmark only: turns an ehcp page document into XSL-FO for Apache FOP in
     PDF/UA-1 mode, so FOP typesets exactly the content ehcp lays out. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:h="http://www.w3.org/1999/xhtml" xmlns:fo="http://www.w3.org/1999/XSL/Format"
    xmlns:fox="http://xmlgraphics.apache.org/fop/extensions">
  <xsl:output method="xml" encoding="UTF-8"/>
  <xsl:strip-space elements="*"/>

  <xsl:template match="/h:html">
    <fo:root xml:lang="{(@lang|@xml:lang)[1]}" font-family="LiberationSans" font-size="11.5pt" line-height="1.3">
      <fo:layout-master-set>
        <fo:simple-page-master master-name="a4" page-width="210mm" page-height="297mm" margin="10mm 20mm">
          <fo:region-body margin="10mm 0"/>
          <fo:region-before extent="8mm"/>
          <fo:region-after extent="8mm"/>
        </fo:simple-page-master>
      </fo:layout-master-set>
      <fo:declarations>
        <x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
          <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title><xsl:value-of select="h:head/h:title"/></dc:title></rdf:Description>
        </rdf:RDF></x:xmpmeta>
      </fo:declarations>
      <fo:page-sequence master-reference="a4">
        <fo:static-content flow-name="xsl-region-before" role="artifact">
          <fo:block font-size="9pt"><xsl:value-of select="h:head/h:meta[@name='ehcp:running-header']/@content"/></fo:block>
        </fo:static-content>
        <fo:static-content flow-name="xsl-region-after" role="artifact">
          <fo:block font-size="9pt" text-align="center">Page <fo:page-number/> of <fo:page-number-citation-last ref-id="end"/></fo:block>
        </fo:static-content>
        <fo:flow flow-name="xsl-region-body">
          <xsl:apply-templates select="h:body/*"/>
          <fo:block id="end"/>
        </fo:flow>
      </fo:page-sequence>
    </fo:root>
  </xsl:template>

  <!-- sections that start a page in ehcp start one here too -->
  <xsl:template match="h:section|h:div|h:nav">
    <fo:block>
      <xsl:if test="contains(concat(' ', @class, ' '), ' break-before ')"><xsl:attribute name="break-before">page</xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <!-- the contents with page numbers, as ehcp draws them -->
  <xsl:template match="h:nav[contains(concat(' ', @class, ' '), ' toc ')]">
    <fo:block break-before="page" break-after="page" role="TOC">
      <xsl:apply-templates select="h:h1|h:h2"/>
      <xsl:for-each select=".//h:a[starts-with(@href, '#')]">
        <fo:block text-align-last="justify" role="TOCI">
          <xsl:if test="ancestor::h:li[2]"><xsl:attribute name="start-indent">7mm</xsl:attribute></xsl:if>
          <fo:basic-link internal-destination="{substring(@href, 2)}" fox:alt-text="{normalize-space(.)}">
            <xsl:value-of select="."/>
            <fo:leader leader-pattern="space"/>
            <fo:page-number-citation ref-id="{substring(@href, 2)}"/>
          </fo:basic-link>
        </fo:block>
      </xsl:for-each>
    </fo:block>
  </xsl:template>
  <xsl:template match="h:h1|h:h2|h:h3|h:h4|h:h5|h:h6">
    <fo:block role="{translate(local-name(), 'h', 'H')}" font-weight="bold" keep-with-next="always"
        font-size="{normalize-space(substring('20  16  13.512  11.511.5', 4 * substring(local-name(), 2) - 3, 4))}pt" space-before="12pt" space-after="6pt">
      <xsl:if test="@id"><xsl:attribute name="id"><xsl:value-of select="@id"/></xsl:attribute></xsl:if>
      <xsl:apply-templates/>
    </fo:block>
  </xsl:template>
  <xsl:template match="h:p"><fo:block space-after="6pt" orphans="2" widows="2"><xsl:apply-templates/></fo:block></xsl:template>
  <xsl:template match="h:ul|h:ol">
    <fo:list-block space-after="5pt" provisional-distance-between-starts="6mm">
      <xsl:for-each select="h:li">
        <fo:list-item>
          <fo:list-item-label end-indent="label-end()"><fo:block><xsl:choose><xsl:when test="parent::h:ol"><xsl:value-of select="position()"/>.</xsl:when><xsl:otherwise>•</xsl:otherwise></xsl:choose></fo:block></fo:list-item-label>
          <fo:list-item-body start-indent="body-start()"><fo:block><xsl:apply-templates/></fo:block></fo:list-item-body>
        </fo:list-item>
      </xsl:for-each>
    </fo:list-block>
  </xsl:template>
  <xsl:template match="h:table">
    <fo:table table-layout="fixed" width="100%" border="0.5pt solid black" space-after="6pt">
      <xsl:if test="h:thead">
        <fo:table-header><xsl:apply-templates select="h:thead/h:tr"/></fo:table-header>
      </xsl:if>
      <fo:table-body><xsl:apply-templates select="h:tbody/h:tr"/></fo:table-body>
    </fo:table>
  </xsl:template>
  <xsl:template match="h:tr"><fo:table-row keep-together.within-page="always"><xsl:apply-templates select="h:th|h:td"/></fo:table-row></xsl:template>
  <xsl:template match="h:th|h:td">
    <fo:table-cell border="0.5pt solid black" padding="2pt">
      <xsl:if test="@colspan"><xsl:attribute name="number-columns-spanned"><xsl:value-of select="@colspan"/></xsl:attribute></xsl:if>
      <xsl:if test="self::h:th"><xsl:attribute name="font-weight">bold</xsl:attribute></xsl:if>
      <fo:block><xsl:apply-templates/></fo:block>
    </fo:table-cell>
  </xsl:template>
  <xsl:template match="h:caption"/>
  <xsl:template match="h:img"><fo:block><xsl:value-of select="@alt"/></fo:block></xsl:template>
  <xsl:template match="h:strong"><fo:inline font-weight="bold"><xsl:apply-templates/></fo:inline></xsl:template>
  <xsl:template match="h:em"><fo:inline font-style="italic"><xsl:apply-templates/></fo:inline></xsl:template>
  <xsl:template match="h:br"><fo:block/></xsl:template>
  <xsl:template match="h:a|h:span"><xsl:apply-templates/></xsl:template>
</xsl:stylesheet>
