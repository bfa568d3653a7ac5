<?xml version="1.0" encoding="UTF-8"?>
<!--
  standard.xsl: the statutory EHC plan as a page document (schema/PAGE.md).

  Parameters
    order     classic  (default) sections A to K in order;
              national the DfE pilot template's order: personal details, A,
                       then for each broad area of need its B needs, F
                       provision and E outcomes; then health (C, G, E), social
                       care (D, H1, H2, E); then I, J, K and sign-off.
              Both orders come from the links between needs, outcomes and
              provision (need-ref, outcome-ref), never from the file's order.
    profile   the style profile named in <head> (large-print.xsl sets it).

  Layout of this file: the page frame, the cover and personal details, then
  one part per section (A to K), then the golden-thread table and sign-off,
  then the tables, which large-print.xsl replaces with one-column versions.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:p="urn:ehcp:plan:1"
    exclude-result-prefixes="p">

  <xsl:import href="common.xsl"/>
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:param name="order" select="'classic'"/>
  <xsl:param name="profile" select="'standard'"/>

  <!-- The name used in running text: "Robbie". -->
  <xsl:variable name="who"><xsl:call-template name="short-name"/></xsl:variable>

  <!-- ==================================================================
       The page frame
       ================================================================== -->
  <xsl:template match="/">
    <xsl:if test="not(p:plan)">
      <xsl:message terminate="yes">the input is not an EHC plan (its root element must be plan in the namespace urn:ehcp:plan:1)</xsl:message>
    </xsl:if>
    <xsl:if test="$order != 'classic' and $order != 'national'">
      <xsl:message terminate="yes">the order parameter must be classic or national</xsl:message>
    </xsl:if>
    <xsl:apply-templates select="p:plan"/>
  </xsl:template>

  <xsl:template match="p:plan">
    <xsl:variable name="name"><xsl:call-template name="full-name"/></xsl:variable>
    <html>
      <xsl:attribute name="lang"><xsl:call-template name="lang"/></xsl:attribute>
      <xsl:call-template name="page-head">
        <xsl:with-param name="profile" select="$profile"/>
        <xsl:with-param name="title" select="concat('Education, Health and Care plan: ', $name)"/>
      </xsl:call-template>
      <body>
        <xsl:call-template name="cover"/>
        <nav class="toc"><h2>Contents</h2></nav>
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

  <!-- Sections B to H in the order of the law. -->
  <xsl:template name="classic-order">
    <section id="section-b" class="break-before">
      <h1 id="b"><xsl:call-template name="section-title"><xsl:with-param name="letter" select="'B'"/></xsl:call-template></h1>
      <xsl:call-template name="needs-by-area"/>
    </section>
    <xsl:call-template name="needs-section">
      <xsl:with-param name="letter" select="'C'"/>
      <xsl:with-param name="needs" select="p:section-c/p:need"/>
      <xsl:with-param name="none">No health needs related to special educational needs or disability are recorded.</xsl:with-param>
    </xsl:call-template>
    <xsl:call-template name="needs-section">
      <xsl:with-param name="letter" select="'D'"/>
      <xsl:with-param name="needs" select="p:section-d/p:need"/>
      <xsl:with-param name="none">No social care needs related to special educational needs or disability are recorded.</xsl:with-param>
    </xsl:call-template>
    <section id="section-e" class="break-before">
      <h1 id="e"><xsl:call-template name="section-title"><xsl:with-param name="letter" select="'E'"/></xsl:call-template></h1>
      <xsl:call-template name="outcome-list">
        <xsl:with-param name="outcomes" select="p:section-e/p:outcome"/>
        <xsl:with-param name="level" select="2"/>
      </xsl:call-template>
    </section>
    <xsl:call-template name="provision-section"><xsl:with-param name="letter" select="'F'"/><xsl:with-param name="items" select="p:section-f/p:provision"/></xsl:call-template>
    <xsl:call-template name="provision-section"><xsl:with-param name="letter" select="'G'"/><xsl:with-param name="items" select="p:section-g/p:provision"/></xsl:call-template>
    <xsl:call-template name="provision-section"><xsl:with-param name="letter" select="'H1'"/><xsl:with-param name="items" select="p:section-h1/p:provision"/></xsl:call-template>
    <xsl:call-template name="provision-section"><xsl:with-param name="letter" select="'H2'"/><xsl:with-param name="items" select="p:section-h2/p:provision"/></xsl:call-template>
  </xsl:template>

  <!-- ==================================================================
       Cover and personal details
       ================================================================== -->
  <xsl:template name="cover">
    <xsl:variable name="plan" select="/p:plan"/>
    <section class="cover">
      <h1 id="cover">Education, Health and Care plan for <xsl:call-template name="full-name"/></h1>
      <xsl:if test="$plan/@stage = 'draft'">
        <div class="box">
          <p class="draft"><strong>DRAFT</strong>: this plan is a draft for comment. It is not final and must not be used as the final plan.</p>
          <xsl:if test="$plan/p:meta/p:dates/p:comments-due">
            <p>Please send your comments by <xsl:call-template name="date"><xsl:with-param name="d" select="$plan/p:meta/p:dates/p:comments-due"/></xsl:call-template>.</p>
          </xsl:if>
        </div>
      </xsl:if>
      <table class="details">
        <tbody>
          <xsl:call-template name="row"><xsl:with-param name="label">Name</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="full-name"/></xsl:with-param></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Known as</xsl:with-param><xsl:with-param name="value" select="$who"/></xsl:call-template>
          <xsl:call-template name="date-row"><xsl:with-param name="label">Date of birth</xsl:with-param><xsl:with-param name="d" select="$plan/p:person/p:date-of-birth"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Local authority</xsl:with-param><xsl:with-param name="value" select="normalize-space($plan/p:meta/p:local-authority)"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Plan reference</xsl:with-param><xsl:with-param name="value" select="$plan/@id"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Version</xsl:with-param><xsl:with-param name="value" select="$plan/@version"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Stage</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="stage-label"/></xsl:with-param></xsl:call-template>
          <xsl:for-each select="$plan/p:meta/p:dates/*">
            <xsl:call-template name="date-row">
              <xsl:with-param name="label"><xsl:call-template name="plan-date-label"/></xsl:with-param>
              <xsl:with-param name="d" select="."/>
            </xsl:call-template>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>

  <xsl:template name="plan-date-label">
    <xsl:choose>
      <xsl:when test="self::p:request-received">Request for assessment received</xsl:when>
      <xsl:when test="self::p:draft-issued">Draft plan sent</xsl:when>
      <xsl:when test="self::p:comments-due">Comments on the draft due by</xsl:when>
      <xsl:when test="self::p:final-issued">Final plan issued</xsl:when>
      <xsl:when test="self::p:amended-issued">Amended plan issued</xsl:when>
      <xsl:when test="self::p:next-review">Next review by</xsl:when>
      <xsl:otherwise><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="local-name()"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- One label/value row; nothing when the value is empty. -->
  <xsl:template name="row">
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:if test="normalize-space($value)">
      <tr><th scope="row"><xsl:value-of select="$label"/></th><td><xsl:value-of select="normalize-space($value)"/></td></tr>
    </xsl:if>
  </xsl:template>

  <xsl:template name="date-row">
    <xsl:param name="label"/>
    <xsl:param name="d"/>
    <xsl:call-template name="row">
      <xsl:with-param name="label" select="$label"/>
      <xsl:with-param name="value"><xsl:call-template name="date"><xsl:with-param name="d" select="$d"/></xsl:call-template></xsl:with-param>
    </xsl:call-template>
  </xsl:template>

  <xsl:template name="personal-details">
    <xsl:variable name="person" select="/p:plan/p:person"/>
    <section id="personal-details" class="break-before">
      <h1 id="personal">Personal details</h1>
      <table class="details">
        <tbody>
          <xsl:call-template name="row"><xsl:with-param name="label">Forenames</xsl:with-param><xsl:with-param name="value" select="$person/p:name/p:forenames"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Surname</xsl:with-param><xsl:with-param name="value" select="$person/p:name/p:surname"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Preferred name</xsl:with-param><xsl:with-param name="value" select="$person/p:name/p:preferred"/></xsl:call-template>
          <xsl:call-template name="date-row"><xsl:with-param name="label">Date of birth</xsl:with-param><xsl:with-param name="d" select="$person/p:date-of-birth"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Sex</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="capitalise"><xsl:with-param name="s" select="$person/p:sex"/></xsl:call-template></xsl:with-param></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Ethnicity</xsl:with-param><xsl:with-param name="value" select="$person/p:ethnicity"/></xsl:call-template>
          <xsl:call-template name="row">
            <xsl:with-param name="label">First language</xsl:with-param>
            <xsl:with-param name="value">
              <xsl:value-of select="$person/p:first-language"/>
              <xsl:if test="$person/p:first-language/@interpreter-needed = 'true'"> (an interpreter is needed)</xsl:if>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Postcode</xsl:with-param><xsl:with-param name="value" select="$person/p:postcode"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Year group</xsl:with-param><xsl:with-param name="value" select="$person/p:year-group"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Unique pupil number</xsl:with-param><xsl:with-param name="value" select="$person/p:identifiers/p:upn"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">Unique learner number</xsl:with-param><xsl:with-param name="value" select="$person/p:identifiers/p:uln"/></xsl:call-template>
          <xsl:call-template name="row"><xsl:with-param name="label">NHS number</xsl:with-param><xsl:with-param name="value" select="$person/p:identifiers/p:nhs-number"/></xsl:call-template>
          <xsl:call-template name="row">
            <xsl:with-param name="label">Who makes decisions about this plan</xsl:with-param>
            <xsl:with-param name="value">
              <xsl:choose>
                <xsl:when test="$person/p:decision-maker = 'young-person'">The young person</xsl:when>
                <xsl:when test="$person/p:decision-maker = 'parent'">The parent or carer</xsl:when>
                <xsl:when test="$person/p:decision-maker = 'representative'">A representative acting for the young person</xsl:when>
                <xsl:otherwise><xsl:value-of select="$person/p:decision-maker"/></xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:call-template name="row">
            <xsl:with-param name="label">Looked after by a local authority</xsl:with-param>
            <xsl:with-param name="value">
              <xsl:choose>
                <xsl:when test="$person/p:looked-after = 'now'">Yes, now</xsl:when>
                <xsl:when test="$person/p:looked-after = 'previously'">Previously</xsl:when>
                <xsl:when test="$person/p:looked-after = 'never'">No</xsl:when>
              </xsl:choose>
            </xsl:with-param>
          </xsl:call-template>
          <xsl:if test="$person/p:known-to-social-care">
            <xsl:call-template name="row"><xsl:with-param name="label">Known to social care</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="yes-no"><xsl:with-param name="value" select="$person/p:known-to-social-care"/></xsl:call-template></xsl:with-param></xsl:call-template>
          </xsl:if>
          <xsl:if test="$person/p:moved-from-another-la">
            <xsl:call-template name="row"><xsl:with-param name="label">Moved from another local authority with a plan</xsl:with-param><xsl:with-param name="value"><xsl:call-template name="yes-no"><xsl:with-param name="value" select="$person/p:moved-from-another-la"/></xsl:call-template></xsl:with-param></xsl:call-template>
          </xsl:if>
        </tbody>
      </table>
      <xsl:if test="$person/p:contacts/p:contact">
        <h2 id="contacts">Main contacts</h2>
        <xsl:call-template name="contacts-table"><xsl:with-param name="contacts" select="$person/p:contacts/p:contact"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="$person/p:services/*">
        <h2 id="services">Services involved</h2>
        <ul>
          <xsl:for-each select="$person/p:services/*">
            <li><xsl:call-template name="service-line"/></li>
          </xsl:for-each>
        </ul>
      </xsl:if>
      <xsl:if test="normalize-space($person/p:communication)">
        <h2 id="communication">How to communicate with <xsl:value-of select="$who"/></h2>
        <xsl:call-template name="paragraphs"><xsl:with-param name="from" select="$person/p:communication"/></xsl:call-template>
      </xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="service-line">
    <xsl:choose>
      <xsl:when test="self::p:setting">School or college: </xsl:when>
      <xsl:when test="self::p:health-professional">
        <xsl:choose>
          <xsl:when test="@role"><xsl:value-of select="concat(@role, ': ')"/></xsl:when>
          <xsl:otherwise>Health professional: </xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="self::p:social-worker">Social worker: </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="code-as-words"><xsl:with-param name="code" select="local-name()"/></xsl:call-template>
        <xsl:text>: </xsl:text>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:value-of select="normalize-space(.)"/>
  </xsl:template>

  <!-- ==================================================================
       Section A
       ================================================================== -->
  <xsl:template name="section-a">
    <xsl:variable name="a" select="/p:plan/p:section-a"/>
    <section id="section-a" class="break-before">
      <h1 id="a"><xsl:call-template name="section-title"><xsl:with-param name="letter" select="'A'"/></xsl:call-template></h1>
      <xsl:if test="$a/p:history">
        <h2 id="a-history">Summary of <xsl:value-of select="$who"/>’s history</h2>
        <xsl:call-template name="paragraphs"><xsl:with-param name="from" select="$a/p:history"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="$a/p:views">
        <h2 id="a-views">Views</h2>
        <xsl:for-each select="$a/p:views">
          <h3>Views of <xsl:call-template name="voice-label"/></h3>
          <xsl:call-template name="paragraphs"/>
          <xsl:call-template name="how-gathered"/>
        </xsl:for-each>
      </xsl:if>
      <xsl:call-template name="voices"><xsl:with-param name="items" select="$a/p:interests"/><xsl:with-param name="title">Interests</xsl:with-param><xsl:with-param name="id">a-interests</xsl:with-param></xsl:call-template>
      <xsl:call-template name="voices"><xsl:with-param name="items" select="$a/p:strengths"/><xsl:with-param name="title">Strengths</xsl:with-param><xsl:with-param name="id">a-strengths</xsl:with-param></xsl:call-template>
      <xsl:call-template name="voices"><xsl:with-param name="items" select="$a/p:aspirations"/><xsl:with-param name="title">Aspirations for the future</xsl:with-param><xsl:with-param name="id">a-aspirations</xsl:with-param></xsl:call-template>
      <xsl:if test="$a/p:how-to-communicate">
        <h2 id="a-communicate">How to communicate with <xsl:value-of select="$who"/></h2>
        <xsl:call-template name="paragraphs"><xsl:with-param name="from" select="$a/p:how-to-communicate"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="$a/p:how-to-involve">
        <h2 id="a-involve">How to involve <xsl:value-of select="$who"/> in decisions</h2>
        <xsl:call-template name="paragraphs"><xsl:with-param name="from" select="$a/p:how-to-involve"/></xsl:call-template>
      </xsl:if>
      <xsl:if test="$a/p:one-page-profile/@attached = 'true'">
        <p><xsl:value-of select="$who"/>’s one-page profile is attached to this plan.</p>
      </xsl:if>
    </section>
  </xsl:template>

  <!-- Interests, strengths, aspirations: each block says whose words they are. -->
  <xsl:template name="voices">
    <xsl:param name="items"/>
    <xsl:param name="title"/>
    <xsl:param name="id"/>
    <xsl:if test="$items">
      <h2 id="{$id}"><xsl:value-of select="$title"/></h2>
      <xsl:for-each select="$items">
        <xsl:if test="@voice">
          <h3>From <xsl:call-template name="voice-label"/></h3>
        </xsl:if>
        <xsl:call-template name="paragraphs"/>
        <xsl:call-template name="how-gathered"/>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="how-gathered">
    <xsl:if test="@gathered-by or @method">
      <p class="small">
        <xsl:text>How these views were gathered: </xsl:text>
        <xsl:value-of select="normalize-space(@method)"/>
        <xsl:if test="@method and @gathered-by">, </xsl:if>
        <xsl:if test="@gathered-by">by <xsl:value-of select="normalize-space(@gathered-by)"/></xsl:if>
        <xsl:text>.</xsl:text>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- ==================================================================
       Needs (B, C, D)
       ================================================================== -->

  <!-- Section B in the classic order: an h2 per broad area, needs as h3. -->
  <xsl:template name="needs-by-area">
    <xsl:call-template name="area-needs"><xsl:with-param name="area" select="'communication-interaction'"/></xsl:call-template>
    <xsl:call-template name="area-needs"><xsl:with-param name="area" select="'cognition-learning'"/></xsl:call-template>
    <xsl:call-template name="area-needs"><xsl:with-param name="area" select="'semh'"/></xsl:call-template>
    <xsl:call-template name="area-needs"><xsl:with-param name="area" select="'sensory-physical'"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="area-needs">
    <xsl:param name="area"/>
    <xsl:param name="level" select="2"/>
    <xsl:param name="title"><xsl:call-template name="area-label"><xsl:with-param name="area" select="$area"/></xsl:call-template></xsl:param>
    <xsl:variable name="b" select="/p:plan/p:section-b"/>
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="$level"/>
      <xsl:with-param name="id" select="concat('b-', $area)"/>
      <xsl:with-param name="text" select="$title"/>
    </xsl:call-template>
    <xsl:for-each select="$b/p:need[@area = $area]">
      <xsl:call-template name="need"><xsl:with-param name="level" select="$level + 1"/></xsl:call-template>
    </xsl:for-each>
    <xsl:for-each select="$b/p:no-need[@area = $area]">
      <p><xsl:value-of select="normalize-space(.)"/></p>
    </xsl:for-each>
    <xsl:if test="not($b/p:need[@area = $area] or $b/p:no-need[@area = $area])">
      <p>No needs in this area are recorded.</p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="needs-section">
    <xsl:param name="letter"/>
    <xsl:param name="needs"/>
    <xsl:param name="none"/>
    <section id="section-{translate($letter, 'CD', 'cd')}" class="break-before">
      <h1 id="{translate($letter, 'CD', 'cd')}"><xsl:call-template name="section-title"><xsl:with-param name="letter" select="$letter"/></xsl:call-template></h1>
      <xsl:for-each select="$needs">
        <xsl:call-template name="need"><xsl:with-param name="level" select="2"/></xsl:call-template>
      </xsl:for-each>
      <xsl:if test="not($needs)"><xsl:call-template name="none-or"><xsl:with-param name="in" select="$needs/.. | /p:plan/*[local-name() = concat('section-', translate($letter, 'CD', 'cd'))]"/><xsl:with-param name="text" select="$none"/></xsl:call-template></xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="need">
    <xsl:param name="level" select="2"/>
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="$level"/>
      <xsl:with-param name="id"><xsl:call-template name="anchor"/></xsl:with-param>
      <xsl:with-param name="text">
        <xsl:value-of select="concat('Need ', @id)"/>
        <xsl:for-each select="p:sen-type[1]">
          <xsl:text>: </xsl:text>
          <xsl:call-template name="sen-type-label"/>
          <xsl:if test="@rank = 'primary'"> (primary need)</xsl:if>
        </xsl:for-each>
      </xsl:with-param>
    </xsl:call-template>
    <xsl:for-each select="p:diagnosis">
      <p><strong>Diagnosis: </strong><xsl:value-of select="normalize-space(.)"/></p>
    </xsl:for-each>
    <xsl:call-template name="paragraphs"><xsl:with-param name="from" select="p:description"/></xsl:call-template>
    <xsl:call-template name="links-of-need"/>
  </xsl:template>

  <!-- "Outcomes for this need: E1. Provision for this need: F1." -->
  <xsl:template name="links-of-need">
    <xsl:variable name="outcomes" select="key('outcomes-by-need', @id)"/>
    <xsl:variable name="provision" select="key('provision-by-need', @id)"/>
    <p class="small">
      <xsl:text>Outcomes for this need: </xsl:text>
      <xsl:call-template name="id-links"><xsl:with-param name="items" select="$outcomes"/><xsl:with-param name="link" select="true()"/></xsl:call-template>
      <xsl:text>. Provision for this need: </xsl:text>
      <xsl:call-template name="id-links"><xsl:with-param name="items" select="$provision"/></xsl:call-template>
      <xsl:text>.</xsl:text>
    </p>
  </xsl:template>

  <!-- "E1, E2" (as links when the items have headings), or "none recorded". -->
  <xsl:template name="id-links">
    <xsl:param name="items"/>
    <xsl:param name="link" select="false()"/>
    <xsl:for-each select="$items">
      <xsl:sort select="@id"/>
      <xsl:if test="position() &gt; 1">, </xsl:if>
      <xsl:choose>
        <xsl:when test="$link"><a href="#{concat('item-', @id)}"><xsl:value-of select="@id"/></a></xsl:when>
        <xsl:otherwise><xsl:value-of select="@id"/></xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
    <xsl:if test="not($items)">none recorded</xsl:if>
  </xsl:template>

  <!-- The section's own <none> statement when it has one, else text. -->
  <xsl:template name="none-or">
    <xsl:param name="in"/>
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="$in/p:none[normalize-space()]">
        <xsl:for-each select="$in/p:none"><p><xsl:value-of select="normalize-space(.)"/></p></xsl:for-each>
      </xsl:when>
      <xsl:otherwise><p><xsl:value-of select="$text"/></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==================================================================
       Outcomes (E)
       ================================================================== -->
  <xsl:template name="outcome-list">
    <xsl:param name="outcomes"/>
    <xsl:param name="level" select="2"/>
    <xsl:for-each select="$outcomes">
      <xsl:call-template name="outcome"><xsl:with-param name="level" select="$level"/></xsl:call-template>
    </xsl:for-each>
    <xsl:if test="not($outcomes)"><p>No outcomes are recorded here.</p></xsl:if>
  </xsl:template>

  <xsl:template name="outcome">
    <xsl:param name="level" select="2"/>
    <xsl:call-template name="heading">
      <xsl:with-param name="level" select="$level"/>
      <xsl:with-param name="id"><xsl:call-template name="anchor"/></xsl:with-param>
      <xsl:with-param name="text" select="concat('Outcome ', @id)"/>
    </xsl:call-template>
    <p><xsl:value-of select="normalize-space(p:statement)"/></p>
    <xsl:if test="p:measure">
      <p><strong>How progress will be measured: </strong><xsl:value-of select="normalize-space(p:measure)"/></p>
    </xsl:if>
    <xsl:if test="p:target-date">
      <p><strong>To be achieved by: </strong><xsl:call-template name="date"><xsl:with-param name="d" select="p:target-date"/></xsl:call-template></p>
    </xsl:if>
    <xsl:if test="@pfa">
      <p><strong>Preparing for adulthood: </strong><xsl:call-template name="pfa-label"/></p>
    </xsl:if>
    <p class="small">
      <xsl:text>Meets need: </xsl:text>
      <xsl:call-template name="id-links"><xsl:with-param name="items" select="key('by-id', p:need-ref/@ref)"/><xsl:with-param name="link" select="true()"/></xsl:call-template>
      <xsl:text>. Provision towards it: </xsl:text>
      <xsl:call-template name="id-links"><xsl:with-param name="items" select="key('provision-by-outcome', @id)"/></xsl:call-template>
      <xsl:text>.</xsl:text>
    </p>
    <xsl:if test="p:steps/p:step">
      <xsl:call-template name="heading">
        <xsl:with-param name="level" select="$level + 1"/>
        <xsl:with-param name="text">Steps towards outcome <xsl:value-of select="@id"/></xsl:with-param>
      </xsl:call-template>
      <ul>
        <xsl:for-each select="p:steps/p:step">
          <li>
            <xsl:if test="@by">
              <strong>By <xsl:call-template name="date"><xsl:with-param name="d" select="@by"/></xsl:call-template>: </strong>
            </xsl:if>
            <xsl:value-of select="normalize-space(.)"/>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <!-- ==================================================================
       Provision (F, G, H1, H2)
       ================================================================== -->
  <xsl:template name="provision-section">
    <xsl:param name="letter"/>
    <xsl:param name="items"/>
    <xsl:variable name="lower" select="translate($letter, 'FGH', 'fgh')"/>
    <section id="section-{$lower}" class="break-before">
      <h1 id="{$lower}"><xsl:call-template name="section-title"><xsl:with-param name="letter" select="$letter"/></xsl:call-template></h1>
      <xsl:call-template name="provision-or-none"><xsl:with-param name="items" select="$items"/><xsl:with-param name="level" select="2"/><xsl:with-param name="section" select="/p:plan/*[local-name() = concat('section-', $lower)]"/></xsl:call-template>
      <xsl:if test="$letter = 'G'"><xsl:call-template name="health-care-plan"/></xsl:if>
    </section>
  </xsl:template>

  <xsl:template name="provision-or-none">
    <xsl:param name="items"/>
    <xsl:param name="section" select="/.."/>
    <xsl:param name="level" select="2"/>
    <xsl:choose>
      <xsl:when test="$items">
        <xsl:call-template name="provision-table"><xsl:with-param name="items" select="$items"/><xsl:with-param name="level" select="$level"/></xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:call-template name="none-or"><xsl:with-param name="in" select="$section"/><xsl:with-param name="text">No provision is recorded here.</xsl:with-param></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="health-care-plan">
    <xsl:for-each select="/p:plan/p:section-g/p:health-care-plan">
      <p>
        <xsl:value-of select="normalize-space(.)"/>
        <xsl:if test="@attached = 'true'"> It is attached to this plan.</xsl:if>
      </p>
    </xsl:for-each>
  </xsl:template>

  <!-- "Speech and language therapist (HCPC-registered)" -->
  <xsl:template name="who-provides">
    <xsl:value-of select="normalize-space(p:who/@role)"/>
    <xsl:if test="normalize-space(p:who/@expertise)"> (<xsl:value-of select="normalize-space(p:who/@expertise)"/>)</xsl:if>
    <xsl:if test="normalize-space(p:who)">
      <xsl:if test="p:who/@role">: </xsl:if>
      <xsl:value-of select="normalize-space(p:who)"/>
    </xsl:if>
  </xsl:template>

  <!-- "For need B1; towards outcome E1; under CSDPA-1970-s2" -->
  <xsl:template name="provision-links">
    <xsl:if test="p:need-ref">For need <xsl:for-each select="p:need-ref"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="@ref"/></xsl:for-each></xsl:if>
    <xsl:if test="p:need-ref and p:outcome-ref">; </xsl:if>
    <xsl:if test="p:outcome-ref">towards outcome <xsl:for-each select="p:outcome-ref"><xsl:if test="position() &gt; 1">, </xsl:if><xsl:value-of select="@ref"/></xsl:for-each></xsl:if>
    <xsl:if test="@basis">
      <xsl:if test="p:need-ref or p:outcome-ref">; </xsl:if>
      <xsl:text>legal basis: </xsl:text><xsl:value-of select="@basis"/>
    </xsl:if>
  </xsl:template>

  <xsl:template name="provision-period">
    <xsl:call-template name="date-range">
      <xsl:with-param name="from" select="p:period/@from"/>
      <xsl:with-param name="to" select="p:period/@to"/>
    </xsl:call-template>
  </xsl:template>

  <!-- ==================================================================
       National order: grouped by broad area of need
       ================================================================== -->
  <xsl:template name="national-order">
    <xsl:call-template name="area-group"><xsl:with-param name="area" select="'communication-interaction'"/></xsl:call-template>
    <xsl:call-template name="area-group"><xsl:with-param name="area" select="'cognition-learning'"/></xsl:call-template>
    <xsl:call-template name="area-group"><xsl:with-param name="area" select="'semh'"/></xsl:call-template>
    <xsl:call-template name="area-group"><xsl:with-param name="area" select="'sensory-physical'"/></xsl:call-template>
    <xsl:call-template name="area-group"><xsl:with-param name="area" select="'health'"/></xsl:call-template>
    <xsl:call-template name="area-group"><xsl:with-param name="area" select="'social-care'"/></xsl:call-template>
    <xsl:call-template name="area-group"><xsl:with-param name="area" select="'other'"/></xsl:call-template>
  </xsl:template>

  <!-- One group: its needs, the provision for them, and the outcomes. -->
  <xsl:template name="area-group">
    <xsl:param name="area"/>
    <xsl:variable name="plan" select="/p:plan"/>
    <xsl:variable name="f-ids">
      <xsl:call-template name="ids-in-area"><xsl:with-param name="items" select="$plan/p:section-f/p:provision"/><xsl:with-param name="area" select="$area"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="e-ids">
      <xsl:call-template name="ids-in-area"><xsl:with-param name="items" select="$plan/p:section-e/p:outcome"/><xsl:with-param name="area" select="$area"/></xsl:call-template>
    </xsl:variable>
    <xsl:variable name="f" select="$plan/p:section-f/p:provision[contains($f-ids, concat(' ', @id, ' '))]"/>
    <xsl:variable name="e" select="$plan/p:section-e/p:outcome[contains($e-ids, concat(' ', @id, ' '))]"/>
    <xsl:variable name="label"><xsl:call-template name="area-label"><xsl:with-param name="area" select="$area"/></xsl:call-template></xsl:variable>
    <xsl:if test="$area != 'other' or $f or $e">
      <section id="area-{$area}" class="break-before">
        <h1 id="group-{$area}"><xsl:value-of select="$label"/></h1>
        <xsl:choose>
          <xsl:when test="$area = 'health'">
            <xsl:call-template name="group-needs"><xsl:with-param name="letter" select="'C'"/><xsl:with-param name="needs" select="$plan/p:section-c/p:need"/><xsl:with-param name="area" select="$area"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="$area = 'social-care'">
            <xsl:call-template name="group-needs"><xsl:with-param name="letter" select="'D'"/><xsl:with-param name="needs" select="$plan/p:section-d/p:need"/><xsl:with-param name="area" select="$area"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="$area != 'other'">
            <xsl:call-template name="area-needs">
              <xsl:with-param name="area" select="$area"/>
              <xsl:with-param name="title"><xsl:call-template name="section-title"><xsl:with-param name="letter" select="'B'"/></xsl:call-template></xsl:with-param>
            </xsl:call-template>
          </xsl:when>
        </xsl:choose>
        <!-- Section F in every B area; in the other groups only when something is there -->
        <xsl:if test="$f or ($area != 'health' and $area != 'social-care')">
          <xsl:call-template name="group-provision"><xsl:with-param name="letter" select="'F'"/><xsl:with-param name="items" select="$f"/><xsl:with-param name="area" select="$area"/></xsl:call-template>
        </xsl:if>
        <xsl:if test="$area = 'health'">
          <xsl:call-template name="group-provision"><xsl:with-param name="letter" select="'G'"/><xsl:with-param name="items" select="$plan/p:section-g/p:provision"/><xsl:with-param name="area" select="$area"/></xsl:call-template>
          <xsl:call-template name="health-care-plan"/>
        </xsl:if>
        <xsl:if test="$area = 'social-care'">
          <xsl:call-template name="group-provision"><xsl:with-param name="letter" select="'H1'"/><xsl:with-param name="items" select="$plan/p:section-h1/p:provision"/><xsl:with-param name="area" select="$area"/></xsl:call-template>
          <xsl:call-template name="group-provision"><xsl:with-param name="letter" select="'H2'"/><xsl:with-param name="items" select="$plan/p:section-h2/p:provision"/><xsl:with-param name="area" select="$area"/></xsl:call-template>
        </xsl:if>
        <h2 id="e-{$area}"><xsl:call-template name="section-title"><xsl:with-param name="letter" select="'E'"/></xsl:call-template></h2>
        <xsl:call-template name="outcome-list"><xsl:with-param name="outcomes" select="$e"/><xsl:with-param name="level" select="3"/></xsl:call-template>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="group-needs">
    <xsl:param name="letter"/>
    <xsl:param name="needs"/>
    <xsl:param name="area"/>
    <h2 id="{translate($letter, 'CD', 'cd')}-{$area}"><xsl:call-template name="section-title"><xsl:with-param name="letter" select="$letter"/></xsl:call-template></h2>
    <xsl:for-each select="$needs">
      <xsl:call-template name="need"><xsl:with-param name="level" select="3"/></xsl:call-template>
    </xsl:for-each>
    <xsl:if test="not($needs)"><xsl:call-template name="none-or"><xsl:with-param name="in" select="/p:plan/*[local-name() = concat('section-', translate($letter, 'CD', 'cd'))]"/><xsl:with-param name="text">No needs of this kind are recorded.</xsl:with-param></xsl:call-template></xsl:if>
  </xsl:template>

  <xsl:template name="group-provision">
    <xsl:param name="letter"/>
    <xsl:param name="items"/>
    <xsl:param name="area"/>
    <xsl:variable name="lower" select="translate($letter, 'FGH', 'fgh')"/>
    <h2 id="{$lower}-{$area}"><xsl:call-template name="section-title"><xsl:with-param name="letter" select="$letter"/></xsl:call-template></h2>
    <xsl:call-template name="provision-or-none"><xsl:with-param name="items" select="$items"/><xsl:with-param name="level" select="3"/><xsl:with-param name="section" select="/p:plan/*[local-name() = concat('section-', $lower)][$letter != 'F']"/></xsl:call-template>
  </xsl:template>

  <!-- ==================================================================
       Section I, J, K
       ================================================================== -->
  <xsl:template name="section-i">
    <xsl:variable name="placements" select="/p:plan/p:section-i/p:placement"/>
    <section id="section-i" class="break-before">
      <h1 id="i"><xsl:call-template name="section-title"><xsl:with-param name="letter" select="'I'"/></xsl:call-template></h1>
      <xsl:choose>
        <xsl:when test="$placements">
          <xsl:call-template name="placement-table"><xsl:with-param name="placements" select="$placements"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><p>No school, college or other setting is named in this plan yet.</p></xsl:otherwise>
      </xsl:choose>
      <xsl:for-each select="/p:plan/p:section-i/p:placement-to-be-named">
        <xsl:if test="@kind or @type">
          <p><strong>Type of setting: </strong><xsl:call-template name="placement-kind-label"/><xsl:if test="@type">, <xsl:call-template name="placement-type-label"/></xsl:if></p>
        </xsl:if>
        <xsl:call-template name="paragraphs"/>
      </xsl:for-each>
    </section>
  </xsl:template>

  <xsl:template name="section-j">
    <xsl:variable name="j" select="/p:plan/p:section-j"/>
    <section id="section-j" class="break-before">
      <h1 id="j"><xsl:call-template name="section-title"><xsl:with-param name="letter" select="'J'"/></xsl:call-template></h1>
      <xsl:choose>
        <xsl:when test="$j/p:budget-element">
          <xsl:call-template name="budget-table"><xsl:with-param name="elements" select="$j/p:budget-element"/></xsl:call-template>
          <xsl:for-each select="$j/p:budget-element">
            <xsl:call-template name="budget-element-details"/>
          </xsl:for-each>
        </xsl:when>
        <xsl:when test="$j/p:refused">
          <p>A personal budget was asked for and refused<xsl:if test="$j/p:refused/@date"> on <xsl:call-template name="date"><xsl:with-param name="d" select="$j/p:refused/@date"/></xsl:call-template></xsl:if>.</p>
          <xsl:call-template name="paragraphs"><xsl:with-param name="from" select="$j/p:refused"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <p>No personal budget has been requested. A personal budget can be asked for at any time, including at an annual review.</p>
          <xsl:call-template name="paragraphs"><xsl:with-param name="from" select="$j/p:not-requested"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- The sum of every element's yearly amount, worked out here from the
       elements themselves (not copied from the plan's own total). -->
  <xsl:template name="budget-total">
    <xsl:param name="elements"/>
    <xsl:call-template name="money"><xsl:with-param name="pence" select="sum($elements/p:annual-amount/@pence)"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="budget-element-details">
    <xsl:if test="p:flexibility or p:risk-management or p:direct-payment or p:continuing-care-eligible">
      <h2 id="{concat('item-', @id)}">How budget element <xsl:value-of select="@id"/> works</h2>
      <xsl:if test="p:flexibility"><p><strong>Choice and flexibility: </strong><xsl:value-of select="normalize-space(p:flexibility)"/></p></xsl:if>
      <xsl:if test="p:risk-management"><p><strong>Managing risks: </strong><xsl:value-of select="normalize-space(p:risk-management)"/></p></xsl:if>
      <xsl:if test="p:continuing-care-eligible = 'true'"><p>Eligible for NHS continuing care.</p></xsl:if>
      <xsl:for-each select="p:direct-payment">
        <h3>Direct payment for element <xsl:value-of select="../@id"/></h3>
        <ul>
          <xsl:if test="@recipient">
            <li>
              <strong>Paid to: </strong>
              <xsl:choose>
                <xsl:when test="@recipient = 'parent'">The parent or carer</xsl:when>
                <xsl:when test="@recipient = 'young-person'">The young person</xsl:when>
                <xsl:when test="@recipient = 'nominee'">A person nominated to receive it<xsl:if test="@nominee">: <xsl:value-of select="normalize-space(@nominee)"/></xsl:if></xsl:when>
                <xsl:otherwise><xsl:value-of select="@recipient"/></xsl:otherwise>
              </xsl:choose>
            </li>
          </xsl:if>
          <xsl:if test="@first-payment"><li><strong>First payment: </strong><xsl:call-template name="date"><xsl:with-param name="d" select="@first-payment"/></xsl:call-template></li></xsl:if>
          <xsl:if test="@monitoring-review"><li><strong>First check on how it is used: </strong><xsl:call-template name="date"><xsl:with-param name="d" select="@monitoring-review"/></xsl:call-template></li></xsl:if>
          <xsl:for-each select="p:school-agreement">
            <li><strong>Agreed by the school or college: </strong><xsl:value-of select="normalize-space(@by)"/><xsl:if test="@date">, <xsl:call-template name="date"><xsl:with-param name="d" select="@date"/></xsl:call-template></xsl:if></li>
          </xsl:for-each>
          <xsl:for-each select="p:young-person-consent">
            <li><strong>Young person’s consent given: </strong><xsl:call-template name="date"><xsl:with-param name="d" select="@date"/></xsl:call-template></li>
          </xsl:for-each>
        </ul>
      </xsl:for-each>
    </xsl:if>
  </xsl:template>

  <xsl:template name="section-k">
    <xsl:variable name="k" select="/p:plan/p:section-k"/>
    <section id="section-k" class="break-before">
      <h1 id="k"><xsl:call-template name="section-title"><xsl:with-param name="letter" select="'K'"/></xsl:call-template></h1>
      <xsl:choose>
        <xsl:when test="$k/p:advice">
          <xsl:call-template name="advice-table"><xsl:with-param name="advice" select="$k/p:advice"/></xsl:call-template>
        </xsl:when>
        <xsl:otherwise><p>No advice is listed.</p></xsl:otherwise>
      </xsl:choose>
      <h2 id="appendices">Appendices</h2>
      <xsl:variable name="advice" select="$k/p:advice[@appended = 'true']"/>
      <xsl:variable name="others" select="/p:plan/p:section-a/p:one-page-profile[@attached = 'true'] | /p:plan/p:section-g/p:health-care-plan[@attached = 'true']"/>
      <xsl:choose>
        <xsl:when test="$advice | $others">
          <ol>
            <xsl:for-each select="$advice"><li><xsl:call-template name="appendix-line"/></li></xsl:for-each>
            <xsl:for-each select="$others"><li><xsl:call-template name="appendix-line"/></li></xsl:for-each>
          </ol>
        </xsl:when>
        <xsl:otherwise><p>Nothing is attached to this plan.</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <xsl:template name="appendix-line">
    <xsl:choose>
      <xsl:when test="self::p:advice">
        <xsl:call-template name="advice-kind-label"/>
        <xsl:value-of select="concat(' from ', normalize-space(@author))"/>
        <xsl:if test="@role">, <xsl:value-of select="normalize-space(@role)"/></xsl:if>
        <xsl:if test="@received"> (received <xsl:call-template name="date"><xsl:with-param name="d" select="@received"/></xsl:call-template>)</xsl:if>
      </xsl:when>
      <xsl:when test="self::p:one-page-profile"><xsl:value-of select="$who"/>’s one-page profile</xsl:when>
      <xsl:when test="self::p:health-care-plan">Health care plan: <xsl:value-of select="normalize-space(.)"/></xsl:when>
      <xsl:otherwise><xsl:value-of select="normalize-space(.)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==================================================================
       The golden thread: each need, its outcomes, and the provision for them
       ================================================================== -->
  <xsl:template name="golden-thread">
    <xsl:variable name="plan" select="/p:plan"/>
    <section id="golden-thread" class="break-before">
      <h1 id="thread">How needs, outcomes and provision fit together</h1>
      <p>Each need in sections B, C and D, the outcomes that say they meet it, and the provision for the need or for those outcomes.</p>
      <xsl:call-template name="golden-thread-table">
        <xsl:with-param name="needs" select="$plan/p:section-b/p:need | $plan/p:section-c/p:need | $plan/p:section-d/p:need"/>
      </xsl:call-template>
    </section>
  </xsl:template>

  <!-- Provision linked to a need directly or through one of its outcomes. -->
  <xsl:template name="thread-provision">
    <xsl:variable name="outcomes" select="key('outcomes-by-need', @id)"/>
    <xsl:variable name="provision" select="key('provision-by-need', @id) | key('provision-by-outcome', $outcomes/@id)"/>
    <xsl:choose>
      <xsl:when test="$provision">
        <ul>
          <xsl:for-each select="$provision">
            <xsl:sort select="@id"/>
            <li><xsl:value-of select="concat(@id, ': ')"/><xsl:call-template name="short-title"/></li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise><p><strong>No provision linked.</strong></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="thread-outcomes">
    <xsl:variable name="outcomes" select="key('outcomes-by-need', @id)"/>
    <xsl:choose>
      <xsl:when test="$outcomes">
        <ul>
          <xsl:for-each select="$outcomes">
            <xsl:sort select="@id"/>
            <li><a href="#{concat('item-', @id)}"><xsl:value-of select="@id"/></a>: <xsl:call-template name="short-title"/></li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise><p><strong>No outcome linked.</strong></p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="hard-words">
    <xsl:if test="/p:plan/p:hard-words/p:word">
      <section id="hard-words" class="break-before">
        <h1 id="words">Words used in this plan</h1>
        <ul>
          <xsl:for-each select="/p:plan/p:hard-words/p:word">
            <xsl:sort select="translate(@term, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')"/>
            <li><strong><xsl:value-of select="normalize-space(@term)"/>: </strong><xsl:value-of select="normalize-space(.)"/></li>
          </xsl:for-each>
        </ul>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template name="sign-off">
    <xsl:variable name="s" select="/p:plan/p:signature"/>
    <section id="sign-off" class="break-before">
      <h1 id="signed">Sign-off</h1>
      <div class="signature">
        <p>Signed for <xsl:value-of select="normalize-space(/p:plan/p:meta/p:local-authority)"/></p>
        <xsl:choose>
          <xsl:when test="$s">
            <p><strong>Name: </strong><xsl:value-of select="normalize-space($s/p:name)"/></p>
            <p><strong>Role: </strong><xsl:value-of select="normalize-space($s/p:role)"/></p>
            <p><strong>Date: </strong><xsl:call-template name="date"><xsl:with-param name="d" select="$s/p:date"/></xsl:call-template></p>
          </xsl:when>
          <xsl:otherwise><p>Not signed yet: the plan is signed when it is issued as final.</p></xsl:otherwise>
        </xsl:choose>
      </div>
    </section>
  </xsl:template>

  <!-- ==================================================================
       Tables. large-print.xsl replaces each of these with a version that
       has at most two columns, so it reflows at 18 point.
       ================================================================== -->
  <xsl:template name="contacts-table">
    <xsl:param name="contacts"/>
    <table class="contacts">
      <thead><tr><th scope="col">Name</th><th scope="col">Relationship or role</th><th scope="col">Phone</th><th scope="col">Email</th></tr></thead>
      <tbody>
        <xsl:for-each select="$contacts">
          <tr>
            <th scope="row"><xsl:value-of select="normalize-space(p:name)"/></th>
            <td><xsl:call-template name="contact-role"/></td>
            <td><xsl:value-of select="normalize-space(p:phone)"/></td>
            <td><xsl:value-of select="normalize-space(p:email)"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template name="contact-role">
    <xsl:choose>
      <xsl:when test="normalize-space(p:relationship)">
        <xsl:call-template name="capitalise"><xsl:with-param name="s" select="p:relationship"/></xsl:call-template>
      </xsl:when>
      <xsl:when test="@role = 'caseworker'">SEND caseworker</xsl:when>
      <xsl:when test="@role = 'key-worker'">Key worker</xsl:when>
      <xsl:when test="@role = 'young-person'">The young person</xsl:when>
      <xsl:otherwise><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="@role"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="normalize-space(p:organisation)">, <xsl:value-of select="normalize-space(p:organisation)"/></xsl:if>
    <xsl:if test="@holds-parental-responsibility = 'true'"> (has parental responsibility)</xsl:if>
  </xsl:template>

  <xsl:template name="provision-table">
    <xsl:param name="items"/>
    <xsl:param name="level" select="2"/>
    <!-- Five columns, so each stays readable on A4 portrait: ratio, how often
         and how long share one ("45 minutes, once a week, 1:1"), and so do
         the dates and the place. -->
    <table class="provision">
      <thead>
        <tr>
          <th scope="col">What</th><th scope="col">Who</th>
          <th scope="col">How long, how often, ratio</th>
          <th scope="col">When and where</th><th scope="col">Funded by</th>
        </tr>
      </thead>
      <tbody>
        <xsl:for-each select="$items">
          <tr>
            <th scope="row">
              <xsl:value-of select="concat(@id, ': ', normalize-space(p:what))"/>
              <br/><span class="small"><xsl:call-template name="provision-links"/></span>
            </th>
            <td><xsl:call-template name="who-provides"/></td>
            <td><xsl:call-template name="frequency-phrase"/></td>
            <td>
              <xsl:call-template name="provision-period"/>
              <xsl:if test="p:period and normalize-space(p:setting)"><br/></xsl:if>
              <xsl:value-of select="normalize-space(p:setting)"/>
            </td>
            <td><xsl:call-template name="funded-by-label"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template name="placement-table">
    <xsl:param name="placements"/>
    <table class="placements">
      <thead><tr><th scope="col">Name</th><th scope="col">Type of setting</th><th scope="col">Attendance</th><th scope="col">Days</th><th scope="col">Reference</th></tr></thead>
      <tbody>
        <xsl:for-each select="$placements">
          <tr>
            <th scope="row"><xsl:value-of select="normalize-space(p:name)"/></th>
            <td><xsl:call-template name="placement-kind-label"/></td>
            <td><xsl:call-template name="placement-type-label"/></td>
            <td><xsl:call-template name="placement-days"/></td>
            <td><xsl:call-template name="placement-reference"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <!-- "URN 100234", "UKPRN 10001234", or the SEN2 setting code -->
  <xsl:template name="placement-reference">
    <xsl:choose>
      <xsl:when test="@urn"><xsl:value-of select="concat('URN ', @urn)"/></xsl:when>
      <xsl:when test="@ukprn"><xsl:value-of select="concat('UKPRN ', @ukprn)"/></xsl:when>
      <xsl:when test="@sen-setting"><xsl:value-of select="concat('Setting code ', @sen-setting)"/></xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="placement-days">
    <xsl:choose>
      <xsl:when test="normalize-space(p:days)"><xsl:call-template name="days"><xsl:with-param name="list" select="normalize-space(p:days)"/></xsl:call-template></xsl:when>
      <xsl:otherwise>Full time</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="budget-table">
    <xsl:param name="elements"/>
    <table class="budget">
      <thead><tr><th scope="col">Element</th><th scope="col">Paid from</th><th scope="col">How it is paid</th><th scope="col">Amount each year</th></tr></thead>
      <tbody>
        <xsl:for-each select="$elements">
          <tr>
            <th scope="row"><xsl:value-of select="concat(@id, ': ', normalize-space(p:description))"/></th>
            <td><xsl:call-template name="budget-source-label"/></td>
            <td><xsl:call-template name="arrangement-label"/></td>
            <td><xsl:call-template name="money"><xsl:with-param name="pence" select="p:annual-amount/@pence"/></xsl:call-template></td>
          </tr>
        </xsl:for-each>
        <tr>
          <th scope="row" colspan="3">Total each year</th>
          <td><strong><xsl:call-template name="budget-total"><xsl:with-param name="elements" select="$elements"/></xsl:call-template></strong></td>
        </tr>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template name="advice-table">
    <xsl:param name="advice"/>
    <table class="advice">
      <thead><tr><th scope="col">Advice</th><th scope="col">From</th><th scope="col">Role</th><th scope="col">Asked for</th><th scope="col">Received</th><th scope="col">Attached</th></tr></thead>
      <tbody>
        <xsl:for-each select="$advice">
          <tr>
            <th scope="row"><xsl:call-template name="advice-kind-label"/></th>
            <td><xsl:value-of select="normalize-space(@author)"/></td>
            <td><xsl:value-of select="normalize-space(@role)"/></td>
            <td><xsl:call-template name="date"><xsl:with-param name="d" select="@requested"/></xsl:call-template></td>
            <td><xsl:call-template name="date"><xsl:with-param name="d" select="@received"/></xsl:call-template></td>
            <td><xsl:call-template name="yes-no"><xsl:with-param name="value" select="@appended"/></xsl:call-template></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>

  <xsl:template name="golden-thread-table">
    <xsl:param name="needs"/>
    <table class="golden-thread">
      <thead><tr><th scope="col">Need</th><th scope="col">Outcomes</th><th scope="col">Provision</th></tr></thead>
      <tbody>
        <xsl:for-each select="$needs">
          <!-- B needs by broad area, then C, then D; by id within each -->
          <xsl:sort select="local-name(..)"/>
          <xsl:sort select="string-length(substring-before($area-order, concat(' ', @area, ' ')))" data-type="number"/>
          <xsl:sort select="@id"/>
          <tr>
            <th scope="row"><a href="#{concat('item-', @id)}"><xsl:value-of select="@id"/></a>: <xsl:call-template name="short-title"/></th>
            <td><xsl:call-template name="thread-outcomes"/></td>
            <td><xsl:call-template name="thread-provision"/></td>
          </tr>
        </xsl:for-each>
      </tbody>
    </table>
  </xsl:template>
</xsl:stylesheet>
