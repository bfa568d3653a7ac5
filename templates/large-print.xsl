<?xml version="1.0" encoding="UTF-8"?>
<!--
  large-print.xsl: the statutory plan for readers with low vision. The same
  content and order as standard.xsl (it takes the "order" parameter too),
  drawn with the large-print style profile. Wide tables are replaced by one
  small table per item with a label column and a value column, so nothing
  needs to be read across many columns at 18 or 24 point.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:p="urn:ehcp:plan:1"
    exclude-result-prefixes="p">

  <xsl:import href="standard.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:param name="profile" select="'large-print'"/>

  <!-- As standard.xsl, but the contents list starts on a page of its own:
       at 18 point or more the cover is short, and a contents list that
       begins under it is easy to miss. -->
  <xsl:template match="p:plan">
    <xsl:variable name="name"><xsl:call-template name="full-name"/></xsl:variable>
    <html>
      <xsl:attribute name="lang"><xsl:call-template name="lang"/></xsl:attribute>
      <xsl:call-template name="page-head">
        <xsl:with-param name="profile" select="$profile"/>
        <xsl:with-param name="title" select="concat('Education, Health and Care plan: ', $name)"/>
        <xsl:with-param name="header">
          <xsl:value-of select="concat($who, ' ', normalize-space(p:person/p:name/p:surname), ' · ')"/>
          <xsl:choose>
            <xsl:when test="@stage = 'draft'">Draft plan</xsl:when>
            <xsl:otherwise><xsl:call-template name="stage-label"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
      </xsl:call-template>
      <body>
        <xsl:call-template name="cover"/>
        <section id="contents" class="break-before">
          <nav class="toc"><h2>Contents</h2></nav>
        </section>
        <xsl:call-template name="personal-details"/>
        <xsl:call-template name="section-a"/>
        <xsl:choose>
          <xsl:when test="$order = 'national'"><xsl:call-template name="national-order"/></xsl:when>
          <xsl:otherwise><xsl:call-template name="classic-order"/></xsl:otherwise>
        </xsl:choose>
        <xsl:call-template name="section-i"/>
        <xsl:call-template name="section-j"/>
        <xsl:call-template name="section-k"/>
        <xsl:call-template name="golden-thread"/>
        <xsl:call-template name="hard-words"/>
        <xsl:call-template name="sign-off"/>
      </body>
    </html>
  </xsl:template>

  <!-- A label/value row that is always printed ("None" when empty), so
       every item's table has the same rows in the same order. -->
  <xsl:template name="lp-row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <tr>
      <th scope="row"><xsl:value-of select="$label"/></th>
      <td>
        <xsl:choose>
          <xsl:when test="normalize-space($value)"><xsl:value-of select="normalize-space($value)"/></xsl:when>
          <xsl:otherwise>None recorded</xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

  <xsl:template name="contacts-table">
    <xsl:param name="contacts"/>
    <xsl:for-each select="$contacts">
      <table class="item keep">
        <caption><xsl:value-of select="normalize-space(p:name)"/></caption>
        <tbody>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Relationship or role</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="contact-role"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Phone</xsl:with-param><xsl:with-param name="value" select="p:phone"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Email</xsl:with-param><xsl:with-param name="value" select="p:email"/></xsl:call-template>
        </tbody>
      </table>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="provision-table">
    <xsl:param name="items"/>
    <xsl:for-each select="$items">
      <table class="item keep">
        <caption><xsl:value-of select="concat(@id, ': ', normalize-space(p:what))"/></caption>
        <tbody>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Who</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="who-provides"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Ratio</xsl:with-param><xsl:with-param name="value" select="p:ratio"/></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">How often</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="how-often"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">How long</xsl:with-param><xsl:with-param name="value"><xsl:if test="p:duration/@minutes"><xsl:call-template name="duration"/></xsl:if></xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">When</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="provision-period"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Where</xsl:with-param><xsl:with-param name="value" select="p:setting"/></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Funded by</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="funded-by-label"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Links</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="provision-links"/></xsl:with-param></xsl:call-template>
        </tbody>
      </table>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="placement-table">
    <xsl:param name="placements"/>
    <xsl:for-each select="$placements">
      <table class="item keep">
        <caption><xsl:value-of select="normalize-space(p:name)"/></caption>
        <tbody>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Type of setting</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="placement-kind-label"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Attendance</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="placement-type-label"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Days</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="placement-days"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Reference</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="placement-reference"/></xsl:with-param></xsl:call-template>
        </tbody>
      </table>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="budget-table">
    <xsl:param name="elements"/>
    <xsl:for-each select="$elements">
      <table class="item keep">
        <caption><xsl:value-of select="concat(@id, ': ', normalize-space(p:description))"/></caption>
        <tbody>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Paid from</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="budget-source-label"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">How it is paid</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="arrangement-label"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Amount each year</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="money"><xsl:with-param name="pence" select="p:annual-amount/@pence"/></xsl:call-template></xsl:with-param></xsl:call-template>
        </tbody>
      </table>
    </xsl:for-each>
    <table class="item total">
      <tbody>
        <tr>
          <th scope="row">Total each year</th>
          <td><strong><xsl:call-template name="budget-total"><xsl:with-param name="elements" select="$elements"/></xsl:call-template></strong></td>
        </tr>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template name="advice-table">
    <xsl:param name="advice"/>
    <xsl:for-each select="$advice">
      <table class="item keep">
        <caption><xsl:call-template name="advice-kind-label"/></caption>
        <tbody>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">From</xsl:with-param><xsl:with-param name="value" select="concat(@author, ', ', @role)"/></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Asked for</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="date"><xsl:with-param name="d" select="@requested"/></xsl:call-template></xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Received</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="date"><xsl:with-param name="d" select="@received"/></xsl:call-template></xsl:with-param></xsl:call-template>
          <xsl:call-template name="lp-row"><xsl:with-param name="label">Attached</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="yes-no"><xsl:with-param name="value" select="@appended"/></xsl:call-template></xsl:with-param></xsl:call-template>
        </tbody>
      </table>
    </xsl:for-each>
  </xsl:template>

  <!-- The golden thread as one two-column table per need. -->
  <xsl:template name="golden-thread-table">
    <xsl:param name="needs"/>
    <xsl:for-each select="$needs">
      <xsl:sort select="local-name(..)"/>
      <xsl:sort select="string-length(substring-before($area-order, concat(' ', @area, ' ')))" data-type="number"/>
      <xsl:sort select="@id"/>
      <table class="item keep golden-thread">
        <caption><xsl:value-of select="concat(@id, ': ')"/><xsl:call-template name="short-title"/></caption>
        <tbody>
          <tr><th scope="row">Outcomes</th><td><xsl:call-template name="thread-outcomes"/></td></tr>
          <tr><th scope="row">Provision</th><td><xsl:call-template name="thread-provision"/></td></tr>
        </tbody>
      </table>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
