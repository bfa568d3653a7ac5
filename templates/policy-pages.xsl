<?xml version="1.0" encoding="UTF-8"?>
<!--
  policy-pages.xsl: the two pages a plan gets when it is rendered with the
  local authority's personal budget policy:
    "How your personal budget was worked out"  (every plan with a budget working)
    "Your rights: review, mediation and appeal" (final and amended plans)

  Input: the document cli/policy/policy_pages.c builds (policy_pages_input):
    /with-policy/p:plan        a copy of the plan
    /with-policy/pol:policy    a copy of the policy
    /with-policy/working       what C computed, as display text:
      @authority @policy @stage @status @issued @issued-text
      @total-indicative @total-agreed
      stream  @kind @name @method (points-table|bands|assessed-separately)
              @status (ok|not-formula|missing-answers|no-row|too-large)
              @points @row @band @sum @amount @recorded @agreed
              @agreed-differs @matches @note
        answer @question @domain @ask @level @text @points
      route   @id @area @kind @period @from @binds @deadline
              @deadline-text @holidays-counted
  All arithmetic (points, pounds, dates) is done in C; this only words it.

  Use: a plan template includes this file and calls
    <xsl:call-template name="pp-budget-section"/> and
    <xsl:call-template name="pp-rights-section"/>
  with /with-policy as the context (or matches / here to get a page
  document with just these two sections). Parameter format: standard,
  easy-read or large-print. Output: the page document (schema/PAGE.md).
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:p="urn:ehcp:plan:1"
    xmlns:pol="urn:ehcp:policy:1"
    xmlns:pb="urn:ehcp:policy-answers:1"
    exclude-result-prefixes="p pol pb">

  <!-- for the "date" template: every date is printed as "18 November 2025" -->
  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="yes"/>
  <xsl:param name="format" select="'standard'"/>

  <xsl:template match="/with-policy">
    <html lang="en-GB">
      <head>
        <title>Personal budget and your rights: <xsl:value-of select="working/@authority"/></title>
        <meta name="ehcp:profile" content="{$format}"/>
        <meta name="author" content="{working/@authority}"/>
      </head>
      <body>
        <xsl:call-template name="pp-budget-section"/>
        <xsl:call-template name="pp-rights-section"/>
        <xsl:call-template name="pp-contacts-section"/>
      </body>
    </html>
  </xsl:template>

  <!-- ================================================================
       How your personal budget was worked out
       ================================================================ -->
  <xsl:template name="pp-budget-section">
    <xsl:variable name="w" select="working"/>
    <xsl:variable name="bw" select="p:plan//pb:budget-working"/>
    <xsl:if test="$bw">
      <section id="budget-working" class="break-before">
        <h1 id="budget-working-heading">How your personal budget was worked out</h1>
        <xsl:choose>
          <xsl:when test="$format = 'easy-read'">
            <p><xsl:value-of select="$w/@authority"/> asked some questions about what help is needed.</p>
            <p>Each answer gives points.</p>
            <p>More points mean more money.</p>
          </xsl:when>
          <xsl:otherwise>
            <p><xsl:value-of select="$w/@authority"/> works out a starting amount (the indicative amount) for each part of a personal budget from the answers to its allocation questions. Each answer scores points; the points are added up, and the total is looked up in the council's published table.</p>
            <p>The answers were agreed on <xsl:call-template name="date"><xsl:with-param name="d" select="$bw/pb:answers/@completed"/></xsl:call-template> with <xsl:value-of select="$bw/pb:answers/@completed-with"/>.</p>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:for-each select="$w/stream[@kind = $bw/pb:stream/@kind]">
          <xsl:call-template name="pp-stream">
            <xsl:with-param name="bw" select="$bw"/>
          </xsl:call-template>
        </xsl:for-each>
        <xsl:call-template name="pp-status">
          <xsl:with-param name="bw" select="$bw"/>
        </xsl:call-template>
        <xsl:call-template name="pp-safe">
          <xsl:with-param name="bw" select="$bw"/>
        </xsl:call-template>
        <xsl:call-template name="pp-help"/>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="pp-stream-title">
    <xsl:choose>
      <xsl:when test="@kind = 'education'">Education</xsl:when>
      <xsl:when test="@kind = 'social-care'">Social care</xsl:when>
      <xsl:otherwise>Health</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="pp-stream">
    <xsl:param name="bw"/>
    <xsl:variable name="kind" select="@kind"/>
    <h2 id="budget-{@kind}"><xsl:call-template name="pp-stream-title"/>: <xsl:value-of select="@name"/></h2>
    <xsl:choose>
      <xsl:when test="@status = 'not-formula'">
        <p>This part is not worked out from the questions. <xsl:value-of select="@note"/></p>
        <p>The amount is <xsl:value-of select="@recorded"/> a year.</p>
      </xsl:when>
      <xsl:when test="@status = 'ok' and $format = 'easy-read'">
        <xsl:for-each select="answer">
          <p><xsl:value-of select="@domain"/>: <xsl:value-of select="@points"/> points.</p>
        </xsl:for-each>
        <p>All the points add up to <xsl:value-of select="@points"/>.</p>
        <p>This gives <xsl:value-of select="@amount"/> a year.</p>
      </xsl:when>
      <xsl:when test="@status = 'ok'">
        <table class="budget-answers">
          <caption><xsl:call-template name="pp-stream-title"/>: your answers and their points</caption>
          <thead>
            <tr><th scope="col">Question</th><th scope="col">Your answer</th><th scope="col">Points</th></tr>
          </thead>
          <tbody>
            <xsl:for-each select="answer">
              <tr>
                <th scope="row"><xsl:value-of select="@domain"/></th>
                <td><xsl:value-of select="@text"/></td>
                <td><xsl:value-of select="@points"/></td>
              </tr>
            </xsl:for-each>
            <tr><th scope="row">Total</th><td></td><td><xsl:value-of select="@points"/></td></tr>
          </tbody>
        </table>
        <p><xsl:value-of select="@points"/> points fall in this part of the table: <xsl:value-of select="@row"/>.</p>
        <xsl:if test="@sum"><p>The sum: <xsl:value-of select="@sum"/>.</p></xsl:if>
        <p>So the indicative amount is <strong><xsl:value-of select="@amount"/> a year</strong>.</p>
      </xsl:when>
      <xsl:otherwise>
        <p>The indicative amount could not be worked out from the answers in the plan. Ask your caseworker to check them with you.</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:if test="@agreed-differs = 'true'">
      <p>The amount agreed is <xsl:value-of select="@agreed"/> a year. Why it is different: <xsl:value-of select="$bw/pb:stream[@kind = $kind]/pb:difference-reason"/></p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="pp-status">
    <xsl:param name="bw"/>
    <xsl:variable name="role" select="$bw/pb:sign-off/@role"/>
    <xsl:choose>
      <xsl:when test="working/@status = 'agreed'">
        <p>Your personal budget of <xsl:value-of select="working/@total-agreed"/> a year is agreed. It was signed off by <xsl:value-of select="$bw/pb:sign-off/@name"/> (<xsl:value-of select="pol:policy/pol:sign-off/pol:level[@role = $role]"/>) on <xsl:call-template name="date"><xsl:with-param name="d" select="$bw/pb:sign-off/@date"/></xsl:call-template><xsl:if test="$bw/pb:co-signature"> and by <xsl:value-of select="$bw/pb:co-signature/@name"/> on <xsl:call-template name="date"><xsl:with-param name="d" select="$bw/pb:co-signature/@date"/></xsl:call-template></xsl:if>.</p>
      </xsl:when>
      <xsl:otherwise>
        <p>This is an indicative budget of <xsl:value-of select="working/@total-agreed"/> a year. It can still change until the school or setting is confirmed and the whole plan is agreed.</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Who holds each part of the money, and the family's own safety plan
       (pb:keeping-safe is required, so every budget working has one). -->
  <xsl:template name="pp-safe">
    <xsl:param name="bw"/>
    <xsl:if test="$bw/pb:funding-line">
      <h2 id="budget-holders">Who holds the money</h2>
      <ul>
        <xsl:for-each select="$bw/pb:funding-line">
          <li><xsl:value-of select="@element-ref"/>: held by <xsl:value-of select="@holder"/>; <xsl:value-of select="@accountable"/> is responsible for it.</li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <xsl:for-each select="$bw/pb:keeping-safe">
      <h2 id="budget-keeping-safe">Keeping safe</h2>
      <p>In <xsl:choose><xsl:when test="pb:how-i-keep-safe/@voice = 'child'">the child's</xsl:when><xsl:otherwise>the young person's</xsl:otherwise></xsl:choose> own words: “<xsl:value-of select="normalize-space(pb:how-i-keep-safe)"/>”</p>
      <p>If something goes wrong: <xsl:value-of select="normalize-space(pb:in-a-crisis)"/></p>
      <p>Named contact: <xsl:value-of select="pb:named-contact/@name"/>, <xsl:value-of select="pb:named-contact/@role"/>, phone <xsl:value-of select="pb:named-contact/@phone"/>.</p>
    </xsl:for-each>
  </xsl:template>

  <xsl:template name="pp-help">
    <xsl:variable name="dp" select="pol:policy/pol:direct-payment-support"/>
    <xsl:variable name="lo" select="pol:policy/pol:local-offer"/>
    <h2 id="budget-help">Help and information</h2>
    <p>Help with direct payments: <xsl:value-of select="$dp/pol:name"/><xsl:if test="$dp/pol:phone">, phone <xsl:value-of select="$dp/pol:phone"/></xsl:if>. <xsl:value-of select="$dp/pol:offers"/></p>
    <p>The Local Offer: <a href="{$lo/@href}"><xsl:value-of select="$lo/@href"/></a>. <xsl:value-of select="$lo"/></p>
  </xsl:template>

  <!-- ================================================================
       Contacting the council: every plan rendered with a policy gets the
       authority's name and contacts, with or without a budget.
       ================================================================ -->
  <xsl:template name="pp-contacts-section">
    <xsl:variable name="a" select="pol:policy/pol:authority"/>
    <section id="council-contacts" class="break-before">
      <h1 id="council-contacts-heading">Contacting <xsl:value-of select="$a/pol:name"/></h1>
      <xsl:choose>
        <xsl:when test="$format = 'easy-read'"><p>You can ask these people for help.</p></xsl:when>
        <xsl:otherwise><p>Questions about this plan, the personal budget or your rights can go to:</p></xsl:otherwise>
      </xsl:choose>
      <ul>
        <xsl:for-each select="$a/pol:contact">
          <li><xsl:value-of select="pol:name"/> (<xsl:value-of select="@role"/>)<xsl:if test="pol:phone">: phone <xsl:value-of select="pol:phone"/></xsl:if><xsl:if test="pol:email">, email <xsl:value-of select="pol:email"/></xsl:if><xsl:if test="pol:address">, post: <xsl:value-of select="pol:address"/></xsl:if></li>
        </xsl:for-each>
      </ul>
      <xsl:for-each select="pol:policy/pol:local-offer">
        <p>The Local Offer: <a href="{@href}"><xsl:value-of select="@href"/></a>. <xsl:value-of select="."/></p>
      </xsl:for-each>
    </section>
  </xsl:template>

  <!-- ================================================================
       Your rights: review, mediation and appeal (final plans only)
       ================================================================ -->
  <xsl:template name="pp-rights-section">
    <xsl:variable name="w" select="working"/>
    <xsl:if test="($w/@stage = 'final' or $w/@stage = 'amended') and $w/@issued">
      <section id="your-rights" class="break-before">
        <h1 id="your-rights-heading">Your rights: review, mediation and appeal</h1>
        <p>This plan was issued on <xsl:value-of select="$w/@issued-text"/>. If you disagree with it, these are the ways to ask for a change. The dates count from the day the plan was issued.</p>
        <xsl:if test="$w/route[@period and contains(@period, 'working day')]">
          <p>Working days do not count Saturdays, Sundays or bank holidays.</p>
        </xsl:if>
        <xsl:call-template name="pp-area"><xsl:with-param name="area" select="'education'"/><xsl:with-param name="title" select="'Education'"/></xsl:call-template>
        <xsl:call-template name="pp-area"><xsl:with-param name="area" select="'health'"/><xsl:with-param name="title" select="'Health'"/></xsl:call-template>
        <xsl:call-template name="pp-area"><xsl:with-param name="area" select="'social-care'"/><xsl:with-param name="title" select="'Social care'"/></xsl:call-template>
        <xsl:call-template name="pp-area"><xsl:with-param name="area" select="'all'"/><xsl:with-param name="title" select="'Education, health and social care'"/></xsl:call-template>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="pp-area">
    <xsl:param name="area"/>
    <xsl:param name="title"/>
    <xsl:variable name="routes" select="working/route[@area = $area]"/>
    <xsl:variable name="policy" select="pol:policy"/>
    <xsl:if test="$routes">
      <h2 id="rights-{$area}"><xsl:value-of select="$title"/></h2>
      <xsl:for-each select="$routes">
        <xsl:variable name="r" select="$policy/pol:routes/pol:route[@id = current()/@id]"/>
        <h3 id="route-{@id}"><xsl:value-of select="$r/pol:name"/></h3>
        <p><xsl:value-of select="$r/pol:how"/></p>
        <p>Contact: <xsl:value-of select="$r/pol:contact"/></p>
        <xsl:call-template name="pp-time-limit"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="pp-time-limit">
    <xsl:choose>
      <xsl:when test="@deadline-text">
        <p><strong>Do this by <xsl:value-of select="@deadline-text"/></strong> (<xsl:value-of select="@period"/> from the day the plan was issued).</p>
        <xsl:if test="@holidays-counted = 'false'">
          <p>This date skips weekends only: ehcp does not know the bank holidays of that year, so check it with the council.</p>
        </xsl:if>
      </xsl:when>
      <xsl:when test="@binds = 'authority'">
        <p>The council will reply within <xsl:value-of select="@period"/> of getting your letter.</p>
      </xsl:when>
      <xsl:when test="@period">
        <p>Do this within <xsl:value-of select="@period"/> of your letter.</p>
      </xsl:when>
      <xsl:otherwise>
        <p>There is no fixed time limit, but it helps to act soon.</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
