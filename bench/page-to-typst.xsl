<?xml version="1.0" encoding="UTF-8"?>
<!-- Benchmark only: turns an ehcp page document (schema/page.xsd) into Typst
     markup, so Typst typesets exactly the content ehcp lays out. Text goes
     into Typst string literals, where only \ and " need escaping. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:h="http://www.w3.org/1999/xhtml">
  <xsl:output method="text" encoding="UTF-8"/>
  <xsl:strip-space elements="*"/>

  <xsl:template match="/h:html">
    <xsl:text>#set document(title: </xsl:text>
    <!-- code mode: a bare string literal, no leading # -->
    <xsl:call-template name="str"><xsl:with-param name="s" select="h:head/h:title"/><xsl:with-param name="hash" select="''"/></xsl:call-template>
    <xsl:text>)
#set text(font: "Liberation Sans", size: 11.5pt, lang: "en", region: "gb")
#set par(leading: 0.45em, spacing: 0.9em)
#set table(stroke: 0.5pt + rgb("#707070"), inset: 4pt)
#show heading.where(level: 1): set text(size: 20pt)
#show heading.where(level: 2): set text(size: 16pt)
#show heading.where(level: 3): set text(size: 13.5pt)
#set page(paper: "a4", margin: 20mm, header: context [#set text(size: 9pt); </xsl:text>
    <xsl:call-template name="str"><xsl:with-param name="s" select="h:head/h:meta[@name='ehcp:running-header']/@content"/></xsl:call-template>
    <xsl:text>], footer: context [#set text(size: 9pt); Page #counter(page).display() of #counter(page).final().first()])
#show heading: set block(sticky: true)
</xsl:text>
    <xsl:apply-templates select="h:body/*"/>
  </xsl:template>

  <!-- sections that start a page in ehcp start one here too -->
  <xsl:template match="h:section|h:div|h:nav">
    <xsl:if test="contains(concat(' ', @class, ' '), ' break-before ')"><xsl:text>&#10;#pagebreak(weak: true)&#10;</xsl:text></xsl:if>
    <xsl:apply-templates/>
  </xsl:template>
  <!-- the contents: Typst's own outline (with page numbers), as ehcp draws one -->
  <xsl:template match="h:nav[contains(concat(' ', @class, ' '), ' toc ')]">
    <xsl:text>&#10;#pagebreak(weak: true)&#10;#outline(depth: 2)&#10;#pagebreak(weak: true)&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="h:h1|h:h2|h:h3|h:h4|h:h5|h:h6">
    <xsl:text>&#10;#heading(level: </xsl:text><xsl:value-of select="substring(local-name(), 2)"/>
    <xsl:text>)[</xsl:text><xsl:apply-templates/><xsl:text>]&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="h:p"><xsl:text>&#10;#par[</xsl:text><xsl:apply-templates/><xsl:text>]&#10;</xsl:text></xsl:template>
  <xsl:template match="h:ul|h:ol">
    <xsl:text>&#10;#</xsl:text><xsl:value-of select="substring('listenum', 1 + 4 * (local-name() = 'ol'), 4)"/>
    <xsl:text>(</xsl:text>
    <xsl:for-each select="h:li"><xsl:text>[</xsl:text><xsl:apply-templates/><xsl:text>], </xsl:text></xsl:for-each>
    <xsl:text>)&#10;</xsl:text>
  </xsl:template>
  <xsl:template match="h:table">
    <xsl:variable name="cols" select="count((.//h:tr)[1]/*)"/>
    <xsl:text>&#10;#table(columns: </xsl:text><xsl:value-of select="$cols"/><xsl:text>,&#10;</xsl:text>
    <xsl:if test="h:thead">
      <xsl:text>table.header(</xsl:text>
      <xsl:for-each select="h:thead/h:tr/*"><xsl:call-template name="cell"/></xsl:for-each>
      <xsl:text>),&#10;</xsl:text>
    </xsl:if>
    <xsl:for-each select="h:tbody/h:tr/*"><xsl:call-template name="cell"/></xsl:for-each>
    <xsl:text>)&#10;</xsl:text>
  </xsl:template>
  <xsl:template name="cell">
    <xsl:choose>
      <xsl:when test="@colspan"><xsl:text>table.cell(colspan: </xsl:text><xsl:value-of select="@colspan"/><xsl:text>)[</xsl:text></xsl:when>
      <xsl:otherwise><xsl:text>[</xsl:text></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="self::h:th"><xsl:text>#strong[</xsl:text></xsl:if>
    <xsl:apply-templates/>
    <xsl:if test="self::h:th"><xsl:text>]</xsl:text></xsl:if>
    <xsl:text>], </xsl:text>
  </xsl:template>
  <xsl:template match="h:caption"/>
  <xsl:template match="h:img">
    <xsl:text>#block[</xsl:text>
    <xsl:call-template name="str"><xsl:with-param name="s" select="@alt"/></xsl:call-template>
    <xsl:text>]</xsl:text>
  </xsl:template>
  <xsl:template match="h:strong"><xsl:text>#strong[</xsl:text><xsl:apply-templates/><xsl:text>]</xsl:text></xsl:template>
  <xsl:template match="h:em"><xsl:text>#emph[</xsl:text><xsl:apply-templates/><xsl:text>]</xsl:text></xsl:template>
  <xsl:template match="h:br"><xsl:text>#linebreak()</xsl:text></xsl:template>
  <xsl:template match="h:a|h:span"><xsl:apply-templates/></xsl:template>
  <xsl:template match="text()">
    <xsl:call-template name="str"><xsl:with-param name="s" select="."/></xsl:call-template>
  </xsl:template>

  <!-- a Typst string literal: #"…" with \ and " escaped -->
  <xsl:template name="str">
    <xsl:param name="s"/>
    <xsl:param name="hash" select="'#'"/>
    <xsl:value-of select="$hash"/><xsl:text>"</xsl:text>
    <xsl:call-template name="esc">
      <xsl:with-param name="s"><xsl:call-template name="esc"><xsl:with-param name="s" select="$s"/><xsl:with-param name="c" select="'\'"/></xsl:call-template></xsl:with-param>
      <xsl:with-param name="c" select="'&quot;'"/>
    </xsl:call-template>
    <xsl:text>"</xsl:text>
  </xsl:template>
  <xsl:template name="esc">
    <xsl:param name="s"/><xsl:param name="c"/>
    <xsl:choose>
      <xsl:when test="contains($s, $c)">
        <xsl:value-of select="substring-before($s, $c)"/><xsl:text>\</xsl:text><xsl:value-of select="$c"/>
        <xsl:call-template name="esc"><xsl:with-param name="s" select="substring-after($s, $c)"/><xsl:with-param name="c" select="$c"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
