<?xml version="1.0" encoding="UTF-8"?>
<!--
  common.xsl: the parts every plan template shares. Imported by standard.xsl,
  easy-read.xsl and large-print.xsl.

  What is here:
    keys          finding plan items by id and following the links between
                  needs, outcomes and provision (the "golden thread");
    words         dates, money, how often, names, and the labels for codes
                  (areas of need, kinds of need, who said what, ...).

  Customising: every label a reader sees is in a named template below, so a
  local authority can change its wording here once for every format. Keep
  the output to the elements schema/PAGE.md allows.
-->
<xsl:stylesheet version="1.0"
    xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns="http://www.w3.org/1999/xhtml"
    xmlns:p="urn:ehcp:plan:1"
    exclude-result-prefixes="p">

  <!-- ==================================================================
       Keys: the links carry the thread, never the order in the file.
       ================================================================== -->
  <xsl:key name="by-id" match="p:*[@id]" use="@id"/>
  <!-- outcomes that say they meet a need -->
  <xsl:key name="outcomes-by-need" match="p:outcome" use="p:need-ref/@ref"/>
  <!-- provision that says it works towards an outcome / meets a need -->
  <xsl:key name="provision-by-outcome" match="p:provision" use="p:outcome-ref/@ref"/>
  <xsl:key name="provision-by-need" match="p:provision" use="p:need-ref/@ref"/>

  <!-- The order the four broad areas of need are printed in (CoP 6.28-6.35). -->
  <xsl:variable name="area-order"
      select="' communication-interaction cognition-learning semh sensory-physical '"/>

  <!-- ==================================================================
       Dates: "2026-03-14" becomes "14 March 2026".
       ================================================================== -->
  <xsl:template name="date">
    <xsl:param name="d" select="."/>
    <xsl:variable name="s" select="normalize-space($d)"/>
    <xsl:choose>
      <xsl:when test="string-length($s) &gt;= 10 and substring($s, 5, 1) = '-'">
        <xsl:variable name="m" select="number(substring($s, 6, 2))"/>
        <xsl:value-of select="number(substring($s, 9, 2))"/>
        <xsl:text> </xsl:text>
        <xsl:value-of select="substring-before(substring-after(
            ' 1January 2February 3March 4April 5May 6June 7July 8August 9September 10October 11November 12December ',
            concat(' ', $m)), ' ')"/>
        <xsl:text> </xsl:text>
        <xsl:value-of select="substring($s, 1, 4)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$s"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "from 23 January 2026 to 15 January 2027"; either end may be missing. -->
  <xsl:template name="date-range">
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:if test="string($from)">
      <xsl:text>From </xsl:text>
      <xsl:call-template name="date"><xsl:with-param name="d" select="$from"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="string($to)">
      <xsl:choose>
        <xsl:when test="string($from)"><xsl:text> to </xsl:text></xsl:when>
        <xsl:otherwise><xsl:text>Until </xsl:text></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="date"><xsl:with-param name="d" select="$to"/></xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!-- ==================================================================
       Money: pence (an integer) becomes "£1,560.00".
       ================================================================== -->
  <xsl:template name="money">
    <xsl:param name="pence" select="0"/>
    <xsl:choose>
      <xsl:when test="number($pence) = number($pence)">
        <!-- format-number puts a minus sign before the £ for a negative amount -->
        <xsl:value-of select="format-number($pence div 100, '£#,##0.00')"/>
      </xsl:when>
      <xsl:otherwise>(amount missing)</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==================================================================
       How often and how long.
       ================================================================== -->

  <!-- "45 minutes", "1 hour", "1 hour 30 minutes" -->
  <xsl:template name="duration">
    <xsl:param name="minutes" select="p:duration/@minutes"/>
    <xsl:variable name="h" select="floor($minutes div 60)"/>
    <xsl:variable name="m" select="$minutes mod 60"/>
    <xsl:if test="$h &gt; 0">
      <xsl:value-of select="$h"/>
      <xsl:choose>
        <xsl:when test="$h = 1"> hour</xsl:when>
        <xsl:otherwise> hours</xsl:otherwise>
      </xsl:choose>
      <xsl:if test="$m &gt; 0"><xsl:text> </xsl:text></xsl:if>
    </xsl:if>
    <xsl:if test="$m &gt; 0 or $h = 0">
      <xsl:value-of select="$m"/>
      <xsl:choose>
        <xsl:when test="$m = 1"> minute</xsl:when>
        <xsl:otherwise> minutes</xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- "a week", "each half-term" -->
  <xsl:template name="per-label">
    <xsl:param name="per" select="p:frequency/@per"/>
    <xsl:choose>
      <xsl:when test="$per = 'day'">a day</xsl:when>
      <xsl:when test="$per = 'week'">a week</xsl:when>
      <xsl:when test="$per = 'fortnight'">a fortnight</xsl:when>
      <xsl:when test="$per = 'month'">a month</xsl:when>
      <xsl:when test="$per = 'half-term'">each half-term</xsl:when>
      <xsl:when test="$per = 'term'">a term</xsl:when>
      <xsl:when test="$per = 'year'">a year</xsl:when>
      <xsl:otherwise><xsl:value-of select="concat('each ', $per)"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "once a week", "twice a day", "3 times a term" -->
  <xsl:template name="how-often">
    <xsl:param name="times" select="p:frequency/@times"/>
    <xsl:param name="per" select="p:frequency/@per"/>
    <xsl:choose>
      <xsl:when test="not(string($per))"><xsl:value-of select="normalize-space(p:frequency)"/></xsl:when>
      <xsl:otherwise>
        <xsl:choose>
          <xsl:when test="$times = 1">once</xsl:when>
          <xsl:when test="$times = 2">twice</xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($times, ' times')"/></xsl:otherwise>
        </xsl:choose>
        <xsl:text> </xsl:text>
        <xsl:call-template name="per-label"><xsl:with-param name="per" select="$per"/></xsl:call-template>
        <xsl:if test="p:frequency/@weeks-per-year">
          <xsl:value-of select="concat(', ', p:frequency/@weeks-per-year, ' weeks a year')"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Easy read keeps numbers as digits: "1 time a week", "2 times a week". -->
  <xsl:template name="how-often-easy">
    <xsl:param name="times" select="p:frequency/@times"/>
    <xsl:param name="per" select="p:frequency/@per"/>
    <xsl:if test="string($per) and not($times = 1 and $per = 'day')">
      <xsl:value-of select="$times"/>
      <xsl:choose>
        <xsl:when test="$times = 1"> time </xsl:when>
        <xsl:otherwise> times </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="per-label"><xsl:with-param name="per" select="$per"/></xsl:call-template>
    </xsl:if>
    <xsl:if test="$times = 1 and $per = 'day'">every day</xsl:if>
  </xsl:template>

  <!-- The whole phrase for one provision item: "45 minutes, once a week, 1:1". -->
  <xsl:template name="frequency-phrase">
    <xsl:param name="item" select="."/>
    <xsl:for-each select="$item">
      <xsl:if test="p:duration/@minutes">
        <xsl:call-template name="duration"/>
        <xsl:if test="p:frequency">, </xsl:if>
      </xsl:if>
      <xsl:if test="p:frequency"><xsl:call-template name="how-often"/></xsl:if>
      <xsl:if test="normalize-space(p:ratio)">
        <xsl:if test="p:duration or p:frequency">, </xsl:if>
        <xsl:value-of select="normalize-space(p:ratio)"/>
      </xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- ==================================================================
       Names.
       ================================================================== -->

  <!-- "Jayden Marcus Okonkwo-Hale" -->
  <xsl:template name="full-name">
    <xsl:param name="name" select="/p:plan/p:person/p:name"/>
    <xsl:value-of select="normalize-space(concat($name/p:forenames, ' ', $name/p:surname))"/>
  </xsl:template>

  <!-- What the plan calls the child or young person: the preferred name, else the first forename. -->
  <xsl:template name="short-name">
    <xsl:param name="name" select="/p:plan/p:person/p:name"/>
    <xsl:choose>
      <xsl:when test="normalize-space($name/p:preferred)">
        <xsl:value-of select="normalize-space($name/p:preferred)"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:variable name="f" select="concat(normalize-space($name/p:forenames), ' ')"/>
        <xsl:value-of select="substring-before($f, ' ')"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==================================================================
       Labels for codes. Unknown codes print as themselves, with '-' as spaces.
       ================================================================== -->
  <xsl:template name="code-as-words">
    <xsl:param name="code"/>
    <xsl:value-of select="translate($code, '-_', '  ')"/>
  </xsl:template>

  <xsl:template name="area-label">
    <xsl:param name="area" select="@area"/>
    <xsl:choose>
      <xsl:when test="$area = 'communication-interaction'">Communication and interaction</xsl:when>
      <xsl:when test="$area = 'cognition-learning'">Cognition and learning</xsl:when>
      <xsl:when test="$area = 'semh'">Social, emotional and mental health</xsl:when>
      <xsl:when test="$area = 'sensory-physical'">Sensory and physical</xsl:when>
      <xsl:when test="$area = 'health'">Health</xsl:when>
      <xsl:when test="$area = 'social-care'">Social care</xsl:when>
      <xsl:when test="$area = 'other'">Other outcomes and provision</xsl:when>
      <xsl:otherwise><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="$area"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Kinds of special educational need, as in the SEN2 return. -->
  <xsl:template name="sen-type-label">
    <xsl:param name="code" select="@code"/>
    <xsl:choose>
      <xsl:when test="$code = 'SPLD'">Specific learning difficulty</xsl:when>
      <xsl:when test="$code = 'MLD'">Moderate learning difficulty</xsl:when>
      <xsl:when test="$code = 'SLD'">Severe learning difficulty</xsl:when>
      <xsl:when test="$code = 'PMLD'">Profound and multiple learning difficulty</xsl:when>
      <xsl:when test="$code = 'SEMH'">Social, emotional and mental health</xsl:when>
      <xsl:when test="$code = 'SLCN'">Speech, language and communication needs</xsl:when>
      <xsl:when test="$code = 'HI'">Hearing impairment</xsl:when>
      <xsl:when test="$code = 'VI'">Vision impairment</xsl:when>
      <xsl:when test="$code = 'MSI'">Multi-sensory impairment</xsl:when>
      <xsl:when test="$code = 'PD'">Physical disability</xsl:when>
      <xsl:when test="$code = 'ASD'">Autism</xsl:when>
      <xsl:when test="$code = 'OTH'">Other difficulty or disability</xsl:when>
      <xsl:otherwise><xsl:value-of select="$code"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Preparing for adulthood outcome areas. -->
  <xsl:template name="pfa-label">
    <xsl:param name="pfa" select="@pfa"/>
    <xsl:choose>
      <xsl:when test="$pfa = 'employment'">Work and further learning</xsl:when>
      <xsl:when test="$pfa = 'independent-living'">Living independently</xsl:when>
      <xsl:when test="$pfa = 'community'">Friends, relationships and community</xsl:when>
      <xsl:when test="$pfa = 'health'">Staying healthy</xsl:when>
      <xsl:otherwise><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="$pfa"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Who gave a view: "Jay", "Jay's parent or carer". -->
  <xsl:template name="voice-label">
    <xsl:param name="voice" select="@voice"/>
    <xsl:variable name="who"><xsl:call-template name="short-name"/></xsl:variable>
    <xsl:choose>
      <xsl:when test="$voice = 'young-person' or $voice = 'child'"><xsl:value-of select="$who"/></xsl:when>
      <xsl:when test="$voice = 'parent' or $voice = 'carer' or $voice = 'parent-carer'">
        <xsl:value-of select="concat($who, '’s parent or carer')"/>
      </xsl:when>
      <xsl:when test="$voice = 'family'"><xsl:value-of select="concat($who, '’s family')"/></xsl:when>
      <xsl:when test="$voice = 'school' or $voice = 'setting'">
        <xsl:value-of select="concat($who, '’s school or college')"/>
      </xsl:when>
      <xsl:when test="$voice = 'professional'">A professional who works with <xsl:value-of select="$who"/></xsl:when>
      <xsl:otherwise><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="$voice"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="funded-by-label">
    <xsl:param name="by" select="normalize-space(p:funded-by)"/>
    <xsl:choose>
      <xsl:when test="$by = 'education'">Council (education)</xsl:when>
      <xsl:when test="$by = 'health'">The NHS</xsl:when>
      <xsl:when test="$by = 'social-care'">Council (social care)</xsl:when>
      <xsl:when test="$by = 'school'">School or college budget</xsl:when>
      <xsl:otherwise><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="$by"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="advice-kind-label">
    <xsl:param name="kind" select="@kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'educational'">Educational advice</xsl:when>
      <xsl:when test="$kind = 'medical'">Medical advice</xsl:when>
      <xsl:when test="$kind = 'psychological'">Educational psychology advice</xsl:when>
      <xsl:when test="$kind = 'social-care'">Social care advice</xsl:when>
      <xsl:when test="$kind = 'preparing-for-adulthood'">Preparing for adulthood advice</xsl:when>
      <xsl:when test="$kind = 'parent'">Views and information from the parent or carer</xsl:when>
      <xsl:when test="$kind = 'young-person'">Views and information from the young person</xsl:when>
      <xsl:otherwise>Other advice</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="placement-kind-label">
    <xsl:param name="kind" select="@kind"/>
    <xsl:choose>
      <xsl:when test="$kind = 'mainstream'">Mainstream school</xsl:when>
      <xsl:when test="$kind = 'special'">Special school</xsl:when>
      <xsl:when test="$kind = 'independent'">Independent school or college</xsl:when>
      <xsl:when test="$kind = 'further-education'">Further education college</xsl:when>
      <xsl:when test="$kind = 'specialist-post-16'">Specialist post-16 institution</xsl:when>
      <xsl:when test="$kind = 'early-years'">Early years setting</xsl:when>
      <xsl:when test="$kind = 'alternative-provision'">Alternative provision</xsl:when>
      <xsl:when test="$kind = 'other'">Other setting</xsl:when>
      <xsl:otherwise><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="$kind"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="placement-type-label">
    <xsl:param name="type" select="@type"/>
    <xsl:choose>
      <xsl:when test="$type = 'day'">Day placement</xsl:when>
      <xsl:when test="$type = 'weekly-residential'">Residential during the week</xsl:when>
      <xsl:when test="$type = 'residential'">Residential</xsl:when>
      <xsl:when test="$type = 'termly-residential'">Residential during term time</xsl:when>
      <xsl:otherwise><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="$type"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="budget-source-label">
    <xsl:param name="source" select="@source"/>
    <xsl:choose>
      <xsl:when test="starts-with($source, 'education')">Education (high needs funding)</xsl:when>
      <xsl:when test="starts-with($source, 'health')">Health</xsl:when>
      <xsl:when test="starts-with($source, 'social-care')">Social care</xsl:when>
      <xsl:otherwise><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="$source"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="arrangement-label">
    <xsl:param name="arrangement" select="@arrangement"/>
    <xsl:choose>
      <xsl:when test="$arrangement = 'direct-payment'">Direct payment to the family</xsl:when>
      <xsl:when test="$arrangement = 'notional' or $arrangement = 'organised'">Arranged by the council</xsl:when>
      <xsl:when test="$arrangement = 'third-party'">Paid to a third party</xsl:when>
      <xsl:when test="$arrangement = 'combination'">A mix of these</xsl:when>
      <xsl:otherwise><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="$arrangement"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="stage-label">
    <xsl:param name="stage" select="/p:plan/@stage"/>
    <xsl:choose>
      <xsl:when test="$stage = 'draft'">Draft plan for comment</xsl:when>
      <xsl:when test="$stage = 'final'">Final plan</xsl:when>
      <xsl:when test="$stage = 'amended'">Amended plan</xsl:when>
      <xsl:otherwise><xsl:call-template name="code-as-words"><xsl:with-param name="code" select="$stage"/></xsl:call-template></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "mother" becomes "Mother" -->
  <xsl:template name="capitalise">
    <xsl:param name="s"/>
    <xsl:variable name="t" select="normalize-space($s)"/>
    <xsl:value-of select="concat(translate(substring($t, 1, 1), 'abcdefghijklmnopqrstuvwxyz', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'), substring($t, 2))"/>
  </xsl:template>

  <!-- "Mon Wed" becomes "Monday, Wednesday" -->
  <xsl:template name="days">
    <xsl:param name="list" select="normalize-space(.)"/>
    <xsl:param name="first" select="true()"/>
    <xsl:if test="$list">
      <xsl:variable name="day" select="substring-before(concat($list, ' '), ' ')"/>
      <xsl:if test="not($first)">, </xsl:if>
      <xsl:variable name="long" select="substring-before(substring-after(
          ' MonMonday TueTuesday WedWednesday ThuThursday FriFriday SatSaturday SunSunday ',
          concat(' ', $day)), ' ')"/>
      <xsl:choose>
        <xsl:when test="$long"><xsl:value-of select="concat($day, $long)"/></xsl:when>
        <xsl:otherwise><xsl:value-of select="$day"/></xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="days">
        <xsl:with-param name="list" select="substring-after($list, ' ')"/>
        <xsl:with-param name="first" select="false()"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <xsl:template name="yes-no">
    <xsl:param name="value"/>
    <xsl:choose>
      <xsl:when test="$value = 'true' or $value = '1' or $value = 'yes'">Yes</xsl:when>
      <xsl:when test="$value = 'false' or $value = '0' or $value = 'no'">No</xsl:when>
      <xsl:otherwise>Not recorded</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- ==================================================================
       Section titles: the law asks for sections A to K, each labelled.
       ================================================================== -->
  <xsl:template name="section-title">
    <xsl:param name="letter"/>
    <xsl:value-of select="concat('Section ', $letter, ': ')"/>
    <xsl:choose>
      <!-- the name only where it is used: short-name is a template call -->
      <xsl:when test="$letter = 'A'">The views, interests and aspirations of <xsl:call-template name="short-name"/> and their family</xsl:when>
      <xsl:when test="$letter = 'B'">Special educational needs</xsl:when>
      <xsl:when test="$letter = 'C'">Health needs related to special educational needs or disability</xsl:when>
      <xsl:when test="$letter = 'D'">Social care needs related to special educational needs or disability</xsl:when>
      <xsl:when test="$letter = 'E'">Outcomes</xsl:when>
      <xsl:when test="$letter = 'F'">Special educational provision</xsl:when>
      <xsl:when test="$letter = 'G'">Health provision</xsl:when>
      <xsl:when test="$letter = 'H1'">Social care provision under section 2 of the Chronically Sick and Disabled Persons Act 1970</xsl:when>
      <xsl:when test="$letter = 'H2'">Other social care provision</xsl:when>
      <xsl:when test="$letter = 'I'">Placement</xsl:when>
      <xsl:when test="$letter = 'J'">Personal budget</xsl:when>
      <xsl:when test="$letter = 'K'">Advice and information</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- ==================================================================
       Short titles for the golden-thread table and cross-references.
       ================================================================== -->

  <!-- text cut at a word boundary to at most max characters, with "…" -->
  <xsl:template name="shorten">
    <xsl:param name="text"/>
    <xsl:param name="max" select="80"/>
    <xsl:variable name="t" select="normalize-space($text)"/>
    <xsl:choose>
      <xsl:when test="string-length($t) &lt;= $max"><xsl:value-of select="$t"/></xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="before-last-space">
          <xsl:with-param name="s" select="substring($t, 1, $max)"/>
        </xsl:call-template>
        <xsl:text>…</xsl:text>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "the words before the last space" of s, spaces normalised. A string
       of at most 127 characters (shorten's cut) is done without recursion:
       a template call costs libxslt about 15,000 instructions, a word-by-
       word recursion was 20% of the standard template's run. $p finds the
       last space by binary lifting: at each step it moves on by 64, 32, ...
       1 while text after the new position still holds a space. -->
  <xsl:template name="before-last-space">
    <xsl:param name="s"/>
    <xsl:param name="done" select="''"/>
    <xsl:choose>
      <xsl:when test="not(contains($s, ' '))">
        <xsl:choose>
          <xsl:when test="$done = ''"><xsl:value-of select="$s"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="normalize-space($done)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:when>
      <xsl:when test="string-length($s) &lt; 128">
        <xsl:variable name="p1" select="1 + 64 * contains(substring($s, 65), ' ')"/>
        <xsl:variable name="p2" select="$p1 + 32 * contains(substring($s, $p1 + 32), ' ')"/>
        <xsl:variable name="p3" select="$p2 + 16 * contains(substring($s, $p2 + 16), ' ')"/>
        <xsl:variable name="p4" select="$p3 + 8 * contains(substring($s, $p3 + 8), ' ')"/>
        <xsl:variable name="p5" select="$p4 + 4 * contains(substring($s, $p4 + 4), ' ')"/>
        <xsl:variable name="p6" select="$p5 + 2 * contains(substring($s, $p5 + 2), ' ')"/>
        <xsl:variable name="p" select="$p6 + contains(substring($s, $p6 + 1), ' ')"/>
        <xsl:value-of select="normalize-space(concat($done, substring($s, 1, $p)))"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="before-last-space">
          <xsl:with-param name="s" select="substring-after($s, ' ')"/>
          <xsl:with-param name="done" select="concat($done, substring-before($s, ' '), ' ')"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A need, outcome or provision item in a few words, after its id. -->
  <xsl:template name="short-title">
    <xsl:param name="item" select="."/>
    <xsl:for-each select="$item">
      <xsl:call-template name="shorten">
        <xsl:with-param name="text">
          <xsl:choose>
            <xsl:when test="p:title"><xsl:value-of select="p:title"/></xsl:when>
            <xsl:when test="self::p:outcome"><xsl:value-of select="p:statement"/></xsl:when>
            <xsl:when test="self::p:provision"><xsl:value-of select="p:what"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="p:description/p:p[1]"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="max" select="70"/>
      </xsl:call-template>
    </xsl:for-each>
  </xsl:template>

  <!-- Anchors used for links inside the page document. -->
  <xsl:template name="anchor">
    <xsl:param name="item" select="."/>
    <xsl:value-of select="concat('item-', $item/@id)"/>
  </xsl:template>

  <!-- ==================================================================
       Where an item belongs when the plan is grouped by area of need
       (the national template's order): a need's own area (C needs:
       "health", D needs: "social-care"); an outcome or provision item
       belongs with the need it names first, else the outcome it names
       first, else "other".
       ================================================================== -->
  <xsl:template name="home-area">
    <xsl:param name="item" select="."/>
    <xsl:for-each select="$item">
      <xsl:choose>
        <xsl:when test="self::p:need and parent::p:section-b"><xsl:value-of select="@area"/></xsl:when>
        <xsl:when test="self::p:need and parent::p:section-c">health</xsl:when>
        <xsl:when test="self::p:need and parent::p:section-d">social-care</xsl:when>
        <xsl:when test="p:need-ref and key('by-id', p:need-ref[1]/@ref)/self::p:need">
          <xsl:call-template name="home-area">
            <xsl:with-param name="item" select="key('by-id', p:need-ref[1]/@ref)[self::p:need][1]"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:when test="self::p:provision and p:outcome-ref and key('by-id', p:outcome-ref[1]/@ref)/self::p:outcome">
          <xsl:call-template name="home-area">
            <xsl:with-param name="item" select="key('by-id', p:outcome-ref[1]/@ref)[self::p:outcome][1]"/>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>other</xsl:otherwise>
      </xsl:choose>
    </xsl:for-each>
  </xsl:template>

  <!-- " F1 F3 ": ids of the items whose home area is area. -->
  <xsl:template name="ids-in-area">
    <xsl:param name="items"/>
    <xsl:param name="area"/>
    <xsl:text> </xsl:text>
    <xsl:for-each select="$items">
      <xsl:variable name="home"><xsl:call-template name="home-area"/></xsl:variable>
      <xsl:if test="$home = $area"><xsl:value-of select="concat(@id, ' ')"/></xsl:if>
    </xsl:for-each>
  </xsl:template>

  <!-- Free text: the plan's <p> and <ul> become page <p> and <ul>. -->
  <xsl:template name="paragraphs">
    <xsl:param name="from" select="."/>
    <xsl:choose>
      <xsl:when test="$from/p:p or $from/p:ul">
        <xsl:for-each select="$from/p:p | $from/p:ul">
          <xsl:choose>
            <xsl:when test="self::p:ul">
              <ul><xsl:for-each select="p:li"><li><xsl:value-of select="normalize-space(.)"/></li></xsl:for-each></ul>
            </xsl:when>
            <xsl:otherwise><p><xsl:value-of select="normalize-space(.)"/></p></xsl:otherwise>
          </xsl:choose>
        </xsl:for-each>
      </xsl:when>
      <xsl:when test="normalize-space($from)">
        <p><xsl:value-of select="normalize-space($from)"/></p>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- A heading of a given level (1-6), so the same part can sit under an h1 or an h2. -->
  <xsl:template name="heading">
    <xsl:param name="level" select="2"/>
    <xsl:param name="id"/>
    <xsl:param name="text"/>
    <xsl:param name="class"/>
    <xsl:element name="{concat('h', $level)}" namespace="http://www.w3.org/1999/xhtml">
      <xsl:if test="string($id)"><xsl:attribute name="id"><xsl:value-of select="$id"/></xsl:attribute></xsl:if>
      <xsl:if test="string($class)"><xsl:attribute name="class"><xsl:value-of select="$class"/></xsl:attribute></xsl:if>
      <xsl:copy-of select="$text"/>
    </xsl:element>
  </xsl:template>

  <!-- <head>: title, the style profile, author, subject, running header, draft marking. -->
  <xsl:template name="page-head">
    <xsl:param name="profile"/>
    <xsl:param name="title"/>
    <!-- running header: a shorter one for the large formats, where a long one is cut off -->
    <xsl:param name="header" select="''"/>
    <xsl:variable name="name"><xsl:call-template name="full-name"/></xsl:variable>
    <xsl:variable name="stage"><xsl:call-template name="capitalise"><xsl:with-param name="s" select="/p:plan/@stage"/></xsl:call-template></xsl:variable>
    <head>
      <title><xsl:value-of select="$title"/></title>
      <meta name="ehcp:profile" content="{$profile}"/>
      <meta name="author" content="{normalize-space(/p:plan/p:meta/p:local-authority)}"/>
      <meta name="subject" content="EHC plan, {/p:plan/@stage}, version {/p:plan/@version}"/>
      <xsl:choose>
        <xsl:when test="normalize-space($header)"><meta name="ehcp:running-header" content="{normalize-space($header)}"/></xsl:when>
        <xsl:otherwise><meta name="ehcp:running-header" content="{$name} · EHC plan · {$stage}"/></xsl:otherwise>
      </xsl:choose>
      <xsl:if test="/p:plan/@stage = 'draft'">
        <meta name="ehcp:draft" content="true"/>
      </xsl:if>
    </head>
  </xsl:template>

  <!-- The language of the page: the plan's own, else British English. -->
  <xsl:template name="lang">
    <xsl:choose>
      <xsl:when test="/p:plan/@xml:lang"><xsl:value-of select="/p:plan/@xml:lang"/></xsl:when>
      <xsl:otherwise>en-GB</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
