<?xml version="1.0" encoding="UTF-8"?>
<!--
  amendment-notice.xsl: the notice of proposed amendments to an EHC plan
  (SEND Regulations 2014 reg 22(2)) as a page document (schema/PAGE.md).
  Input: the diff XML that `ehcp diff - -notice-xml` writes (namespace
  urn:ehcp:diff:1, root amendment-notice). It says what would change, section
  by section, and the last day for comments: at least 15 days beginning with
  the day the notice is sent.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:d="urn:ehcp:diff:1"
    exclude-result-prefixes="d">

  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="format" select="'standard'"/>

  <xsl:template match="/d:amendment-notice">
    <xsl:variable name="child" select="normalize-space(d:child)"/>
    <html lang="en-GB">
      <head>
        <title>Proposed amendments to the EHC plan of <xsl:value-of select="$child"/></title>
        <meta name="ehcp:profile">
          <xsl:attribute name="content">
            <xsl:choose>
              <xsl:when test="$format = 'easy-read' or $format = 'large-print'"><xsl:value-of select="$format"/></xsl:when>
              <xsl:otherwise>standard</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
        </meta>
        <meta name="author" content="{normalize-space(d:local-authority)}"/>
        <meta name="subject" content="Notice of proposed amendments, plan {@plan-id}"/>
        <meta name="ehcp:running-header" content="{$child} · Proposed amendments"/>
      </head>
      <body>
        <section id="notice">
          <h1 id="notice-h">Proposed amendments to <xsl:value-of select="$child"/>’s EHC plan</h1>
          <p><xsl:value-of select="normalize-space(d:local-authority)"/> proposes to amend plan
            <xsl:value-of select="@plan-id"/> (version <xsl:value-of select="@old-version"/>) following its review.
            The proposed amended plan is version <xsl:value-of select="@new-version"/>.</p>
          <div class="box">
            <p><strong>Please send your comments by
              <xsl:call-template name="date"><xsl:with-param name="d" select="@comments-by"/></xsl:call-template>.</strong></p>
            <p>You have <xsl:value-of select="@comment-days"/> days from
              <xsl:call-template name="date"><xsl:with-param name="d" select="@issued"/></xsl:call-template>
              to comment on these changes, to ask for a particular school or college to be named, and to ask
              to meet an officer of the local authority.</p>
          </div>
        </section>
        <section id="changes">
          <h1 id="changes-h">What would change</h1>
          <xsl:call-template name="group"><xsl:with-param name="g" select="'needs'"/><xsl:with-param name="title" select="'Needs (sections B, C and D)'"/></xsl:call-template>
          <xsl:call-template name="group"><xsl:with-param name="g" select="'outcomes'"/><xsl:with-param name="title" select="'Outcomes (section E)'"/></xsl:call-template>
          <xsl:call-template name="group"><xsl:with-param name="g" select="'provision'"/><xsl:with-param name="title" select="'Provision (sections F, G, H1 and H2)'"/></xsl:call-template>
          <xsl:call-template name="group"><xsl:with-param name="g" select="'placement'"/><xsl:with-param name="title" select="'Placement (section I)'"/></xsl:call-template>
          <xsl:call-template name="group"><xsl:with-param name="g" select="'budget'"/><xsl:with-param name="title" select="'Personal budget (section J)'"/></xsl:call-template>
          <xsl:call-template name="group"><xsl:with-param name="g" select="'person'"/><xsl:with-param name="title" select="'Personal details'"/></xsl:call-template>
          <xsl:call-template name="group"><xsl:with-param name="g" select="'views'"/><xsl:with-param name="title" select="'Views, interests and aspirations (section A)'"/></xsl:call-template>
          <xsl:if test="not(d:change)"><p>No changes are proposed.</p></xsl:if>
        </section>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="group">
    <xsl:param name="g"/>
    <xsl:param name="title"/>
    <xsl:if test="d:change[@group = $g]">
      <h2 id="group-{$g}"><xsl:value-of select="$title"/></h2>
      <xsl:for-each select="d:change[@group = $g]">
        <div class="keep">
          <p><strong>
            <xsl:choose>
              <xsl:when test="@kind = 'added'">New: </xsl:when>
              <xsl:when test="@kind = 'removed'">Removed: </xsl:when>
              <xsl:otherwise>Changed: </xsl:otherwise>
            </xsl:choose>
            <xsl:value-of select="@id"/>
          </strong>
            <xsl:if test="d:summary"> — <xsl:value-of select="d:summary"/></xsl:if></p>
          <xsl:if test="d:field">
            <table>
              <caption>Changes to <xsl:value-of select="@id"/></caption>
              <thead><tr><th scope="col">Part</th><th scope="col">Now</th><th scope="col">Proposed</th></tr></thead>
              <tbody>
                <xsl:for-each select="d:field">
                  <tr>
                    <th scope="row"><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="translate(@name, '@', '')"/></xsl:call-template></th>
                    <td><xsl:value-of select="d:old"/></td>
                    <td><xsl:value-of select="d:new"/></td>
                  </tr>
                </xsl:for-each>
              </tbody>
            </table>
          </xsl:if>
        </div>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
