<?xml version="1.0" encoding="UTF-8"?>
<!--
  review.xsl: the annual review report (schema/review.xsd) as a page document
  (schema/PAGE.md). One template for every format: the parameter "format"
  (standard | easy-read | large-print) picks the style profile, and easy read
  gets shorter headings and no tables wider than two columns.
  Order: who and when, views (the child's first), progress per outcome,
  needs, preparing for adulthood, personal budget, proposed changes,
  recommendation, attendance and advice, the report's author.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:r="urn:ehcp:review:1"
    xmlns:p="urn:ehcp:plan:1"
    exclude-result-prefixes="r p">

  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="format" select="'standard'"/>

  <xsl:variable name="easy" select="$format = 'easy-read'"/>
  <xsl:variable name="child" select="normalize-space(/r:review/r:child/r:name)"/>
  <!-- The schema says the kind of review is shown on the report. -->
  <xsl:variable name="kind-title">
    <xsl:choose>
      <xsl:when test="/r:review/@kind = 'early'">Early review report</xsl:when>
      <xsl:when test="/r:review/@kind = 'phase-transfer'">Phase transfer review report</xsl:when>
      <xsl:otherwise>Annual review report</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/r:review">
    <html>
      <xsl:attribute name="lang">
        <xsl:choose><xsl:when test="@xml:lang"><xsl:value-of select="@xml:lang"/></xsl:when><xsl:otherwise>en-GB</xsl:otherwise></xsl:choose>
      </xsl:attribute>
      <head>
        <title><xsl:value-of select="$kind-title"/>: <xsl:value-of select="$child"/></title>
        <meta name="ehcp:profile">
          <xsl:attribute name="content">
            <xsl:choose>
              <xsl:when test="$format = 'easy-read' or $format = 'large-print'"><xsl:value-of select="$format"/></xsl:when>
              <xsl:otherwise>review</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
        </meta>
        <meta name="author" content="{normalize-space(r:report/r:author)}"/>
        <meta name="subject" content="EHC plan review, plan {r:plan-ref/@id} version {r:plan-ref/@version}"/>
        <!-- Easy read and large print set a bigger header: keep it short enough
             not to be cut off after the child's name. -->
        <meta name="ehcp:running-header">
          <xsl:attribute name="content">
            <xsl:value-of select="$child"/>
            <xsl:choose><xsl:when test="$format = 'easy-read' or $format = 'large-print'"> · Review</xsl:when>
              <xsl:otherwise> · Review of EHC plan</xsl:otherwise></xsl:choose>
          </xsl:attribute>
        </meta>
      </head>
      <body>
        <section class="cover" id="about">
          <h1 id="title">Review of <xsl:value-of select="$child"/>’s EHC plan</h1>
          <xsl:call-template name="facts"/>
        </section>
        <xsl:if test="not($easy)"><nav class="toc"><h2>Contents</h2></nav></xsl:if>
        <xsl:call-template name="views"/>
        <xsl:call-template name="progress"/>
        <xsl:apply-templates select="r:changes-in-needs"/>
        <xsl:apply-templates select="r:preparing-for-adulthood"/>
        <xsl:apply-templates select="r:personal-budget-review"/>
        <xsl:apply-templates select="r:proposed-changes"/>
        <xsl:apply-templates select="r:recommendation"/>
        <xsl:call-template name="attendance"/>
        <xsl:apply-templates select="r:report"/>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="facts">
    <ul>
      <li>Kind of review: <xsl:choose>
        <xsl:when test="@kind = 'early'">early review (brought forward)</xsl:when>
        <xsl:when test="@kind = 'phase-transfer'">review before a move to a new school or college</xsl:when>
        <xsl:otherwise>annual review</xsl:otherwise></xsl:choose></li>
      <li>Meeting: <xsl:call-template name="date"><xsl:with-param name="d" select="r:meeting/@date"/></xsl:call-template>
        <xsl:if test="r:meeting/r:place">, <xsl:value-of select="normalize-space(r:meeting/r:place)"/></xsl:if></li>
      <xsl:if test="r:setting"><li>School or setting: <xsl:value-of select="normalize-space(r:setting)"/></li></xsl:if>
      <li>Year group: <xsl:value-of select="r:child/@year-group"/></li>
      <li>Plan reviewed: <xsl:value-of select="r:plan-ref/@id"/>, version <xsl:value-of select="r:plan-ref/@version"/></li>
      <li>Next review by: <xsl:call-template name="date"><xsl:with-param name="d" select="r:next-review/@date"/></xsl:call-template></li>
    </ul>
  </xsl:template>

  <xsl:template name="paras">
    <xsl:for-each select="r:p"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
  </xsl:template>

  <xsl:template name="views">
    <section id="views" class="break-before">
      <h1 id="views-h">
        <xsl:choose><xsl:when test="$easy">What people said</xsl:when><xsl:otherwise>Views, wishes and feelings</xsl:otherwise></xsl:choose>
      </h1>
      <xsl:for-each select="r:views[@voice != 'parent']">
        <h2 id="views-child-{position()}">What <xsl:value-of select="$child"/> said</h2>
        <xsl:call-template name="paras"/>
      </xsl:for-each>
      <xsl:for-each select="r:views[@voice = 'parent']">
        <h2 id="views-parent-{position()}">What <xsl:value-of select="$child"/>’s parent or carer said</h2>
        <xsl:call-template name="paras"/>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="rating">
    <xsl:param name="r" select="@rating"/>
    <xsl:choose>
      <xsl:when test="$r = 'achieved'">Achieved</xsl:when>
      <xsl:when test="$r = 'on-track'">On track</xsl:when>
      <xsl:when test="$r = 'some-progress'">Some progress</xsl:when>
      <xsl:when test="$r = 'no-progress'">No progress yet</xsl:when>
      <xsl:otherwise>Not started</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One table per outcome: a five-column table does not fit large print,
       and a table per outcome keeps each outcome's rows on one page. -->
  <xsl:template name="progress">
    <section id="progress" class="break-before">
      <h1 id="progress-h">Progress towards each outcome</h1>
      <xsl:for-each select="r:progress/r:outcome-review">
        <table class="keep">
          <caption>Outcome <xsl:value-of select="@ref"/>: <xsl:call-template name="rating"/></caption>
          <tbody>
            <!-- with ehcp render with a plan, the plan is attached to the review
                 (render_review_attach_plan) so the outcome's own words show -->
            <xsl:variable name="ref" select="@ref"/>
            <xsl:for-each select="/r:review/p:plan/p:section-e/p:outcome[@id = $ref]/p:statement">
              <tr><th scope="row">Outcome</th><td><p><xsl:value-of select="normalize-space(.)"/></p></td></tr>
            </xsl:for-each>
            <tr><th scope="row">Rating</th><td><xsl:call-template name="rating"/></td></tr>
            <tr><th scope="row">Evidence</th><td><xsl:for-each select="r:evidence"><xsl:call-template name="paras"/></xsl:for-each></td></tr>
            <tr><th scope="row">What worked</th><td><xsl:for-each select="r:what-worked"><xsl:call-template name="paras"/></xsl:for-each></td></tr>
            <tr><th scope="row">What did not work</th><td><xsl:for-each select="r:what-did-not"><xsl:call-template name="paras"/></xsl:for-each></td></tr>
            <xsl:if test="r:next-steps">
              <tr><th scope="row">Next steps</th><td><xsl:for-each select="r:next-steps"><xsl:call-template name="paras"/></xsl:for-each></td></tr>
            </xsl:if>
          </tbody>
        </table>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template match="r:changes-in-needs">
    <section id="needs"><h1 id="needs-h">Changes in needs</h1><xsl:call-template name="paras"/></section>
  </xsl:template>

  <xsl:template match="r:preparing-for-adulthood">
    <section id="pfa">
      <h1 id="pfa-h">Preparing for adulthood</h1>
      <xsl:for-each select="r:area">
        <h2 id="pfa-{@name}"><xsl:call-template name="pfa-label"><xsl:with-param name="pfa" select="@name"/></xsl:call-template></h2>
        <xsl:call-template name="paras"/>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template match="r:personal-budget-review">
    <section id="budget">
      <h1 id="budget-h">Personal budget</h1>
      <xsl:for-each select="r:element-review">
        <h2 id="budget-{@ref}">Budget element <xsl:value-of select="@ref"/></h2>
        <xsl:call-template name="paras"/>
        <xsl:for-each select="r:direct-payment-monitoring">
          <p>Direct payment checked on <xsl:call-template name="date"><xsl:with-param name="d" select="@date"/></xsl:call-template>
            by <xsl:value-of select="@by"/>: <xsl:value-of select="@finding"/>. <xsl:value-of select="normalize-space(.)"/></p>
        </xsl:for-each>
      </xsl:for-each>
      <xsl:for-each select="r:request"><h2 id="budget-request">New request</h2><xsl:call-template name="paras"/></xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template match="r:proposed-changes">
    <section id="changes">
      <h1 id="changes-h">Proposed changes to the plan</h1>
      <ol>
        <xsl:for-each select="r:*">
          <li>
            <p><strong>
              <xsl:choose>
                <xsl:when test="self::r:add">Add <xsl:value-of select="local-name(p:*)"/>&#160;<xsl:value-of select="p:*/@id"/> to section <xsl:value-of select="translate(@section, 'bcdefghij', 'BCDEFGHIJ')"/></xsl:when>
                <xsl:when test="self::r:replace">Change <xsl:value-of select="@ref"/></xsl:when>
                <xsl:otherwise>Remove <xsl:value-of select="@ref"/></xsl:otherwise>
              </xsl:choose>
            </strong></p>
            <xsl:for-each select="p:*/p:statement | p:*/p:what | p:*/p:name | p:*/p:description[not(p:p)]">
              <p><xsl:value-of select="normalize-space(.)"/></p>
            </xsl:for-each>
            <xsl:for-each select="r:reason"><xsl:call-template name="paras"/></xsl:for-each>
          </li>
        </xsl:for-each>
      </ol>
    </section>
  </xsl:template>

  <xsl:template match="r:recommendation">
    <section id="recommendation">
      <h1 id="recommendation-h">Recommendation</h1>
      <div class="box">
        <p><strong>
          <xsl:choose>
            <xsl:when test="@decision = 'maintain'">Keep the plan as it is.</xsl:when>
            <xsl:when test="@decision = 'amend'">Change the plan as proposed.</xsl:when>
            <xsl:otherwise>Stop maintaining the plan.</xsl:otherwise>
          </xsl:choose>
        </strong></p>
        <xsl:for-each select="r:reasons"><xsl:call-template name="paras"/></xsl:for-each>
        <xsl:if test="r:outcome-met">
          <p>Outcomes met: <xsl:for-each select="r:outcome-met"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="@ref"/></xsl:for-each></p>
        </xsl:if>
        <xsl:for-each select="r:disagreement"><h2 id="disagreement">Different views</h2><xsl:call-template name="paras"/></xsl:for-each>
      </div>
    </section>
  </xsl:template>

  <xsl:template name="attendance">
    <section id="attendance" class="break-before">
      <h1 id="attendance-h">Who was invited</h1>
      <table>
        <caption>Invitations and attendance</caption>
        <thead><tr><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Notice given</th><th scope="col">Attended</th></tr></thead>
        <tbody>
          <xsl:for-each select="r:invitations/r:invitee">
            <tr>
              <td><xsl:value-of select="normalize-space(r:name)"/></td>
              <td><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="@role"/></xsl:call-template></td>
              <td><xsl:call-template name="date"><xsl:with-param name="d" select="@notice-given"/></xsl:call-template></td>
              <td><xsl:choose><xsl:when test="@attended = 'true' or @attended = '1'">Yes</xsl:when>
                <xsl:otherwise>No<xsl:if test="r:contribution">: <xsl:value-of select="normalize-space(r:contribution)"/></xsl:if></xsl:otherwise></xsl:choose></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
      <xsl:if test="r:advice/r:item">
        <h2 id="advice-h">Advice received</h2>
        <ul>
          <xsl:for-each select="r:advice/r:item">
            <li><xsl:value-of select="@author"/>: received <xsl:call-template name="date"><xsl:with-param name="d" select="@received"/></xsl:call-template>,
              sent to everyone <xsl:call-template name="date"><xsl:with-param name="d" select="@circulated"/></xsl:call-template></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template match="r:report">
    <section id="report">
      <div class="signature">
        <p>Report written by <xsl:value-of select="normalize-space(r:author)"/>, <xsl:value-of select="normalize-space(r:role)"/>,
          on <xsl:call-template name="date"><xsl:with-param name="d" select="@date"/></xsl:call-template>.</p>
      </div>
    </section>
  </xsl:template>
</xsl:stylesheet>
